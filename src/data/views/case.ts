/**
 * One petition case's page (交办件): what the team handed over, who answers for it, its 办理时限
 * and 逾期 on the build's date (redone on the reader's in the browser), the lead's handling, the
 * office's 公开 and 销号, and every report the responsible units made on it. 20,000 of these are
 * built, so everything here is a lookup in the site index, never a pass over all cases.
 */
import { isConcluded } from '../../lib/cases.ts';
import { overdueDays } from '../../lib/progressStates.ts';
import type { CaseState, CaseTruth } from '../../schemas/caseState.ts';
import { t } from '../../i18n/t.ts';
import { buildDate } from '../build.ts';
import { unitName } from '../content.ts';
import type { CaseRecord } from '../cases.ts';
import type { Site } from '../site.ts';

/** One report on a case, as its history lists it; texts masked by the index. */
export interface CaseHistoryRow {
  unit: string;
  date: string;
  state: CaseState;
  verification: string | undefined;
  truth: CaseTruth | undefined;
  handling: string | undefined;
  accountability: string | undefined;
}

/** How a case's 办理时限 stands on a date. */
export interface CaseDueState {
  /** 办理时限, `YYYY-MM-DD`. */
  due: string;
  /** 办结 or 销号: no longer judged 逾期. */
  closed: boolean;
  /** Days past 办理时限 on the date judged; 0 when not 逾期. */
  overdue: number;
}

/** The filters and facets a case carries into the search index, by filter name (several values allowed). */
export type CaseFacets = readonly (readonly [string, string])[];

/** What a case page shows. */
export interface CasePage {
  record: CaseRecord;
  /** "交办件 D1". */
  title: string;
  /** "第1批". */
  batch: string;
  due: CaseDueState;
  /** The reports on it, newest first. */
  history: readonly CaseHistoryRow[];
  /** The date 逾期 is judged on without JavaScript: the build's. */
  asOf: string;
  /** Search filters: the search page's facets and the ledger's filters. */
  facets: CaseFacets;
  /** Its place in the ledger (newest batch first), zero-padded: the index sorts the ledger's filtered list by it. */
  order: string;
}

/** "第1批". */
export function batchLabel(batch: number): string {
  return t('cases.pages.batch', { batch });
}

/** Whether a case no longer runs against its 办理时限: 办结 by its lead, or 销号 by the office. */
export function isClosed(record: CaseRecord): boolean {
  return isConcluded(record.state) || record.data.signedOff !== undefined;
}

/** A case's 办理时限 and 逾期 on `today`. */
export function caseDueState(record: CaseRecord, today: string): CaseDueState {
  const closed = isClosed(record);
  return { due: record.due, closed, overdue: overdueDays(record.due, closed, today) };
}


/**
 * What a case gives the search index and the ledger's filters. 办理时限 is a filter so that the
 * ledger can ask for the cases past it on the reader's date; 销号 so it can leave those out.
 */
export function caseFacets(site: Site, record: CaseRecord): CaseFacets {
  const { data } = record;
  const facets: [string, string][] = [
    [t('search.filter.type'), t('search.type.case')],
    [t('cases.pages.filter.batch'), batchLabel(record.batch)],
    ...data.types.map((type): [string, string] => [t('cases.pages.filter.type'), type]),
    ...[...new Set([...data.lead, ...data.assist])].map((unit): [string, string] => [t('cases.pages.filter.unit'), unitName(site.content, unit)]),
    [t('search.filter.status'), record.state],
    [t('cases.pages.filter.region'), unitName(site.content, data.region)],
    [t('cases.pages.filter.due'), record.due],
  ];
  if (data.industry !== undefined) facets.push([t('cases.pages.filter.industry'), data.industry]);
  if (record.handling?.line.truth !== undefined) facets.push([t('cases.pages.filter.truth'), record.handling.line.truth]);
  if (data.focus) facets.push([t('cases.pages.filter.focus'), t('cases.pages.yes')]);
  if (isClosed(record)) facets.push([t('cases.pages.filter.closed'), t('cases.pages.yes')]);
  return facets;
}

/** Every case as the ledger lists it: the newest batch first, each batch in the order of the team's sheet. */
export function ledgerRecords(site: Site): CaseRecord[] {
  return [...site.cases.batches].reverse().flatMap((batch) => batch.cases);
}

const positions = new WeakMap<Site, ReadonlyMap<string, number>>();

/** Each case's place in the ledger, newest batch first, each batch in the order of the team's sheet; once per site. */
export function ledgerPositions(site: Site): ReadonlyMap<string, number> {
  let found = positions.get(site);
  if (found === undefined) {
    found = new Map(ledgerRecords(site).map((record, index) => [record.id, index]));
    positions.set(site, found);
  }
  return found;
}

/** The page of case `id`; throws for an unknown one (the routes list only known cases). */
export function casePage(site: Site, id: string, today: string = buildDate): CasePage {
  const record = site.cases.byId(id);
  if (record === undefined) throw new Error(`没有受理编号为 ${id} 的交办件`);
  return {
    record,
    title: t('cases.pages.case.title', { id }),
    batch: batchLabel(record.batch),
    due: caseDueState(record, today),
    history: record.history.map(({ unit, date, line }) => ({
      unit,
      date,
      state: line.state,
      verification: line.verification,
      truth: line.truth,
      handling: line.handling,
      accountability: line.accountability,
    })),
    asOf: today,
    facets: caseFacets(site, record),
    order: String(ledgerPositions(site).get(id)!).padStart(6, '0'),
  };
}

/** The static paths of the case pages, by 受理编号. */
export function casePaths(site: Site): { params: { id: string } }[] {
  return site.cases.all.map((record) => ({ params: { id: record.id } }));
}
