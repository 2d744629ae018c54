/**
 * How a petition case stands: its 办理时限, its state from the responsible units' reports, and the
 * judgement that depends on the reader's date — 逾期, past its 办理时限 and not yet 办结 — which
 * the browser makes on its own date, as it does for the due states of tasks. Pure, and free of
 * zod, so browser code can import it.
 */
import type { CaseState } from '../schemas/caseState.ts';
import { addDays } from './dates.ts';

/** The states in which a unit has concluded a case (办结, 阶段性办结 included, as the daily report counts it). */
const CONCLUDED: ReadonlySet<CaseState> = new Set<CaseState>(['阶段性办结', '已办结']);

/** Whether a case in `state` counts as 办结 (阶段性办结 included). */
export function isConcluded(state: CaseState): boolean {
  return CONCLUDED.has(state);
}

/** A case's 办理时限: its own, else `dueDays` after its batch's 交办日期. */
export function caseDue(batchDate: string, own: string | undefined, dueDays: number): string {
  return own ?? addDays(batchDate, dueDays);
}

/**
 * Whether a case is 逾期 on `today`: its 办理时限 has passed and it is not 办结, nor signed off by
 * the office. On the day of the 办理时限 itself it is not yet late.
 */
export function isCaseOverdue(due: string, state: CaseState, signedOff: boolean, today: string): boolean {
  return !signedOff && !isConcluded(state) && today > due;
}

/** One unit's line on a case, dated: what the case's history lists. */
export interface HandlingEvent<L> {
  unit: string;
  date: string;
  line: L;
}

/**
 * The report a case's handling is: the latest one by a 牵头 unit (on one day, the first lead
 * named). A 配合 unit's reports are the case's history, never its state: the lead answers for it.
 */
export function currentHandling<L>(events: readonly HandlingEvent<L>[], leads: readonly string[]): HandlingEvent<L> | undefined {
  let current: HandlingEvent<L> | undefined;
  for (const event of events) {
    const rank = leads.indexOf(event.unit);
    if (rank < 0) continue;
    if (current === undefined || event.date > current.date || (event.date === current.date && rank < leads.indexOf(current.unit))) current = event;
  }
  return current;
}
