/**
 * A unit's petition cases on its page: how many it leads and assists, how many stand in each state,
 * how many are 逾期 on the build's date (redone on the reader's), and the link to its full list.
 * Only sums: the list itself is `units/<id>/cases/`, so the unit page stays small.
 */
import { dueList } from '../../lib/progressStates.ts';
import { CASE_STATES, type CaseState } from '../../schemas/caseState.ts';
import { buildDate } from '../build.ts';
import type { CaseRecord } from '../cases.ts';
import type { Site } from '../site.ts';
import { caseDueState } from './case.ts';

/** What a unit page says about the unit's cases; undefined when it has none. */
export interface UnitCases {
  lead: number;
  assist: number;
  /** The cases it leads, per state (states with none left out), in `CASE_STATES` order. */
  byState: readonly { state: CaseState; count: number }[];
  /** The cases it leads that are 逾期 on `asOf`. */
  overdue: number;
  /** The 办理时限 of its open cases not yet 逾期 on `asOf`, as `dueList` writes them for the browser. */
  dues: string;
  asOf: string;
}

/** What the cases a unit leads come to on `today`. */
export interface LeadCaseCounts {
  /** How many are in each state. */
  byState: ReadonlyMap<CaseState, number>;
  /** How many are 逾期. */
  overdue: number;
  /** The 办理时限 of the open ones not yet 逾期, as `dueList` writes them for the browser. */
  dues: string;
}

/** Counts the cases a unit leads on `today`: the unit page and the 进度总览 both show them. */
export function leadCaseCounts(lead: readonly CaseRecord[], today: string): LeadCaseCounts {
  const byState = new Map<CaseState, number>();
  let overdue = 0;
  const open: string[] = [];
  for (const record of lead) {
    byState.set(record.state, (byState.get(record.state) ?? 0) + 1);
    const due = caseDueState(record, today);
    if (due.overdue > 0) overdue += 1;
    else if (!due.closed) open.push(due.due);
  }
  return { byState, overdue, dues: dueList(open, today) };
}

/** The cases of unit `id`, judged on `today`; undefined when it has none. */
export function unitCases(site: Site, id: string, today: string = buildDate): UnitCases | undefined {
  const { lead, assist } = site.cases.forUnit(id);
  if (lead.length + assist.length === 0) return undefined;
  const { byState, overdue, dues } = leadCaseCounts(lead, today);
  return {
    lead: lead.length,
    assist: assist.length,
    byState: CASE_STATES.flatMap((state) => (byState.has(state) ? [{ state, count: byState.get(state)! }] : [])),
    overdue,
    dues,
    asOf: today,
  };
}
