/**
 * What the export endpoints serve (tasks.xlsx, tasks.csv, calendar.ics, tasks.json, for all tasks
 * and for each unit), computed from the site index. Pure; src/data/exports.ts caches it per build.
 *
 * The Excel 任务分解表 of all tasks or of one unit, as a district office would draw it up: a title
 * naming the district and the unit, the meetings it comes from and the export date, each task with
 * its meeting (first, so that the office can sort and filter by it; on every sheet, one meeting or
 * several, so that sheets of different dates line up), its units, time limit, source sentence and
 * what closes it, then four blank columns the unit fills in by hand (责任领导, 责任人, 完成情况, 备注). A unit's sheet also says its part in each task:
 * 牵头, 配合 and the other roles, or 作为成员单位落实 when the task reaches it through a group; and
 * it is made to come back as the unit's report (src/import/format.ts): 完成情况 as a list,
 * 进展情况, 存在问题, 下步打算, a hidden key per row, the unit and the date, 填报日期.
 */
import { config } from '../../config.ts';
import { t } from '../../i18n/t.ts';
import type { Sheet, SheetCell, SheetColumn } from '../../lib/workbook.ts';
import { taskExport } from '../../lib/exports.ts';
import { LEAD_ROLE, NO_ASSIGNMENTS, type Assignment } from '../../lib/units.ts';
import type { TaskExport } from '../../schemas/export.ts';
import { REPORT_STATES } from '../../schemas/reportState.ts';
import { ADDED_COLUMNS, factMarks, factRows, FACTS_SHEET, FIELDS, HEADERS, STATE_CHOICES } from '../../import/format.ts';
import { paragraphOf, unitName } from '../content.ts';
import type { Site } from '../site.ts';
import { proseDate } from '../build.ts';
import { meetingLabel } from './meetings.ts';

/** Every task in the export shape, in the speech's order; `url` makes a page's address. */
export function exportTasks(site: Site, url: (path: string) => string): TaskExport[] {
  const { content, relations } = site;
  return content.tasks.map((task) =>
    taskExport(
      { id: task.id, ...task.data, status: site.progress.status(task.id), resolved: relations.deadlines.get(task.id)!, paragraph: paragraphOf(content, task.data.source)?.id ?? null, meeting: meetingLabel(content, task.data.source.meeting) },
      (id) => unitName(content, id),
      url,
    ),
  );
}

/**
 * Unit id → the tasks it has a part in (named, or through a group), from one pass over all tasks
 * (exported ones, or anything with a task's id), in the order given: a unit's sheet's 序号.
 */
export function tasksByUnit<T extends { id: string }>(site: Site, tasks: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const task of tasks) {
    for (const id of site.relations.reach.get(task.id)?.keys() ?? []) {
      const list = map.get(id);
      if (list === undefined) map.set(id, [task]);
      else list.push(task);
    }
  }
  return map;
}

/** Widths in characters (a Chinese character counts two), in the order of `exports.sheet.columns`. */
const WIDTHS = [6, 28, 16, 18, 12, 34, 28, 10, 10, 18, 10];
/** Columns lined up in the middle: 序号 and 完成时限. */
const CENTRED = new Set([0, 4]);
/** Where 会议 goes: after 序号. */
const MEETING_AT = 1;
/** Width of 会议: a speech's title on three lines, its date on a fourth. */
const MEETING_WIDTH = 16;
/** Where 本单位角色 goes on a unit's sheet: after 会议 and 任务. */
const ROLE_AT = 3;
/** Blank cells for 责任领导, 责任人, 完成情况 and 备注. */
const TO_FILL: SheetCell[] = [null, null, null, null];

/** What the sheet needs besides the tasks. */
export interface TaskSheetOptions {
  /** A unit's sheet; the district's when absent. */
  unit?: string | undefined;
  /** The export date, `YYYY-MM-DD`. */
  date: string;
}

/** The columns: headers from the string table, 会议 after 序号, 本单位角色 only on a unit's sheet. */
function columns(forUnit: boolean): SheetColumn[] {
  const list: SheetColumn[] = t('exports.sheet.columns')
    .split(',')
    .map((header, index) => ({ header, width: WIDTHS[index]!, align: CENTRED.has(index) ? 'center' : 'left' }));
  list.splice(MEETING_AT, 0, { header: t('taskMeeting.column'), width: MEETING_WIDTH });
  if (forUnit) list.splice(ROLE_AT, 0, { header: t('exports.sheet.role'), width: 14 });
  return list;
}

/** Widths of the columns a unit's sheet adds after 完成情况 (进展情况, 存在问题, 下步打算). */
const ADDED_WIDTHS = [30, 18, 18];

/**
 * A unit's sheet as it must come back (src/import/format.ts): 完成情况 as a drop-down list of the
 * report states, the blank columns 进展情况, 存在问题 and 下步打算 after it, and the hidden key
 * column, its cells in the title rows holding the unit and the date. Found by header, not by
 * position, so that other columns may come and go.
 */
function reportColumns(list: readonly SheetColumn[], unit: string, date: string): { columns: SheetColumn[]; stateAt: number } {
  const stateAt = list.findIndex((column) => column.header === HEADERS.state);
  const columns = list.map((column, index) => (index === stateAt ? { ...column, choices: { values: REPORT_STATES, message: STATE_CHOICES } } : column));
  columns.splice(stateAt + 1, 0, ...ADDED_COLUMNS.map((header, index) => ({ header, width: ADDED_WIDTHS[index]! })));
  columns.push({ header: HEADERS.key, width: 16, hidden: { marks: factMarks(unit, date) } });
  return { columns, stateAt };
}

/** A unit's part in a task, in the glossary's words; who in it must act on a second line. */
function roleText(site: Site, assignment: Assignment | undefined): string {
  if (assignment === undefined) return '';
  const role = assignment.via === undefined ? assignment.role : t('exports.sheet.member', { group: unitName(site.content, assignment.via) });
  return assignment.who === undefined ? role : `${role}\n${t('task.whoActs', { who: assignment.who })}`;
}

/** A task's meeting in its cell: the title, and its date in prose on a second line when the record gives one. */
function meetingText(task: TaskExport): string {
  return task.meeting.date === null ? task.meeting.title : `${task.meeting.title}\n${proseDate(task.meeting.date)}`;
}

/** The units in other roles than 牵头, each followed by its role unless it is 配合. */
function supportText(task: TaskExport): string {
  const names = new Map([...task.lead, ...task.support].map((unit) => [unit.id, unit.name]));
  return task.responsibilities
    .filter((line) => line.role !== LEAD_ROLE)
    .map((line) => (line.role === '配合' ? names.get(line.unit) : `${names.get(line.unit)}（${line.role}）`))
    .join('、');
}

/** The sheet of `tasks` (all tasks, or those of `options.unit`), in the order given. */
export function taskSheet(site: Site, tasks: readonly TaskExport[], options: TaskSheetOptions): Sheet {
  const { unit, date } = options;
  const district = config.district;
  const title = unit === undefined ? t('exports.sheet.title', { district }) : t('exports.sheet.titleUnit', { district, unit: unitName(site.content, unit) });
  // The meetings the tasks come from; an empty sheet still names what it would be drawn from.
  const meetingIds = tasks.length > 0 ? [...new Set(tasks.map((task) => task.source.meeting))] : site.content.meetings.map((meeting) => meeting.id);
  const meetings = meetingIds.map((id) => site.content.meetingById.get(id)?.data.title ?? id);
  const roles = new Map<string, Assignment>();
  if (unit !== undefined) {
    const { lead, support, viaGroup } = site.relations.assignments.get(unit) ?? NO_ASSIGNMENTS;
    for (const assignment of [...viaGroup, ...support, ...lead]) roles.set(assignment.taskId, assignment);
  }
  const names = (units: readonly { name: string }[]) => units.map((entry) => entry.name).join('、');
  const base = columns(unit !== undefined);
  const report = unit === undefined ? undefined : reportColumns(base, unit, date);
  return {
    name: t('exports.sheet'),
    title,
    subtitle: t('exports.sheet.subtitle', { meeting: meetings.join('、'), date: proseDate(date) }),
    columns: report?.columns ?? base,
    rows: tasks.map((task, index) => {
      // Excel opens only absolute addresses; without SITE_URL the title stays plain text.
      const titleCell: SheetCell = /^https?:\/\//.test(task.url) ? { text: task.title, link: task.url } : task.title;
      const cells: SheetCell[] = [index + 1, titleCell, names(task.lead), supportText(task), task.deadline.text, task.source.quote, task.acceptance, ...TO_FILL];
      cells.splice(MEETING_AT, 0, meetingText(task));
      if (unit !== undefined) cells.splice(ROLE_AT, 0, roleText(site, roles.get(task.id)));
      if (report !== undefined) {
        cells.splice(report.stateAt + 1, 0, ...ADDED_COLUMNS.map(() => null));
        cells.push(task.id);
      }
      return cells;
    }),
    creator: `${district}${config.title}`,
    footer: t('exports.sheet.page', { page: '&P', pages: '&N' }),
    ...(unit === undefined ? {} : { fields: [{ label: FIELDS.date }], hiddenSheet: { name: FACTS_SHEET, rows: factRows(unit, date) } }),
  };
}

/** The name a download is saved under: `区住建局-任务分解表-2026-11-29.xlsx`; the district's without a unit. */
export function sheetFileName(site: Site, unit: string | undefined, date: string, extension: 'xlsx' | 'csv'): string {
  const scope = unit === undefined ? config.district : unitName(site.content, unit);
  return `${t('exports.file', { scope, date })}.${extension}`;
}
