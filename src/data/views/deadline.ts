/** A deadline as <DeadlineText> shows it: the speech's wording, then its date or why there is none. */
import { t } from '../../i18n/t.ts';
import type { ResolvedDeadline } from '../../lib/deadline.ts';
import type { Deadline } from '../../schemas/deadline.ts';
import type { SiteContent } from '../content.ts';

/** What a deadline shows besides its wording. */
export interface DeadlineView {
  /** The resolved date, `YYYY-MM-DD`, or null while unknown. */
  date: string | null;
  /** The date (or its year) is inferred. */
  inferred: boolean;
  /** Undated: the milestone whose date it waits for. */
  waitsFor: { id: string; name: string } | undefined;
  /** Undated: the kind (会后立即, 讲话未规定时限), unless the wording already says it. */
  kindLabel: string | undefined;
}

/** The view of a deadline; `resolved` is undefined only where no date could be looked up. */
export function deadlineView(content: Pick<SiteContent, 'milestoneById'>, deadline: Deadline, resolved: ResolvedDeadline | undefined): DeadlineView {
  const date = resolved?.date ?? null;
  const milestone = deadline.kind === 'milestone' ? content.milestoneById.get(deadline.milestone) : undefined;
  const label = deadline.kind === 'immediate' ? t('deadline.immediate') : deadline.kind === 'unspecified' ? t('deadline.unspecified') : undefined;
  return {
    date,
    inferred: resolved?.inferred ?? false,
    waitsFor: date === null && milestone !== undefined ? { id: milestone.id, name: milestone.data.name } : undefined,
    // "讲话未规定时限（未规定时限）" says nothing twice: the kind is added only where the wording lacks it.
    kindLabel: date === null && label !== undefined && !deadline.text.includes(label) ? label : undefined,
  };
}
