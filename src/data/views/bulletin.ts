/**
 * The 督查通报 pages: the list of bulletins, each bulletin as an A4 公文 with its .docx, and the
 * 督办通知 to each unit it names, with theirs. The documents are made by src/lib/bulletin.ts from
 * a `BulletinBody`; this module supplies the body's figures (`bulletinBodyFor`: the tasks, and the
 * petition cases once the site has some), the words from the string table, and the paths.
 */
import { config } from '../../config.ts';
import { t } from '../../i18n/t.ts';
import { bulletinDocument, noticeDocument, noticeUnits, TASKS_LISTED_PER_NOTICE, type BulletinBody, type BulletinCases, type BulletinHeader, type BulletinWords, type OverdueCase, type OverdueUnit, type UnitProgress, type UnreportedUnit } from '../../lib/bulletin.ts';
import { isCaseOverdue, isConcluded } from '../../lib/cases.ts';
import { CASE_STATES, type CaseState } from '../../schemas/caseState.ts';
import { officialDocx, type OfficialDocument } from '../../lib/officialDocx.ts';
import { routes } from '../../lib/paths.ts';
import { isOverdue, isUnreported, progressCounts } from '../../lib/progress.ts';
import { proseDate } from '../build.ts';
import { indexCases } from '../cases.ts';
import { entryOf, type SiteContent } from '../content.ts';
import type { BulletinEntry } from '../entries.ts';
import { indexProgress } from '../progress.ts';
import { append } from '../relations.ts';
import type { Site } from '../site.ts';

/** The words of the documents, from the string table's `bulletin` group. */
export function bulletinWords(): BulletinWords {
  return {
    masthead: t('bulletin.masthead'),
    number: t('bulletin.number'),
    title: t('bulletin.title'),
    addressee: t('bulletin.addressee'),
    intro: t('bulletin.intro'),
    overallHeading: t('bulletin.overallHeading'),
    overall: t('bulletin.overall'),
    tableIntro: t('bulletin.tableIntro'),
    tableCaption: t('bulletin.tableCaption'),
    columns: t('bulletin.columns'),
    lastReport: t('bulletin.lastReport'),
    total: t('bulletin.total'),
    never: t('bulletin.never'),
    problemsHeading: t('bulletin.problemsHeading'),
    overdueHeading: t('bulletin.overdueHeading'),
    overdueUnit: t('bulletin.overdueUnit'),
    overdueUnitMore: t('bulletin.overdueUnitMore'),
    overdueUnits: t('bulletin.overdueUnits'),
    overdueUnitCount: t('bulletin.overdueUnitCount'),
    overdueTask: t('bulletin.overdueTask'),
    overdueNone: t('bulletin.overdueNone'),
    unreportedHeading: t('bulletin.unreportedHeading'),
    unreported: t('bulletin.unreported'),
    unreportedSince: t('bulletin.unreportedSince'),
    unreportedNever: t('bulletin.unreportedNever'),
    unreportedNone: t('bulletin.unreportedNone'),
    requirementsHeading: t('bulletin.requirementsHeading'),
    reasonOverdue: t('bulletin.reasonOverdue'),
    reasonUnreported: t('bulletin.reasonUnreported'),
    rectify: t('bulletin.rectify'),
    rectifyNone: t('bulletin.rectifyNone'),
    cc: t('bulletin.cc'),
    printed: t('bulletin.printed'),
    noticeMasthead: t('bulletin.notice.masthead'),
    noticeTitle: t('bulletin.notice.title'),
    noticeAddressee: t('bulletin.notice.addressee'),
    noticeLead: t('bulletin.notice.lead'),
    noticeOverdue: t('bulletin.notice.overdue'),
    noticeTask: t('bulletin.notice.task'),
    noticeMore: t('bulletin.notice.more'),
    noticeMorePage: t('progress.tasks.title'),
    noticeAlso: t('bulletin.notice.also'),
    noticeUnreportedSince: t('bulletin.notice.unreportedSince'),
    noticeUnreportedNever: t('bulletin.notice.unreportedNever'),
    noticeRectify: t('bulletin.notice.rectify'),
    cases: {
      overall: t('cases.feed.overall'),
      heading: t('cases.feed.heading'),
      ordinals: t('cases.feed.ordinals'),
      unit: t('cases.feed.unit'),
      unitMore: t('cases.feed.unitMore'),
      units: t('cases.feed.units'),
      unitCount: t('cases.feed.unitCount'),
      case: t('cases.feed.case'),
      none: t('cases.feed.none'),
      reason: t('cases.feed.reason'),
      noticeOverdue: t('cases.feed.noticeOverdue'),
      noticeCase: t('cases.feed.noticeCase'),
      noticeMore: t('cases.feed.noticeMore'),
    },
    listJoin: t('bulletin.listJoin'),
    clauseJoin: t('bulletin.clauseJoin'),
    date: proseDate,
  };
}

/**
 * The figures of `bulletin`, as the units' reports (交账) and the office's 销号 decisions stood on
 * its date (`indexProgress(…, date)`): a later report never changes an issued bulletin. Every unit
 * that reports on a task (牵头 or 配合, named or through a group) has a row, its tasks counted by
 * state; a task is 逾期 when its deadline fell before the bulletin's date and the office has not
 * signed it off; a unit is 未报送 when its latest report (or, before its first, the meeting that
 * gave it work) is older than the reporting cycle. Tasks of meetings held after the date did not
 * exist yet: they are left out of the figures, and a unit whose only open tasks are such is not 未报送.
 * The petition cases count as the batches and the units' handling reports stood on the date
 * (`bulletinCases`).
 */
export function bulletinBodyFor(site: Site, bulletin: BulletinEntry): BulletinBody {
  const { content, relations } = site;
  const { date } = bulletin.data;
  const progress = indexProgress(content, relations, date);
  const meetingDate = (task: string) => content.meetingById.get(content.taskById.get(task)?.data.source.meeting ?? '')?.data.date ?? null;
  const held = (task: string) => {
    const on = meetingDate(task);
    return on === null || on <= date;
  };
  // Rows in the district's order: kind by kind, each by name.
  const order = content.departmentsByKind.flatMap(([, units]) => units.filter((unit) => unit.data.members === undefined));
  const counted = new Set<string>();
  const rows: UnitProgress[] = [];
  const overdue: OverdueUnit[] = [];
  const unreported: UnreportedUnit[] = [];
  for (const unit of order) {
    const reporting = progress.forUnit(unit.id);
    const cells = reporting.tasks.filter((cell) => held(cell.task));
    if (cells.length === 0) continue;
    for (const cell of cells) counted.add(cell.task);
    const counts = progressCounts(cells, date);
    const { name } = unit.data;
    rows.push({
      id: unit.id,
      name,
      signedOff: counts.signedOff,
      awaitingSignOff: counts.claimed,
      inProgress: counts.underway,
      notStarted: counts.notStarted,
      overdue: counts.overdue,
      lastReport: reporting.lastReport,
    });
    const late = cells.filter((cell) => isOverdue(cell.due, cell.signedOff !== undefined, date));
    if (late.length > 0) {
      overdue.push({
        id: unit.id,
        name,
        count: late.length,
        tasks: late.slice(0, TASKS_LISTED_PER_NOTICE).map((cell) => {
          const { title, deadline } = entryOf(content.taskById, cell.task, 'bulletin').data;
          return { title, deadline: deadline.text };
        }),
      });
    }
    // `reporting.expected` and `.since` count every task the unit has today; as of the date, only
    // the tasks already given count: a unit left with nothing open then owed no report.
    const open = cells.filter((cell) => cell.state !== '已销号');
    const since = open.flatMap((cell) => meetingDate(cell.task) ?? []).sort()[0] ?? null;
    if (open.length > 0 && isUnreported(reporting.lastReport, since, date, progress.cycleDays)) {
      unreported.push({ id: unit.id, name, lastReport: reporting.lastReport });
    }
  }
  return { date, rectifyBy: bulletin.data.rectifyBy, tasks: counted.size, rows, overdue, unreported, remarks: bulletin.data.remarks, cases: bulletinCases(content, order, date) };
}

/** 阶段性办结: counted as 办结, and said apart (含阶段性办结 N 件). */
const PARTLY_CONCLUDED: CaseState = CASE_STATES[2];

/**
 * The petition cases as a 通报 of `date` saw them (`indexCases(…, date)`): only the batches handed
 * over, the units' reports made and the office's 销号 given on or before it count, so a later batch
 * or report never changes an issued bulletin. A case is 办结 as its lead last reported it (阶段性办结
 * included) and 逾期 when its 办理时限 fell before the date; each lead unit (`order`: the district's
 * order) is named with its overdue cases. Undefined when no batch had been handed over by then.
 */
export function bulletinCases(content: Pick<SiteContent, 'cases' | 'casework'>, order: readonly { id: string; data: { name: string } }[], date: string): BulletinCases | undefined {
  const seen = indexCases(content, date);
  if (seen.batches.length === 0) return undefined;
  let concluded = 0;
  let partlyConcluded = 0;
  let overdue = 0;
  const late = new Map<string, OverdueCase[]>();
  for (const record of seen.all) {
    if (isConcluded(record.state)) {
      concluded++;
      if (record.state === PARTLY_CONCLUDED) partlyConcluded++;
    } else if (isCaseOverdue(record.due, record.state, record.data.signedOff !== undefined, date)) {
      overdue++;
      for (const unit of record.data.lead) append(late, unit, { id: record.id, batch: record.batch, due: record.due });
    }
  }
  return {
    batches: seen.batches.length,
    cases: seen.all.length,
    concluded,
    partlyConcluded,
    overdue,
    overdueUnits: order.flatMap((unit) => {
      const cases = late.get(unit.id);
      return cases === undefined ? [] : [{ id: unit.id, name: unit.data.name, cases }];
    }),
  };
}

const bodies = new WeakMap<Site, WeakMap<BulletinEntry, BulletinBody>>();

/** `bulletinBodyFor`, once per site index and bulletin: its page, list entry, notices and files all ask. */
function bodyOf(site: Site, bulletin: BulletinEntry): BulletinBody {
  let known = bodies.get(site);
  if (known === undefined) bodies.set(site, (known = new WeakMap()));
  let body = known.get(bulletin);
  if (body === undefined) known.set(bulletin, (body = bulletinBodyFor(site, bulletin)));
  return body;
}

/** The head and foot of a bulletin's documents: its 期号, the issuing office, the copies. */
export function bulletinHeader(bulletin: BulletinEntry): BulletinHeader {
  return {
    number: Number(bulletin.id),
    issuer: bulletin.data.issuer ?? t('bulletin.issuer', { district: config.district }),
    cc: bulletin.data.cc,
  };
}

/** One bulletin in the list. */
export interface BulletinListItem {
  id: string;
  /** 第1期. */
  number: string;
  date: string;
  rectifyBy: string;
  notices: number;
}

/** The list page: every bulletin, the latest first. */
export function bulletinsPage(site: Site): { bulletins: BulletinListItem[] } {
  return {
    bulletins: site.content.bulletins.map((bulletin) => ({
      id: bulletin.id,
      number: t('bulletin.number', { number: bulletin.id }),
      date: proseDate(bulletin.data.date),
      rectifyBy: proseDate(bulletin.data.rectifyBy),
      notices: noticeUnits(bodyOf(site, bulletin)).length,
    })),
  };
}

/** A notice in a bulletin's list: the unit it goes to (why is in the 通报 itself). */
export interface NoticeLink {
  unit: string;
  name: string;
}

/** A bulletin's page. */
export interface BulletinView {
  id: string;
  /** The page title: 督查通报 第1期. */
  title: string;
  document: OfficialDocument;
  /** The .docx's path, and the name it is saved under. */
  docx: { path: string; saveAs: string };
  notices: NoticeLink[];
  /** The line above the notices: who gets one and why. */
  noticesHint: string;
  /** What the figures rest on, a paragraph each. */
  basis: string[];
}

/** The name a document is saved under: `XX区-督查通报-第1期-2022-05-20.docx`. */
function fileName(scope: string, kind: string, bulletin: BulletinEntry): string {
  return `${t('bulletin.file', { scope, kind, number: bulletin.id, date: bulletin.data.date })}.docx`;
}

/** The page of bulletin `id`. */
export function bulletinPage(site: Site, id: string): BulletinView {
  const bulletin = entryOf(site.content.bulletinById, id, 'bulletins/[number]');
  const body = bodyOf(site, bulletin);
  return {
    id,
    title: t('bulletin.page.title', { number: id }),
    document: bulletinDocument(body, bulletinHeader(bulletin), bulletinWords()),
    docx: { path: routes.bulletinDocx(id), saveAs: fileName(config.district, t('bulletin.masthead'), bulletin) },
    notices: noticeUnits(body).map((notice) => ({ unit: notice.id, name: notice.name })),
    noticesHint: body.cases === undefined ? t('bulletin.page.noticesHint') : t('cases.feed.noticesHint'),
    basis: [t('bulletin.page.basis'), ...(body.cases === undefined ? [] : [t('cases.feed.basis')])],
  };
}

/** A 督办通知's page. */
export interface NoticeView {
  bulletin: string;
  unit: string;
  title: string;
  document: OfficialDocument;
  docx: { path: string; saveAs: string };
  /** The page listing all the unit's tasks with their progress, which a long notice refers to. */
  progress: { path: string; label: string };
}

/** The 督办通知 of bulletin `id` to `unit`. */
export function noticePage(site: Site, id: string, unit: string): NoticeView {
  const bulletin = entryOf(site.content.bulletinById, id, 'bulletins/[number]/notices');
  const document = noticeDocument(bodyOf(site, bulletin), bulletinHeader(bulletin), unit, bulletinWords());
  if (document === undefined) throw new Error(`bulletins/${id}/notices: bulletin ${id} names no unit "${unit}"`);
  const name = entryOf(site.content.departmentById, unit, 'bulletins/[number]/notices').data.name;
  return {
    bulletin: id,
    unit,
    title: t('bulletin.notice.pageTitle', { unit: name, number: id }),
    document,
    docx: { path: routes.noticeDocx(id, unit), saveAs: fileName(name, t('bulletin.notice.masthead'), bulletin) },
    progress: { path: routes.unitProgress(unit), label: t('progress.tasks.title', { unit: name }) },
  };
}

/** The paths of the bulletin pages (and their .docx). */
export function bulletinPaths(site: Site): { params: { number: string } }[] {
  return site.content.bulletins.map((bulletin) => ({ params: { number: bulletin.id } }));
}

/** The paths of every notice (and its .docx): each bulletin's named units. */
export function noticePaths(site: Site): { params: { number: string; unit: string } }[] {
  return site.content.bulletins.flatMap((bulletin) =>
    noticeUnits(bodyOf(site, bulletin)).map((notice) => ({ params: { number: bulletin.id, unit: notice.id } })),
  );
}

/** The document's file properties: its title and the office and site that made it. */
function meta(document: OfficialDocument): { title: string; creator: string } {
  return { title: document.title, creator: t('bulletin.creator', { district: config.district, title: config.title }) };
}

/** Bulletin `id` as a .docx. */
export function bulletinDocx(site: Site, id: string): Promise<Uint8Array> {
  const { document } = bulletinPage(site, id);
  return officialDocx(document, meta(document));
}

/** The 督办通知 of bulletin `id` to `unit` as a .docx. */
export function noticeDocx(site: Site, id: string, unit: string): Promise<Uint8Array> {
  const { document } = noticePage(site, id, unit);
  return officialDocx(document, meta(document));
}
