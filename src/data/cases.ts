/**
 * The petition-case part of the site index: every case of every batch with its 办理时限, its
 * handling from the responsible units' reports (src/lib/cases.ts), the office's 公开 and 销号, and
 * the cases of each batch and each unit. Computed once per build, pure.
 *
 * Every text a page, a download or the search index may show is masked here (`maskPersonal`):
 * what the index hands out carries no phone or ID number, e-mail address or marked name, so no
 * page can show one by forgetting to mask it. What depends on the reader's date (逾期) is left to
 * the browser, which gets the `due` date it needs.
 */
import { cases as caseConfig } from '../config.ts';
import { caseDue, currentHandling, type HandlingEvent } from '../lib/cases.ts';
import { maskPersonal } from '../lib/personalData.ts';
import type { Case } from '../schemas/case.ts';
import { CASE_STATES, type CaseState, type CaseworkLine } from '../schemas/casework.ts';
import { reportKey } from '../schemas/report.ts';
import type { SiteContent } from './content.ts';
import { append } from './relations.ts';

/** A unit's line on a case, its texts masked, with the unit and the date of its report. */
export type CaseHandling = HandlingEvent<CaseworkLine>;

/** One case, as every page shows it. */
export interface CaseRecord {
  /** 受理编号. */
  id: string;
  /** 批次: the batch number (第N批). */
  batch: number;
  /** 交办日期: the batch's date. */
  date: string;
  /** The batch file it is written in, from the project root. */
  file: string;
  /** What the team wrote and the district assigned, `summary` masked; `personalNames` dropped. */
  data: Omit<Case, 'personalNames'>;
  /** 办理时限: the case's own, or the batch's date plus `cases.dueDays`. */
  due: string;
  /** 已交办 until a lead unit reports; then what its latest report says. */
  state: CaseState;
  /** The lead's latest report on it, its texts masked; undefined while 已交办. */
  handling: CaseHandling | undefined;
  /** Every report on it by a responsible unit, newest first, texts masked. */
  history: readonly CaseHandling[];
}

/** One batch (第N批). */
export interface CaseBatchRecord {
  /** The batch number. */
  number: number;
  /** 交办日期. */
  date: string;
  /** Its cases, in the order of the team's sheet. */
  cases: readonly CaseRecord[];
}

/** The petition cases of the site. */
export interface SiteCases {
  /** Every case, by batch, then in the order of the team's sheet. */
  all: readonly CaseRecord[];
  /** The batches, first to last. */
  batches: readonly CaseBatchRecord[];
  /** A case by its 受理编号. */
  byId(id: string): CaseRecord | undefined;
  /** The cases a unit leads (牵头) and assists (配合), each in the order of `all`. */
  forUnit(unit: string): { lead: readonly CaseRecord[]; assist: readonly CaseRecord[] };
}

/** A line with every text masked; `names` are the case's marked names. */
function maskedLine(line: CaseworkLine, names: readonly string[]): CaseworkLine {
  const mask = (text: string | undefined) => (text === undefined ? undefined : maskPersonal(text, names));
  return { ...line, verification: mask(line.verification), handling: mask(line.handling), accountability: mask(line.accountability) };
}

/**
 * Indexes the batches and the units' reports of `content`; with `asOf` (`YYYY-MM-DD`), only the
 * batches handed over and the reports made on or before it: the cases as a 督查通报 of that date saw
 * them.
 */
export function indexCases(content: Pick<SiteContent, 'cases' | 'casework'>, asOf?: string): SiteCases {
  const inTime = (date: string) => asOf === undefined || date <= asOf;
  const events = new Map<string, CaseHandling[]>();
  for (const report of content.casework) {
    const { unit, date } = reportKey(report.id);
    if (!inTime(date)) continue;
    for (const line of report.data.cases) append(events, line.case, { unit, date, line });
  }

  const all: CaseRecord[] = [];
  const batches: CaseBatchRecord[] = [];
  const byUnit = new Map<string, { lead: CaseRecord[]; assist: CaseRecord[] }>();
  const unitLists = (unit: string) => byUnit.get(unit) ?? byUnit.set(unit, { lead: [], assist: [] }).get(unit)!;
  for (const batch of content.cases) {
    if (!inTime(batch.data.date)) continue;
    const number = Number(batch.id);
    const records = batch.data.cases.map((item): CaseRecord => {
      const { personalNames, ...data } = item;
      const responsible = new Set([...item.lead, ...item.assist]);
      const history = (events.get(item.id) ?? [])
        .filter((event) => responsible.has(event.unit))
        .map((event) => ({ ...event, line: maskedLine(event.line, personalNames) }))
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      const handling = currentHandling(history, item.lead);
      const inTimeOffice = {
        published: item.published !== undefined && inTime(item.published) ? item.published : undefined,
        signedOff: item.signedOff !== undefined && inTime(item.signedOff.date) ? item.signedOff : undefined,
      };
      return {
        id: item.id,
        batch: number,
        date: batch.data.date,
        file: `content/cases/${batch.id}.yaml`,
        data: { ...data, summary: maskPersonal(item.summary, personalNames), ...inTimeOffice },
        due: caseDue(batch.data.date, item.due, caseConfig.dueDays),
        // Where every case starts: CASE_STATES[0], 已交办.
        state: handling?.line.state ?? CASE_STATES[0],
        handling,
        history,
      };
    });
    for (const record of records) {
      for (const unit of record.data.lead) unitLists(unit).lead.push(record);
      for (const unit of record.data.assist) unitLists(unit).assist.push(record);
    }
    all.push(...records);
    batches.push({ number, date: batch.data.date, cases: records });
  }
  const byId = new Map(all.map((record) => [record.id, record]));
  return {
    all,
    batches,
    byId: (id) => byId.get(id),
    forUnit: (unit) => byUnit.get(unit) ?? { lead: [], assist: [] },
  };
}
