/**
 * How a task's progress for a unit reads on the pages: one label per state as staff name it
 * (尚未报送, 未启动, 推进中, 退回, 已完成待销号, 申请销号, 已销号), the symbol the matrix shows in a
 * narrow cell, and the reader's-date judgements (逾期, 未报送) as day counts. Pure and free of the
 * string table, so the browser element that redoes the judgements on the reader's date imports it.
 */
import { daysBetween } from './dates.ts';
import type { ProgressState } from './progress.ts';

/** The states a page tells apart; a 退回 is 推进中 with the office's note, and shown as such. */
export const PROGRESS_LABELS = ['none', 'notStarted', 'underway', 'returned', 'claimed', 'requested', 'signedOff'] as const;
/** One of `PROGRESS_LABELS`. */
export type ProgressLabel = (typeof PROGRESS_LABELS)[number];

/** The label of a state; `returned` when the office's 退回 stands (the state is then 推进中). */
export function progressLabel(state: ProgressState | null, returned: boolean): ProgressLabel {
  if (returned) return 'returned';
  switch (state) {
    case null:
      return 'none';
    case '未启动':
      return 'notStarted';
    case '推进中':
      return 'underway';
    case '已完成':
      return 'claimed';
    case '申请销号':
      return 'requested';
    case '已销号':
      return 'signedOff';
  }
}

/**
 * The matrix's symbol per label: shapes that differ in print without colour, from empty to
 * full, and a tick for 已销号. A legend beside the table and a hidden word in each cell say them.
 */
export const PROGRESS_SYMBOLS: Readonly<Record<ProgressLabel, string>> = {
  none: '□',
  notStarted: '○',
  underway: '◐',
  returned: '↺',
  claimed: '●',
  requested: '◉',
  signedOff: '✔',
};

/**
 * Days past the deadline on `today` (1 the day after it), or 0 when it is not overdue: no
 * confirmed date, signed off, or not passed yet. Agrees with `isOverdue` in ./progress.ts.
 */
export function overdueDays(due: string | null, signedOff: boolean, today: string): number {
  if (due === null || signedOff) return 0;
  return Math.max(0, daysBetween(due, today));
}

/**
 * Days since a unit's last report (or, before its first, since it was given its tasks) when that
 * is more than the reporting cycle on `today` — it is 未报送 — else 0. Agrees with `isUnreported`.
 */
export function unreportedDays(from: string | null, today: string, cycleDays: number): number {
  if (from === null) return 0;
  const days = daysBetween(from, today);
  return days > cycleDays ? days : 0;
}

/**
 * The deadlines not yet passed on `today` (the build's date) of a unit's tasks not signed off, as
 * `date*count` joined by spaces (`2022-05-19*3`): what the browser adds to the count of tasks
 * overdue at build time to count them on its own, later, date. Only those not late at build time,
 * because the 进度总览 carries one list per unit (those passed are in the count already) — but a
 * deadline on the build's own day is among them: it is not late that day, and is the next.
 * Sorted, so the same tasks always give the same text.
 */
export function dueList(dues: readonly (string | null)[], today: string): string {
  const counts = new Map<string, number>();
  for (const due of dues) if (due !== null && due >= today) counts.set(due, (counts.get(due) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, count]) => (count === 1 ? date : `${date}*${count}`))
    .join(' ');
}

/** How many of a `dueList` are overdue on `today`. */
export function overdueInList(list: string, today: string): number {
  let count = 0;
  for (const item of list.split(' ')) {
    if (item === '') continue;
    const [date, times] = item.split('*');
    if (daysBetween(date!, today) > 0) count += times === undefined ? 1 : Number(times);
  }
  return count;
}
