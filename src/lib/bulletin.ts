/**
 * The 督查通报 and the 督办通知, as documents: what a bulletin's body holds (the figures of each
 * unit as of its date, the units named for overdue tasks or missing reports, the office's remarks,
 * the 整改期限), and the paragraphs, table and 版记 of the 公文 made from it. The same document is
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
  /** Joins items of a list in a sentence: `、`. */
  listJoin: string;
  /** Joins clauses: `；`. */
  clauseJoin: string;
  /** A `YYYY-MM-DD` date in prose: 2022年5月20日. */
  date: (iso: string) => string;
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
}

/** The units that get a 督办通知 (overdue, or not reporting), in the rows' order. */
export function noticeUnits(body: BulletinBody): UnitNotice[] {
  const overdue = new Map(body.overdue.map((unit) => [unit.id, unit]));
  const unreported = new Map((body.unreported ?? []).map((unit) => [unit.id, unit]));
  return body.rows.flatMap((row) => {
    const late = overdue.get(row.id);
    const silent = unreported.get(row.id);
    if (late === undefined && silent === undefined) return [];
    return [{ id: row.id, name: row.name, overdue: late?.tasks ?? [], overdueCount: late?.count ?? 0, unreported: silent === undefined ? undefined : { lastReport: silent.lastReport } }];
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
  const problems: OfficialBlock[] =
    body.unreported === undefined
      ? overdueParagraphs(body, words)
      : [heading(2, words.overdueHeading), ...overdueParagraphs(body, words), heading(2, words.unreportedHeading), unreportedParagraph(body.unreported, words)];
  const reasons = [
    ...(body.overdue.length > 0 ? [words.reasonOverdue] : []),
    ...(body.unreported !== undefined && body.unreported.length > 0 ? [words.reasonUnreported] : []),
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
  if (notice.unreported !== undefined) {
    const opening = notice.overdueCount > 0 ? words.noticeAlso : lead;
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
