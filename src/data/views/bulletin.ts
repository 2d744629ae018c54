/**
 * The 督查通报 pages: the list of bulletins, each bulletin as an A4 公文 with its .docx, and the
 * 督办通知 to each unit it names, with theirs. The documents are made by src/lib/bulletin.ts from
 * a `BulletinBody`; this module supplies the body's figures (`bulletinBodyFor`), the words from
 * the string table, and the paths.
 */
import { config } from '../../config.ts';
import { t } from '../../i18n/t.ts';
import { bulletinDocument, noticeDocument, noticeUnits, type BulletinBody, type BulletinHeader, type BulletinWords, type OverdueTask, type UnitProgress } from '../../lib/bulletin.ts';
import { dueState } from '../../lib/dueState.ts';
import { officialDocx, type OfficialDocument } from '../../lib/officialDocx.ts';
import { routes } from '../../lib/paths.ts';
import type { Role } from '../../schemas/responsibility.ts';
import type { TaskStatus } from '../../schemas/taskStatus.ts';
import { proseDate } from '../build.ts';
import { entryOf } from '../content.ts';
import type { BulletinEntry } from '../entries.ts';
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
    noticeAlso: t('bulletin.notice.also'),
    noticeUnreportedSince: t('bulletin.notice.unreportedSince'),
    noticeUnreportedNever: t('bulletin.notice.unreportedNever'),
    noticeRectify: t('bulletin.notice.rectify'),
    listJoin: t('bulletin.listJoin'),
    clauseJoin: t('bulletin.clauseJoin'),
    date: proseDate,
  };
}

/** The roles that carry a task out, and so answer for its progress: 督办, 问责 and 审核 watch it. */
const CARRYING_ROLES: ReadonlySet<Role> = new Set<Role>(['牵头', '配合']);

/** Where a task's status puts it in the table (长期坚持 never closes: it is always 推进中). */
const COLUMN: Record<TaskStatus, keyof Pick<UnitProgress, 'signedOff' | 'awaitingSignOff' | 'inProgress' | 'notStarted'>> = {
  已销号: 'signedOff',
  已完成: 'awaitingSignOff',
  进行中: 'inProgress',
  长期坚持: 'inProgress',
  未开始: 'notStarted',
};

/**
 * The figures of `bulletin`, from what the site holds today: every unit that carries out a task
 * (牵头 or 配合, named or through a group), its tasks counted by the task's status, and a task
 * overdue when its deadline fell before the bulletin's date and it is not done. Units' reports
 * (交账) are not collected yet, so no unit has a last report and the body says nothing about
 * reporting (`unreported` is undefined). Tasks of meetings held after the bulletin are left out.
 *
 * This is the one place the figures come from: once reports and sign-offs are content, its inside
 * becomes the per-unit state as of the bulletin's date, and every page and file follows.
 */
export function bulletinBodyFor(site: Site, bulletin: BulletinEntry): BulletinBody {
  const { content, relations } = site;
  const { date } = bulletin.data;
  const counted = content.tasks.filter((task) => {
    const held = content.meetingById.get(task.data.source.meeting)?.data.date ?? null;
    return held === null || held <= date;
  });
  const rows = new Map<string, UnitProgress>();
  const overdue = new Map<string, OverdueTask[]>();
  // Rows in the district's order: kind by kind, each by name.
  const order = content.departmentsByKind.flatMap(([, units]) => units.filter((unit) => unit.data.members === undefined));
  const isUnit = new Set(order.map((unit) => unit.id));
  let tasks = 0;
  for (const task of counted) {
    const units = [...(relations.reach.get(task.id) ?? [])].filter(([unit, role]) => isUnit.has(unit) && CARRYING_ROLES.has(role)).map(([unit]) => unit);
    if (units.length === 0) continue;
    tasks += 1;
    const due = relations.deadlines.get(task.id)?.date ?? null;
    const late = due !== null && dueState(due, date, task.data.status) === 'overdue' ? { title: task.data.title, deadline: task.data.deadline.text } : undefined;
    for (const unit of units) {
      const row = rows.get(unit) ?? { id: unit, name: entryOf(content.departmentById, unit, 'bulletin').data.name, signedOff: 0, awaitingSignOff: 0, inProgress: 0, notStarted: 0, overdue: 0, lastReport: null };
      row[COLUMN[task.data.status]] += 1;
      if (late !== undefined) {
        row.overdue += 1;
        const list = overdue.get(unit);
        if (list === undefined) overdue.set(unit, [late]);
        else list.push(late);
      }
      rows.set(unit, row);
    }
  }
  const ordered = order.flatMap((unit) => rows.get(unit.id) ?? []);
  return {
    date,
    rectifyBy: bulletin.data.rectifyBy,
    tasks,
    rows: ordered,
    overdue: ordered.flatMap((row) => {
      const late = overdue.get(row.id);
      return late === undefined ? [] : [{ id: row.id, name: row.name, tasks: late }];
    }),
    unreported: undefined,
    remarks: bulletin.data.remarks,
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
  };
}

/** A 督办通知's page. */
export interface NoticeView {
  bulletin: string;
  unit: string;
  title: string;
  document: OfficialDocument;
  docx: { path: string; saveAs: string };
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
