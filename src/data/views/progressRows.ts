/**
 * A task's progress for one unit as the pages show it: the state in words, the office's note, the
 * last report (linking to the unit's reports), the first words of 进展情况, the evidence, and
 * what the browser needs to say 逾期 on the reader's date. Shared by the task page, the unit's
 * progress and the 进度总览's views.
 */
import { t, type StringKey } from '../../i18n/t.ts';
import { routes } from '../../lib/paths.ts';
import { progressLabel, overdueDays, type ProgressLabel } from '../../lib/progressStates.ts';
import type { Evidence } from '../../schemas/report.ts';
import type { TaskUnitProgress } from '../progress.ts';
import { proseDate } from '../build.ts';
import { unitName } from '../content.ts';
import type { Site } from '../site.ts';
import { roleLabel } from './taskRows.ts';

/** 进展情况 longer than this is cut in tables; the whole text is on the unit's reports page. */
export const SHORT_PROGRESS = 40;

/** The word of each state, as staff name it. */
const STATE_WORDS: Readonly<Record<ProgressLabel, StringKey>> = {
  none: 'progress.state.none',
  notStarted: 'progress.state.notStarted',
  underway: 'progress.state.underway',
  returned: 'progress.state.returned',
  claimed: 'progress.state.claimed',
  requested: 'progress.state.requested',
  signedOff: 'progress.state.signedOff',
};

/** A state in words: 尚未报送, 推进中, 已完成待销号 … */
export function stateWord(label: ProgressLabel): string {
  return t(STATE_WORDS[label]);
}

/** A piece of evidence as a link: a file published beside the report, or the unit's own address. */
export interface EvidenceLink {
  title: string;
  /** A site path (a file beside the report) or a full address (`url`). */
  path: string;
  /** The address is outside the site (the unit's intranet): shown as it is, never under the base. */
  external: boolean;
}

/** One task for one unit, as a row. */
export interface ProgressRow {
  task: string;
  /** The task's title. */
  title: string;
  unit: string;
  /** 牵头, 配合, or 作为“各部门”成员落实. */
  role: string;
  label: ProgressLabel;
  /** The state in words: 推进中, 已完成待销号, 尚未报送 … */
  state: string;
  /** What the office said: `退回（2022年5月18日）：…` or `2022年5月18日销号：…`; undefined without a decision. */
  decision: string | undefined;
  /** The last report's date, and the path of that report on the unit's reports page. */
  lastReported: { date: string; text: string; path: string } | undefined;
  /** 进展情况, cut to `SHORT_PROGRESS` characters; `cut` when the whole is longer. */
  progress: { text: string; cut: boolean } | undefined;
  evidence: readonly EvidenceLink[];
  /** The confirmed deadline for the reader's-date 逾期 (null: none), and whether it is signed off. */
  due: string | null;
  signedOff: boolean;
  /** Days overdue on the date the view was made for (0: not overdue). */
  overdue: number;
}

/** The text of the office's decision that stands, if any. */
function decisionText(cell: TaskUnitProgress): string | undefined {
  if (cell.returned !== undefined) return t('progress.returnedOn', { date: proseDate(cell.returned.date), note: cell.returned.note ?? '' });
  if (cell.signedOff !== undefined) return t('progress.signedOffOn', { date: proseDate(cell.signedOff.date), note: cell.signedOff.note ?? '' });
  return undefined;
}

/** A piece of evidence of report `report` (`<unit>/<date>`) as a link. */
export function evidenceLink(report: string, evidence: Evidence): EvidenceLink {
  return evidence.url !== undefined ? { title: evidence.title, path: evidence.url, external: true } : { title: evidence.title, path: routes.evidence(report, evidence.file!), external: false };
}

/** Evidence of the latest report, as links. */
function evidenceLinks(cell: TaskUnitProgress): EvidenceLink[] {
  const latest = cell.latest;
  return latest === undefined ? [] : latest.line.evidence.map((evidence) => evidenceLink(latest.report, evidence));
}

/** `text` cut to `length` characters (counted as the reader counts them, not UTF-16 units). */
export function shortText(text: string, length: number = SHORT_PROGRESS): { text: string; cut: boolean } {
  const chars = [...text];
  return chars.length <= length ? { text, cut: false } : { text: `${chars.slice(0, length).join('')}…`, cut: true };
}

/** The row of one task for one unit, judged on `today` (`YYYY-MM-DD`). */
export function progressRow(site: Site, cell: TaskUnitProgress, today: string): ProgressRow {
  const label = progressLabel(cell.state, cell.returned !== undefined);
  const text = cell.latest?.line.progress;
  const signedOff = cell.state === '已销号';
  return {
    task: cell.task,
    title: site.content.taskById.get(cell.task)?.data.title ?? cell.task,
    unit: cell.unit,
    role: roleLabel(cell.role, cell.via === undefined ? undefined : unitName(site.content, cell.via)),
    label,
    state: stateWord(label),
    decision: decisionText(cell),
    lastReported:
      cell.lastReported === null || cell.latest === undefined
        ? undefined
        : { date: cell.lastReported, text: proseDate(cell.lastReported), path: routes.unitReports(cell.unit, cell.lastReported) },
    progress: text === undefined ? undefined : shortText(text),
    evidence: evidenceLinks(cell),
    due: cell.due,
    signedOff,
    overdue: overdueDays(cell.due, signedOff, today),
  };
}
