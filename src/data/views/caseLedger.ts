/**
 * The ledger of petition cases (交办件台账): every case, newest batch first, a page at a time; the
 * same list per batch and per unit; and the choices its filters offer. A row is what a 台账 line
 * says — 受理编号, 批次, 区域, 污染类型, 牵头单位, 办理时限 and 逾期, state — kept short, because a
 * ledger page must stay small at 20,000 cases.
 */
import { cases as caseConfig } from '../../config.ts';
import { paginate } from '../../lib/paging.ts';
import { CASE_STATES, CASE_TRUTHS } from '../../schemas/caseState.ts';
import { buildDate } from '../build.ts';
import type { CaseRecord } from '../cases.ts';
import type { Site } from '../site.ts';
import { unitName } from '../content.ts';
import { batchLabel, caseDueState, isClosed, ledgerPositions, ledgerRecords, type CaseDueState } from './case.ts';

/** Cases per ledger page: a row is some 500 bytes with its links and due state, and a page with
 * its styles and scripts must stay under 60 KB (measured at 20,000 cases: 67.5 KB with 100 rows). */
export const CASE_PAGE_SIZE = 50;

/** One line of the ledger. */
export interface CaseRow {
  id: string;
  batch: number;
  /** 行政区域, by unit id. */
  region: string;
  /** 污染类型, joined: "大气、噪声". */
  types: string;
  /** 牵头单位 ids. */
  lead: readonly string[];
  focus: boolean;
  state: CaseRecord['state'];
  due: CaseDueState;
}

/** A choice of a filter: the value it sets in the address, and what it reads. */
export interface FilterChoice {
  value: string;
  label: string;
}

/** One filter of the ledger: its name in the address and its label are the page's concern. */
export interface LedgerFilter {
  /** The parameter in the address (`batch`, `type`, …). */
  name: string;
  choices: readonly FilterChoice[];
}

/** The rows of `records`, judged on `today`. */
export function caseRows(records: readonly CaseRecord[], today: string = buildDate): CaseRow[] {
  return records.map((record) => ({
    id: record.id,
    batch: record.batch,
    region: record.data.region,
    types: record.data.types.join('、'),
    lead: record.data.lead,
    focus: record.data.focus,
    state: record.state,
    due: caseDueState(record, today),
  }));
}

/** The pages of the ledger, `cases/` then `cases/page/2/`. */
export function caseLedgerPaths(site: Site) {
  return pagedCases(ledgerRecords(site));
}

/** Paged static paths of `records`: the items, the page and the count of pages, as `pagedPaths` gives. */
function pagedCases(records: readonly CaseRecord[]) {
  const pages = paginate(records, CASE_PAGE_SIZE);
  return pages.map((items, index) => ({ page: index + 1, pages: pages.length, items }));
}

/** The pages of each batch's list, `cases/batch/3/` then `cases/batch/3/page/2/`. */
export function caseBatchPaths(site: Site) {
  return site.cases.batches.flatMap((batch) =>
    pagedCases(batch.cases).map(({ page, pages, items }) => ({
      params: { batch: String(batch.number), page: page === 1 ? undefined : `page/${page}` },
      props: { batch: batch.number, date: batch.date, total: batch.cases.length, items, page, pages },
    })),
  );
}

/** The pages of each unit's cases (it leads or assists), `units/<id>/cases/`, for the units that have any. */
export function unitCasePaths(site: Site) {
  // The unit's own cases put in ledger order: scanning every case for every unit is 200 × 20,000.
  const position = ledgerPositions(site);
  return site.content.departments.flatMap((unit) => {
    const { lead, assist } = site.cases.forUnit(unit.id);
    if (lead.length + assist.length === 0) return [];
    const records = [...lead, ...assist].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    return pagedCases(records).map(({ page, pages, items }) => ({
      params: { id: unit.id, page: page === 1 ? undefined : `page/${page}` },
      props: { unit: unit.id, total: records.length, items, page, pages },
    }));
  });
}

/** Values in first-seen order, each once. */
function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

const filterCache = new WeakMap<Site, readonly LedgerFilter[]>();

/**
 * The ledger's filters, with the choices the cases offer (a filter with nothing to choose is left
 * out): 批次, 污染类型 (in the configured order), 行业, 区域, 责任单位, 状态, 是否属实, 重点关注,
 * 逾期. The value of a choice is what the search index holds (a unit's name, "第1批"), so the
 * browser asks the index with it as it is. Computed once per site: every ledger page shows them.
 */
export function ledgerFilters(site: Site): readonly LedgerFilter[] {
  const cached = filterCache.get(site);
  if (cached !== undefined) return cached;
  const all = site.cases.all;
  const same = (values: Iterable<string>) => distinct(values).map((value) => ({ value, label: value }));
  const units = (ids: Iterable<string>) => same([...distinct(ids)].map((id) => unitName(site.content, id)));
  const used = new Set(all.flatMap((record) => record.data.types));
  const truths = new Set(all.flatMap((record) => (record.handling?.line.truth === undefined ? [] : [record.handling.line.truth])));
  const states = new Set(all.map((record) => record.state));
  const filters: LedgerFilter[] = [
    { name: 'batch', choices: site.cases.batches.map((batch) => ({ value: batchLabel(batch.number), label: `${batchLabel(batch.number)}（${batch.date}）` })) },
    { name: 'type', choices: same(caseConfig.pollutionTypes.filter((type) => used.has(type))) },
    { name: 'industry', choices: same(all.flatMap((record) => (record.data.industry === undefined ? [] : [record.data.industry]))) },
    { name: 'region', choices: units(all.map((record) => record.data.region)) },
    { name: 'unit', choices: units(all.flatMap((record) => [...record.data.lead, ...record.data.assist])) },
    { name: 'state', choices: same(CASE_STATES.filter((state) => states.has(state))) },
    { name: 'truth', choices: same(CASE_TRUTHS.filter((truth) => truths.has(truth))) },
    { name: 'focus', choices: all.some((record) => record.data.focus) ? [{ value: 'yes', label: '' }] : [] },
    { name: 'overdue', choices: all.length > 0 ? [{ value: 'yes', label: '' }] : [] },
  ];
  const offered = filters.filter((filter) => filter.choices.length > 0);
  filterCache.set(site, offered);
  return offered;
}

/**
 * The 办理时限 of the cases not closed, each once, in order: what the browser needs to turn 逾期
 * into index conditions on its own date, without loading every filter of the index for them.
 */
export function openDues(site: Site): readonly string[] {
  let dues = duesCache.get(site);
  if (dues === undefined) {
    dues = distinct(site.cases.all.filter((record) => !isClosed(record)).map((record) => record.due)).sort();
    duesCache.set(site, dues);
  }
  return dues;
}

// Every ledger page carries the list (400 pages at 20,000 cases): made once per site.
const duesCache = new WeakMap<Site, readonly string[]>();

/** What the ledger's first page says about the whole: how many cases in how many batches, the last batch. */
export function ledgerSummary(site: Site): { total: number; batches: number; last: { number: number; date: string } | undefined } {
  const last = site.cases.batches.at(-1);
  return { total: site.cases.all.length, batches: site.cases.batches.length, last: last === undefined ? undefined : { number: last.number, date: last.date } };
}
