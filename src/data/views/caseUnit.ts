/**
 * A unit's petition cases on its page: how many it leads and assists, how many stand in each state,
 * how many are 逾期 on the build's date (redone on the reader's), and the link to its full list.
 * Only sums: the list itself is `units/<id>/cases/`, so the unit page stays small.
 */
import { dueList } from '../../lib/progressStates.ts';
import { CASE_STATES, type CaseState } from '../../schemas/caseState.ts';
import { buildDate } from '../build.ts';
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

/** The cases of unit `id`, judged on `today`; undefined when it has none. */
export function unitCases(site: Site, id: string, today: string = buildDate): UnitCases | undefined {
  const { lead, assist } = site.cases.forUnit(id);
  if (lead.length + assist.length === 0) return undefined;
  const counts = new Map<CaseState, number>();
  let overdue = 0;
  const open: string[] = [];
  for (const record of lead) {
    counts.set(record.state, (counts.get(record.state) ?? 0) + 1);
    const due = caseDueState(record, today);
    if (due.overdue > 0) overdue += 1;
    else if (!due.closed) open.push(due.due);
  }
  return {
    lead: lead.length,
    assist: assist.length,
    byState: CASE_STATES.flatMap((state) => (counts.has(state) ? [{ state, count: counts.get(state)! }] : [])),
    overdue,
    dues: dueList(open, today),
    asOf: today,
  };
}
