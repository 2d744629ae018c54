/**
 * A deadline as <DeadlineText> shows it: the speech's wording, then its date in prose or why there
 * is none. A date that is only inferred says it waits for confirmation and has no due state. On a
 * site with several meetings, a deadline counted from its meeting ("会后立即", "今天会议以后") names
 * that meeting: the same words mean another day at another meeting.
 */
import { t, type StringKey } from '../../i18n/t.ts';
import { dueDate, type ResolvedDeadline } from '../../lib/deadline.ts';
import type { Deadline } from '../../schemas/deadline.ts';
import { proseDate } from '../build.ts';
import type { SiteContent } from '../content.ts';
import { meetingShort, severalMeetings } from './meetings.ts';

/** What a deadline shows besides its wording. */
export interface DeadlineView {
  /** The resolved date, `YYYY-MM-DD`, when it is shown (never a guessed year). */
  date: string | null;
  /** `date` as staff read it: 2022年5月19日. */
  dateText: string | undefined;
  /** The words saying the date waits for an editor (年份待确认, 日期待确认), if it does. */
  pending: string | undefined;
  /** The confirmed date today's state is worked out from (`dueDate`), or null: no due state. */
  due: string | null;
  /** Undated: the milestone whose date it waits for. */
  waitsFor: { id: string; name: string } | undefined;
  /** Undated: the kind (会后立即, 即行开展, 讲话未规定时限), unless the wording already says it. */
  kindLabel: string | undefined;
  /** The short name of the meeting it counts from, where that must be said (see above). */
  meeting: string | undefined;
  /**
   * Undated: what the bracket after the wording says — the meeting, then the kind, in one bracket
   * ("今天会议以后（整改推进会，即行开展，讲话未规定完成时限）"), or nothing.
   */
  undatedNote: string | undefined;
}

/** The deadlines that count from the meeting that set them. */
const MEETING_KINDS: ReadonlySet<Deadline['kind']> = new Set(['immediate', 'start']);

/** `2022-05-19` without its year, for a date whose year is not confirmed: 5月19日. */
export function monthDay(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return t('deadline.monthDay', { month: month!, day: day! });
}

/** The words for a deadline that names no date: 会后立即, 即行开展, 未规定时限. */
export const KIND_LABELS: Record<Exclude<Deadline['kind'], 'date' | 'milestone'>, StringKey> = {
  immediate: 'deadline.immediate',
  start: 'deadline.start',
  unspecified: 'deadline.unspecified',
};

/**
 * The view of a deadline; `resolved` is undefined only where no date could be looked up; `meeting`
 * is the id of the meeting that set it.
 */
export function deadlineView(
  content: Pick<SiteContent, 'milestoneById' | 'meetingById' | 'meetings'>,
  deadline: Deadline,
  resolved: ResolvedDeadline | undefined,
  meeting?: string,
): DeadlineView {
  const resolvedDate = resolved?.date ?? null;
  const inferred = resolvedDate !== null && (resolved?.inferred ?? false);
  // A year the speech does not give is not shown at all: "5月19日前（年份待确认）".
  const yearOnly = inferred && deadline.kind === 'date';
  const date = yearOnly ? null : resolvedDate;
  const milestone = deadline.kind === 'milestone' ? content.milestoneById.get(deadline.milestone) : undefined;
  const labelKey = deadline.kind === 'date' || deadline.kind === 'milestone' ? undefined : KIND_LABELS[deadline.kind];
  const label = labelKey === undefined ? undefined : t(labelKey);
  // "讲话未规定时限（未规定时限）" says nothing twice: the kind is added only where the wording lacks it.
  const kindLabel = resolvedDate === null && label !== undefined && !deadline.text.includes(label) ? label : undefined;
  const named = meeting !== undefined && MEETING_KINDS.has(deadline.kind) && severalMeetings(content) ? meetingShort(content, meeting) : undefined;
  const undated = [named, kindLabel].filter((part) => part !== undefined);
  return {
    date,
    dateText: date === null ? undefined : proseDate(date),
    pending: inferred ? t(yearOnly ? 'deadline.yearPending' : 'deadline.datePending') : undefined,
    due: resolved === undefined ? null : dueDate(resolved),
    waitsFor: resolvedDate === null && milestone !== undefined ? { id: milestone.id, name: milestone.data.name } : undefined,
    kindLabel,
    meeting: named,
    undatedNote: date === null && undated.length > 0 ? undated.join('，') : undefined,
  };
}
