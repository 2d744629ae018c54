/**
 * How a task stands for a unit, from what the unit reported (交账) and what the office decided
 * (销号): the state now, the last report, whether it was signed off or sent back. And the
 * judgements that depend on the reader's date — 逾期 (past the deadline and not signed off) and
 * 未报送 (no report within the reporting cycle) — which the browser makes on its own date, as it
 * does for due states. Pure, and free of zod, so browser code can import it.
 */
import type { ReportState, SignoffDecision } from '../schemas/reportState.ts';
import type { Role } from '../schemas/responsibility.ts';
import type { TaskStatus } from '../schemas/taskStatus.ts';
import { daysBetween } from './dates.ts';

/** The roles that do a task's work, and so report on it; 督办, 问责 and 审核 oversee it. */
export const REPORTING_ROLES: ReadonlySet<Role> = new Set<Role>(['牵头', '配合']);

/**
 * The units that report on a task, with their role: every unit it reaches (`rolesReached`: named,
 * or through a group) in a reporting role. Groups themselves never report; their members do.
 */
export function reportingUnits(reached: ReadonlyMap<string, Role>, isGroup: (id: string) => boolean): Map<string, Role> {
  return new Map([...reached].filter(([unit, role]) => REPORTING_ROLES.has(role) && !isGroup(unit)));
}

/** A task's state for a unit: what it last reported, or 已销号 once the office signed it off. */
export type ProgressState = ReportState | '已销号';

/** A unit's report on a task, dated. `R` is whatever the caller keeps of it (the report's line). */
export interface ReportEvent<R> {
  kind: 'report';
  date: string;
  state: ReportState;
  report: R;
}

/** The office's decision on a task for a unit, dated. */
export interface DecisionEvent {
  kind: 'decision';
  date: string;
  decision: SignoffDecision;
  note: string | undefined;
}

/** What happened to a task for one unit. */
export type ProgressEvent<R> = ReportEvent<R> | DecisionEvent;

/** A decision as the pages quote it. */
export interface Decided {
  date: string;
  note: string | undefined;
}

/**
 * Events in the order they happened: by date, and on one day a report before a decision (the
 * office decides on what was sent). The sort is stable, so the caller's order breaks other ties.
 */
export function inOrder<R>(events: readonly ProgressEvent<R>[]): ProgressEvent<R>[] {
  // ISO dates order as plain text; localeCompare would cost far more over a year of weekly reports.
  const rank = (event: ProgressEvent<R>) => (event.kind === 'report' ? 0 : 1);
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a) - rank(b)));
}

/** Where a task stands for a unit after its events. */
export interface CurrentProgress<R> {
  /** The state now; null while the unit has not reported on it and nothing was decided. */
  state: ProgressState | null;
  /** The latest report on the task, if any. */
  latest: ReportEvent<R> | undefined;
  /** The 同意销号 that stands (no 退回 since), if any. */
  signedOff: Decided | undefined;
  /** The 退回 that stands (no report or sign-off since): the task is back to 推进中, with its note. */
  returned: Decided | undefined;
}

/**
 * The state after `events` (any order): the latest event decides. A report gives its state; 同意销号
 * gives 已销号; 退回 puts the task back to 推进中, with the note, until the unit reports again.
 */
export function currentProgress<R>(events: readonly ProgressEvent<R>[]): CurrentProgress<R> {
  const current: CurrentProgress<R> = { state: null, latest: undefined, signedOff: undefined, returned: undefined };
  for (const event of inOrder(events)) {
    if (event.kind === 'report') {
      // After a sign-off, a report is refused by the check (reportsAfterSignOff); the latest event still decides.
      current.state = event.state;
      current.latest = event;
      current.signedOff = undefined;
      current.returned = undefined;
    } else if (event.decision === '同意销号') {
      current.state = '已销号';
      current.signedOff = { date: event.date, note: event.note };
      current.returned = undefined;
    } else {
      current.state = '推进中';
      current.signedOff = undefined;
      current.returned = { date: event.date, note: event.note };
    }
  }
  return current;
}

/**
 * Reports that come after a sign-off still standing: the task was 已销号 and the unit reports a
 * state again, as if it were open. Each with the date of that sign-off. A 退回 in between reopens
 * the task, and reports after it are in order.
 */
export function reportsAfterSignOff<R>(events: readonly ProgressEvent<R>[]): { event: ReportEvent<R>; signedOffOn: string }[] {
  const found: { event: ReportEvent<R>; signedOffOn: string }[] = [];
  let signedOffOn: string | undefined;
  for (const event of inOrder(events)) {
    if (event.kind === 'decision') signedOffOn = event.decision === '同意销号' ? event.date : undefined;
    else if (signedOffOn !== undefined && event.date > signedOffOn) found.push({ event, signedOffOn });
  }
  return found;
}

/** The states that claim the work done: the unit's word, awaiting (or past) the office's sign-off. */
const CLAIMED: ReadonlySet<ProgressState | null> = new Set<ProgressState>(['已完成', '申请销号', '已销号']);

/**
 * A task's status, summed up from its reporting units' states: 长期坚持 when it is a standing rule
 * (it never closes); 已销号 when every unit is signed off; 已完成 when every unit at least claims
 * it done; 进行中 once any unit has started (推进中 or further); else 未开始. A task without
 * reporting units has nothing to sum and stays 未开始.
 */
export function summaryStatus(longTerm: boolean, states: readonly (ProgressState | null)[]): TaskStatus {
  if (longTerm) return '长期坚持';
  if (states.length === 0) return '未开始';
  if (states.every((state) => state === '已销号')) return '已销号';
  if (states.every((state) => CLAIMED.has(state))) return '已完成';
  return states.some((state) => state !== null && state !== '未启动') ? '进行中' : '未开始';
}

/** 逾期 on `today`: the task's deadline (`due`, confirmed) has passed and the office has not signed it off. */
export function isOverdue(due: string | null, signedOff: boolean, today: string): boolean {
  // ISO dates order as plain text: no date parsing for each of a bulletin's hundred thousand cells.
  return due !== null && !signedOff && due < today;
}

/**
 * 未报送 on `today`: the unit's last report — or, before its first, `since` (when it was given
 * its tasks) — is more than `cycleDays` days old. Never when there is no date to count from.
 */
export function isUnreported(lastReport: string | null, since: string | null, today: string, cycleDays: number): boolean {
  const from = lastReport ?? since;
  return from !== null && daysBetween(from, today) > cycleDays;
}

/** The counts of the 进度总览 for one unit's tasks. */
export interface ProgressCounts {
  /** 已销号. */
  signedOff: number;
  /** 已完成待销号: 已完成 or 申请销号, not yet signed off. */
  claimed: number;
  /** 推进中 (a task sent back counts here). */
  underway: number;
  /** 未启动, or not reported on yet. */
  notStarted: number;
  /** 逾期 on `today`, whatever the state (a task 推进中 may be overdue too). */
  overdue: number;
}

/** Counts a unit's tasks by state, and those overdue on `today`. */
export function progressCounts(cells: readonly { state: ProgressState | null; due: string | null }[], today: string): ProgressCounts {
  const counts: ProgressCounts = { signedOff: 0, claimed: 0, underway: 0, notStarted: 0, overdue: 0 };
  for (const cell of cells) {
    if (cell.state === '已销号') counts.signedOff += 1;
    else if (cell.state === '已完成' || cell.state === '申请销号') counts.claimed += 1;
    else if (cell.state === '推进中') counts.underway += 1;
    else counts.notStarted += 1;
    if (isOverdue(cell.due, cell.state === '已销号', today)) counts.overdue += 1;
  }
  return counts;
}
