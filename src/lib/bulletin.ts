/**
 * The 督查通报 and the 督办通知, as documents: what a bulletin's body holds (the figures of each
 * unit as of its date, the units named for overdue tasks or missing reports, the petition cases
 * handed over by then with the lead units of those overdue, the office's remarks, the 整改期限), and the paragraphs, table and 版记 of the 公文 made from it. The same document is
 * rendered as the page (src/components/OfficialDocument.astro) and as the .docx file
 * (./officialDocx.ts), so the two never say different things. Pure: the words come in as
 * templates from the string table, the figures as a typed body (src/data/views/bulletin.ts).
 */
import { fill } from '../i18n/fill.ts';
import type { OfficialBlock, OfficialDocument } from './officialDocx.ts';

/** One unit's row in the bulletin's table: its tasks by state as of the bulletin's date. */
export interface UnitProgress {
  /** The unit's id, for its 督办通知's address. */
  id: string;
  name: string;
  /** 已销号: signed off by the office. */
  signedOff: number;
  /** 已完成待销号: done, not yet signed off. */
  awaitingSignOff: number;
  /** 推进中. */
  inProgress: number;
  /** 未启动. */
  notStarted: number;
  /** 逾期: past the deadline and not done; also counted in its state above. */
  overdue: number;
  /** The date of its latest report (交账), `YYYY-MM-DD`; null when it never reported. */
  lastReport: string | null;
}

/** A task a unit has let pass its deadline. */
export interface OverdueTask {
  title: string;
  /** The time limit in the source's words: `5月19日前`. */
  deadline: string;
}

/** A unit named for overdue tasks. */
export interface OverdueUnit {
  id: string;
  name: string;
  /** How many of its tasks are overdue. */
  count: number;
  /** The first of them, at most `TASKS_LISTED_PER_NOTICE`: no document names more, and a body is kept for the whole build. */
  tasks: readonly OverdueTask[];
}

/** A unit named for not reporting within the cycle. */
export interface UnreportedUnit {
  id: string;
  name: string;
  /** Its latest report, `YYYY-MM-DD`; null when it never reported. */
  lastReport: string | null;
}

/** A petition case (交办信访件) past its 办理时限 and not 办结 on the bulletin's date. */
export interface OverdueCase {
  /** 受理编号. */
  id: string;
  /** 批次: 第N批. */
  batch: number;
  /** 办理时限, `YYYY-MM-DD`. */
  due: string;
}

/** A lead unit (牵头) named for overdue petition cases. */
export interface OverdueCaseUnit {
  id: string;
  name: string;
  cases: readonly OverdueCase[];
}

/** The petition cases as the bulletin's date saw them: the batches handed over and the reports made by then. */
export interface BulletinCases {
  /** 交办 N 批. */
  batches: number;
  /** M 件. */
  cases: number;
  /** 办结 k 件, 阶段性办结 included. */
  concluded: number;
  /** Of `concluded`, 阶段性办结. */
  partlyConcluded: number;
  /** 逾期: past the 办理时限, not 办结, not signed off. */
  overdue: number;
  /** The lead units of the overdue cases, each with its cases (a case with two leads under both), in the district's order. */
  overdueUnits: readonly OverdueCaseUnit[];
}

/** What a bulletin says, as of its date: the input of every document made from it. */
export interface BulletinBody {
  /** The day the figures are of (the bulletin's date), `YYYY-MM-DD`. */
  date: string;
  /** The day the units named must have put things right by, `YYYY-MM-DD`. */
  rectifyBy: string;
  /** How many tasks the figures cover. */
  tasks: number;
  /** Every unit with a task, in the district's order. */
  rows: readonly UnitProgress[];
  /** The units with overdue tasks, in the rows' order. */
  overdue: readonly OverdueUnit[];
  /**
   * The units that did not report within the cycle, in the rows' order; undefined while units'
   * reports are not collected, when the bulletin says nothing about reporting rather than
   * something untrue.
   */
  unreported: readonly UnreportedUnit[] | undefined;
  /** The office's own remarks, one paragraph each. */
  remarks: readonly string[];
  /** The petition cases; undefined when no batch had been handed over by the date, when the 通报 says nothing of them. */
  cases: BulletinCases | undefined;
}

/** What the document's head and foot name: the issue, the office, the copies. */
export interface BulletinHeader {
  /** The 期号. */
  number: number;
  /** The issuing office: 区两办督查中心. */
  issuer: string;
  /** Whom it is copied to (抄送). */
  cc: readonly string[];
}

/** The templates of the string table's `bulletin.*` keys, by name, and how a date reads. */
export interface BulletinWords {
  masthead: string;
  number: string;
  title: string;
  addressee: string;
  intro: string;
  overallHeading: string;
  overall: string;
  tableIntro: string;
  tableCaption: string;
  /** The table's columns, comma-separated; `lastReport` is added when reports are collected. */
  columns: string;
  lastReport: string;
  total: string;
  never: string;
  problemsHeading: string;
  overdueHeading: string;
  overdueUnit: string;
  /** For a unit with more overdue tasks than the 通报 lists: the first few, and where the rest are. */
  overdueUnitMore: string;
  /** When too many units are late to name their tasks: the units with their counts, in one paragraph. */
  overdueUnits: string;
  overdueUnitCount: string;
  overdueTask: string;
  overdueNone: string;
  unreportedHeading: string;
  unreported: string;
  unreportedSince: string;
  unreportedNever: string;
  unreportedNone: string;
  requirementsHeading: string;
  reasonOverdue: string;
  reasonUnreported: string;
  rectify: string;
  rectifyNone: string;
  cc: string;
  printed: string;
  noticeMasthead: string;
  noticeTitle: string;
  noticeAddressee: string;
  noticeLead: string;
  noticeOverdue: string;
  noticeTask: string;
  /** After the tasks a notice lists, when the unit let more pass: how many more, and the page that lists them all. */
  noticeMore: string;
  /** That page's title, `{unit}` to fill: the unit's 各项任务落实情况. */
  noticeMorePage: string;
  noticeAlso: string;
  noticeUnreportedSince: string;
  noticeUnreportedNever: string;
  noticeRectify: string;
  /** The petition-case part (string table `cases.feed.*`). */
  cases: BulletinCaseWords;
  /** Joins items of a list in a sentence: `、`. */
  listJoin: string;
  /** Joins clauses: `；`. */
  clauseJoin: string;
  /** A `YYYY-MM-DD` date in prose: 2022年5月20日. */
  date: (iso: string) => string;
}

/** The templates of the petition-case part of the 通报 and the 督办通知. */
export interface BulletinCaseWords {
  /** The totals paragraph under 总体情况. */
  overall: string;
  /** The heading under 存在的问题, with its `{ordinal}` (一, 二, 三). */
  heading: string;
  /** The ordinals of the headings under 存在的问题: 一,二,三. */
  ordinals: string;
  unit: string;
  /** For a unit with more overdue cases than the 通报 lists. */
  unitMore: string;
  /** When too many units are late to name their cases. */
  units: string;
  unitCount: string;
  case: string;
  none: string;
  reason: string;
  noticeOverdue: string;
  noticeCase: string;
  /** After the listed cases: how many more, and where to find them. */
  noticeMore: string;
}

/** The sums of every unit's row: the 合计 line and the overall paragraph. */
export interface BulletinTotals {
  units: number;
  assignments: number;
  signedOff: number;
  awaitingSignOff: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

/** Adds up the rows of the table. */
export function bulletinTotals(body: Pick<BulletinBody, 'rows'>): BulletinTotals {
  const totals: BulletinTotals = { units: body.rows.length, assignments: 0, signedOff: 0, awaitingSignOff: 0, inProgress: 0, notStarted: 0, overdue: 0 };
  for (const row of body.rows) {
    totals.signedOff += row.signedOff;
    totals.awaitingSignOff += row.awaitingSignOff;
    totals.inProgress += row.inProgress;
    totals.notStarted += row.notStarted;
    totals.overdue += row.overdue;
    totals.assignments += row.signedOff + row.awaitingSignOff + row.inProgress + row.notStarted;
  }
  return totals;
}

/** One unit's 督办通知: what it is named for. */
export interface UnitNotice {
  id: string;
  name: string;
  /** Its first overdue tasks (`OverdueUnit.tasks`); empty when it is named only for not reporting. */
  overdue: readonly OverdueTask[];
  /** How many tasks it let pass: 0 when it is named only for not reporting. */
  overdueCount: number;
  /** Present when it is named for not reporting: its latest report, or null. */
  unreported: { lastReport: string | null } | undefined;
  /** The overdue petition cases it leads; empty when none. */
  cases: readonly OverdueCase[];
}

/**
 * The units that get a 督办通知 (overdue tasks or cases, or not reporting), in the rows' order; a
 * unit late on cases that has no task, and so no row, comes after them.
 */
export function noticeUnits(body: BulletinBody): UnitNotice[] {
  const overdue = new Map(body.overdue.map((unit) => [unit.id, unit]));
  const unreported = new Map((body.unreported ?? []).map((unit) => [unit.id, unit]));
  const lateCases = new Map((body.cases?.overdueUnits ?? []).map((unit) => [unit.id, unit]));
  const units = [...body.rows, ...(body.cases?.overdueUnits ?? []).filter((unit) => !body.rows.some((row) => row.id === unit.id))];
  return units.flatMap((row) => {
    const late = overdue.get(row.id);
    const silent = unreported.get(row.id);
    const cases = lateCases.get(row.id)?.cases ?? [];
    if (late === undefined && silent === undefined && cases.length === 0) return [];
    return [{ id: row.id, name: row.name, overdue: late?.tasks ?? [], overdueCount: late?.count ?? 0, unreported: silent === undefined ? undefined : { lastReport: silent.lastReport }, cases }];
  });
}

const paragraph = (text: string): OfficialBlock => ({ kind: 'paragraph', text });
const heading = (level: 1 | 2, text: string): OfficialBlock => ({ kind: 'heading', level, text });

/** The table of units, with a 合计 line; the 最近报送 column only when reports are collected. */
function unitTable(body: BulletinBody, words: BulletinWords): OfficialBlock {
  const tracked = body.unreported !== undefined;
  const totals = bulletinTotals(body);
  const counts = (row: Omit<BulletinTotals, 'units' | 'assignments'>) => [row.signedOff, row.awaitingSignOff, row.inProgress, row.notStarted, row.overdue].map(String);
  return {
    kind: 'table',
    caption: words.tableCaption,
    columns: [...words.columns.split(','), ...(tracked ? [words.lastReport] : [])],
    rows: body.rows.map((row, index) => [
      String(index + 1),
      row.name,
      ...counts(row),
      ...(tracked ? [row.lastReport === null ? words.never : words.date(row.lastReport)] : []),
    ]),
    total: [words.total, '', ...counts(totals), ...(tracked ? [''] : [])],
  };
}

/**
 * How many of a unit's overdue tasks the 通报 names; its 督办通知 names them all. A 通报 names
 * every unit that is late, and stays readable (and within its page budget) when 200 units each
 * let dozens of tasks pass: beyond `UNITS_NAMED_WITH_TASKS` late units it names each with its
 * count only.
 */
export const TASKS_NAMED_PER_UNIT = 3;
/** The most late units the 通报 names with their tasks, a paragraph each. */
export const UNITS_NAMED_WITH_TASKS = 20;

/** The paragraphs naming the units with overdue tasks, or saying there are none. */
function overdueParagraphs(body: BulletinBody, words: BulletinWords): OfficialBlock[] {
  if (body.overdue.length === 0) return [paragraph(fill(words.overdueNone, { date: words.date(body.date) }))];
  if (body.overdue.length > UNITS_NAMED_WITH_TASKS) {
    const units = body.overdue.map((unit) => fill(words.overdueUnitCount, { unit: unit.name, count: unit.count }));
    return [paragraph(fill(words.overdueUnits, { count: body.overdue.length, units: units.join(words.listJoin) }))];
  }
  return body.overdue.map((unit) => {
    const named = unit.tasks.slice(0, TASKS_NAMED_PER_UNIT).map((task) => fill(words.overdueTask, { title: task.title, deadline: task.deadline }));
    const template = unit.count > TASKS_NAMED_PER_UNIT ? words.overdueUnitMore : words.overdueUnit;
    return paragraph(fill(template, { unit: unit.name, count: unit.count, tasks: named.join(words.clauseJoin) }));
  });
}

/** How many of a unit's overdue cases the 通报 names by 受理编号; its 督办通知 names them all. */
export const CASES_NAMED_PER_UNIT = 5;

/** A case as the 通报 and the 督办通知 name it: 受理编号, 批次 and 办理时限. */
const caseLabel = (item: OverdueCase, words: BulletinWords) => fill(words.cases.case, { id: item.id, batch: item.batch, due: words.date(item.due) });

/** The paragraphs naming the lead units of overdue cases, or saying there are none. */
function overdueCaseParagraphs(cases: BulletinCases, date: string, words: BulletinWords): OfficialBlock[] {
  const { overdueUnits } = cases;
  if (overdueUnits.length === 0) return [paragraph(fill(words.cases.none, { date: words.date(date) }))];
  if (overdueUnits.length > UNITS_NAMED_WITH_TASKS) {
    const units = overdueUnits.map((unit) => fill(words.cases.unitCount, { unit: unit.name, count: unit.cases.length }));
    return [paragraph(fill(words.cases.units, { count: overdueUnits.length, units: units.join(words.listJoin) }))];
  }
  return overdueUnits.map((unit) => {
    const named = unit.cases.slice(0, CASES_NAMED_PER_UNIT).map((item) => caseLabel(item, words));
    const template = unit.cases.length > CASES_NAMED_PER_UNIT ? words.cases.unitMore : words.cases.unit;
    return paragraph(fill(template, { unit: unit.name, count: unit.cases.length, cases: named.join(words.listJoin) }));
  });
}

/** The paragraph naming the units that did not report, or saying all did. */
function unreportedParagraph(unreported: readonly UnreportedUnit[], words: BulletinWords): OfficialBlock {
  if (unreported.length === 0) return paragraph(words.unreportedNone);
  const units = unreported.map((unit) =>
    unit.lastReport === null ? fill(words.unreportedNever, { unit: unit.name }) : fill(words.unreportedSince, { unit: unit.name, date: words.date(unit.lastReport) }),
  );
  return paragraph(fill(words.unreported, { units: units.join(words.listJoin), count: unreported.length }));
}

/** The 督查通报 made from `body`: 版头, title, 主送, body, table, 落款 and 版记. */
export function bulletinDocument(body: BulletinBody, header: BulletinHeader, words: BulletinWords): OfficialDocument {
  const date = words.date(body.date);
  const totals = bulletinTotals(body);
  const { cases } = body;
  const problems: OfficialBlock[] =
    body.unreported === undefined && cases === undefined
      ? overdueParagraphs(body, words)
      : [
          heading(2, words.overdueHeading),
          ...overdueParagraphs(body, words),
          ...(body.unreported === undefined ? [] : [heading(2, words.unreportedHeading), unreportedParagraph(body.unreported, words)]),
          // The cases' heading takes the next ordinal: （二） or （三）.
          ...(cases === undefined
            ? []
            : [heading(2, fill(words.cases.heading, { ordinal: words.cases.ordinals.split(',')[body.unreported === undefined ? 1 : 2]! })), ...overdueCaseParagraphs(cases, body.date, words)]),
        ];
  const reasons = [
    ...(body.overdue.length > 0 ? [words.reasonOverdue] : []),
    ...(body.unreported !== undefined && body.unreported.length > 0 ? [words.reasonUnreported] : []),
    ...(cases !== undefined && cases.overdueUnits.length > 0 ? [words.cases.reason] : []),
  ];
  const rectify =
    reasons.length === 0
      ? fill(words.rectifyNone, { issuer: header.issuer })
      : fill(words.rectify, { reasons: reasons.join(words.listJoin), issuer: header.issuer, rectifyBy: words.date(body.rectifyBy) });
  return {
    masthead: words.masthead,
    number: fill(words.number, { number: header.number }),
    issuer: header.issuer,
    date,
    title: words.title,
    addressee: words.addressee,
    blocks: [
      paragraph(fill(words.intro, { issuer: header.issuer, date })),
      heading(1, words.overallHeading),
      paragraph(
        fill(words.overall, {
          tasks: body.tasks,
          units: totals.units,
          assignments: totals.assignments,
          signedOff: totals.signedOff,
          awaiting: totals.awaitingSignOff,
          inProgress: totals.inProgress,
          notStarted: totals.notStarted,
          overdue: totals.overdue,
        }),
      ),
      paragraph(words.tableIntro),
      unitTable(body, words),
      ...(cases === undefined
        ? []
        : [
            paragraph(
              fill(words.cases.overall, {
                date,
                batches: cases.batches,
                cases: cases.cases,
                concluded: cases.concluded,
                partly: cases.partlyConcluded,
                overdue: cases.overdue,
              }),
            ),
          ]),
      heading(1, words.problemsHeading),
      ...problems,
      heading(1, words.requirementsHeading),
      ...body.remarks.map(paragraph),
      paragraph(rectify),
    ],
    cc: header.cc.length === 0 ? undefined : fill(words.cc, { cc: header.cc.join('，') }),
    printed: fill(words.printed, { date }),
  };
}

/**
 * How many overdue tasks a 督办通知 lists one by one. A unit reached through a group of every
 * department may let hundreds pass: its notice lists the first ones and counts the rest, naming
 * the page of the site that lists all its tasks, rather than running to forty pages (and a build
 * of 800 such notices to gigabytes).
 */
export const TASKS_LISTED_PER_NOTICE = 30;

/** How many overdue cases a 督办通知 lists one by one, for the reason tasks are capped; the ledger lists them all. */
export const CASES_LISTED_PER_NOTICE = 30;

/** The 督办通知 to one unit named by the bulletin; undefined for a unit it does not name. */
export function noticeDocument(body: BulletinBody, header: BulletinHeader, unitId: string, words: BulletinWords): OfficialDocument | undefined {
  const notice = noticeUnits(body).find((unit) => unit.id === unitId);
  if (notice === undefined) return undefined;
  const date = words.date(body.date);
  const lead = fill(words.noticeLead, { number: header.number, date });
  const blocks: OfficialBlock[] = [];
  if (notice.overdueCount > 0) {
    blocks.push(paragraph(fill(words.noticeOverdue, { lead, count: notice.overdueCount })));
    const listed = notice.overdue.slice(0, TASKS_LISTED_PER_NOTICE);
    listed.forEach((task, index) => blocks.push(paragraph(fill(words.noticeTask, { index: index + 1, title: task.title, deadline: task.deadline }))));
    if (listed.length < notice.overdueCount) {
      const page = fill(words.noticeMorePage, { unit: notice.name });
      blocks.push(paragraph(fill(words.noticeMore, { listed: listed.length, rest: notice.overdueCount - listed.length, page })));
    }
  }
  if (notice.cases.length > 0) {
    const opening = notice.overdueCount > 0 ? words.noticeAlso : lead;
    blocks.push(paragraph(fill(words.cases.noticeOverdue, { lead: opening, count: notice.cases.length })));
    const listed = notice.cases.slice(0, CASES_LISTED_PER_NOTICE);
    listed.forEach((item, index) => blocks.push(paragraph(fill(words.cases.noticeCase, { index: index + 1, case: caseLabel(item, words) }))));
    if (listed.length < notice.cases.length) blocks.push(paragraph(fill(words.cases.noticeMore, { listed: listed.length, rest: notice.cases.length - listed.length })));
  }
  if (notice.unreported !== undefined) {
    const opening = notice.overdueCount > 0 || notice.cases.length > 0 ? words.noticeAlso : lead;
    const { lastReport } = notice.unreported;
    blocks.push(paragraph(lastReport === null ? fill(words.noticeUnreportedNever, { lead: opening }) : fill(words.noticeUnreportedSince, { lead: opening, date: words.date(lastReport) })));
  }
  blocks.push(paragraph(fill(words.noticeRectify, { issuer: header.issuer, rectifyBy: words.date(body.rectifyBy) })));
  return {
    masthead: words.noticeMasthead,
    number: undefined,
    issuer: header.issuer,
    date,
    title: fill(words.noticeTitle, { unit: notice.name }),
    addressee: fill(words.noticeAddressee, { unit: notice.name }),
    blocks,
    cc: undefined,
    printed: fill(words.printed, { date }),
  };
}
