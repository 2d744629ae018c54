/**
 * The case ledger's filters (交办件台账): read from the address (`cases/?batch=第3批&overdue=yes`),
 * written back to it, and turned into the conditions the search index answers — Pagefind's filters,
 * which every case page carries (src/data/views/case.ts). 逾期 depends on the reader's date, so it
 * becomes "办理时限 before today, not 办结 or 销号" with the dates the index holds. Pure: the
 * browser element (src/client/caseLedger.ts) and the tests share it.
 */

/** The filters, in the order of the address and of the form. */
export const CASE_FILTER_PARAMS = ['batch', 'type', 'industry', 'region', 'unit', 'state', 'truth', 'focus', 'overdue'] as const;
/** One of `CASE_FILTER_PARAMS`. */
export type CaseFilterParam = (typeof CASE_FILTER_PARAMS)[number];

/** The chosen filters: a value per parameter set. */
export type CaseFilter = Partial<Record<CaseFilterParam, string>>;

/** The value of the yes/no filters (重点关注, 逾期) when ticked. */
export const YES = 'yes';

/**
 * The index's names: each parameter's filter name (批次, 污染类型, …; 逾期 has none of its own), and
 * the three the ledger needs besides — the type filter and its value for cases, 办理时限, and the
 * filter a closed case (办结 or 销号) carries — with `yes`, the value of 重点关注 and of closed.
 */
export interface IndexNames {
  params: Readonly<Record<Exclude<CaseFilterParam, 'overdue'>, string>>;
  type: string;
  caseType: string;
  due: string;
  closed: string;
  yes: string;
}

/** A condition Pagefind accepts for one filter: a value, or any / none of several. */
export type Condition = string | { any: string[] } | { none: string[] };

/**
 * The filters of `search` (an address's query string), keeping only values `known` offers for
 * each parameter: a shared link with a batch since removed filters nothing rather than everything.
 */
export function parseCaseFilter(search: string, known: Partial<Record<CaseFilterParam, ReadonlySet<string>>>): CaseFilter {
  const params = new URLSearchParams(search);
  const filter: CaseFilter = {};
  for (const name of CASE_FILTER_PARAMS) {
    const value = params.get(name);
    if (value !== null && value !== '' && known[name]?.has(value) === true) filter[name] = value;
  }
  return filter;
}

/** The query string of `filter` ("?batch=…"), in `CASE_FILTER_PARAMS` order; empty when none is set. */
export function caseFilterToSearch(filter: CaseFilter): string {
  const params = new URLSearchParams();
  for (const name of CASE_FILTER_PARAMS) if (filter[name] !== undefined) params.set(name, filter[name]);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether any filter is set. */
export function isFiltered(filter: CaseFilter): boolean {
  return CASE_FILTER_PARAMS.some((name) => filter[name] !== undefined);
}

/**
 * The index conditions of `filter` on `today`; `dues` are the 办理时限 values the index holds.
 * Undefined when nothing can match (逾期 asked, and no 办理时限 has passed), so the browser need
 * not ask.
 */
export function indexConditions(filter: CaseFilter, names: IndexNames, dues: readonly string[], today: string): Record<string, Condition> | undefined {
  const conditions: Record<string, Condition> = { [names.type]: names.caseType };
  for (const name of CASE_FILTER_PARAMS) {
    const value = filter[name];
    if (value === undefined || name === 'overdue') continue;
    conditions[names.params[name]] = name === 'focus' ? names.yes : value;
  }
  if (filter.overdue !== undefined) {
    const passed = dues.filter((due) => due < today);
    if (passed.length === 0) return undefined;
    conditions[names.due] = { any: passed };
    conditions[names.closed] = { none: [names.yes] };
  }
  return conditions;
}
