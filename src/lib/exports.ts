/**
 * Task rows for every export (Excel, CSV, calendar, JSON), built once from the content so all of
 * them say the same thing. Pure: the caller supplies unit names and page URLs.
 */
import * as ics from 'ics';
import type { Deadline } from '../schemas/deadline.ts';
import type { TaskExport } from '../schemas/export.ts';
import type { Role } from '../schemas/responsibility.ts';
import type { ResolvedDeadline } from './deadline.ts';
import { routes } from './paths.ts';
import { leadUnits, supportUnits } from './units.ts';

/** What an export needs to know of a task. */
export interface ExportSource {
  id: string;
  title: string;
  directive: string;
  status: string;
  responsibilities: readonly { unit: string; role: Role; who?: string | undefined }[];
  deadline: Deadline;
  resolved: ResolvedDeadline;
  acceptance: string;
  source: { meeting: string; quote: string };
  /** The transcript paragraph the quote is in. */
  paragraph: string | null;
}

/** A task in the export shape; `name` gives a unit's name, `url` a page's address. */
export function taskExport(task: ExportSource, name: (unit: string) => string, url: (path: string) => string): TaskExport {
  const unit = (id: string) => ({ id, name: name(id) });
  const deadline: TaskExport['deadline'] = { kind: task.deadline.kind, text: task.deadline.text, date: task.resolved.date, inferred: task.resolved.inferred };
  if (task.deadline.kind === 'milestone') deadline.milestone = task.deadline.milestone;
  return {
    id: task.id,
    title: task.title,
    directive: task.directive,
    status: task.status,
    responsibilities: task.responsibilities.map(({ unit: id, role, who }) => (who === undefined ? { unit: id, role } : { unit: id, role, who })),
    lead: leadUnits(task).map(unit),
    support: supportUnits(task).map(unit),
    deadline,
    acceptance: task.acceptance,
    source: { meeting: task.source.meeting, quote: task.source.quote, paragraph: task.paragraph },
    url: url(routes.task(task.id)),
  };
}

/**
 * The rows of the task sheet, in the layout units use: 序号, 任务, 牵头单位, 配合单位, 完成时限,
 * 时限日期, 状态, 销号要求, 依据, 链接. `headers` come from the string table.
 */
export function sheetRows(tasks: readonly TaskExport[], headers: readonly string[]): string[][] {
  const names = (units: readonly { name: string }[]) => units.map((unit) => unit.name).join('、');
  return [
    [...headers],
    ...tasks.map((task, index) => [
      String(index + 1),
      task.title,
      names(task.lead),
      names(task.support),
      task.deadline.text,
      task.deadline.date ?? '',
      task.status,
      task.acceptance,
      task.source.quote,
      task.url,
    ]),
  ];
}

/** Words for calendar entries. */
export interface CalendarWords {
  name: string;
  lead: string;
  deadline: string;
  reminder: string;
}

/**
 * The calendar event of each task whose deadline has a date — an all-day event with a reminder at
 * 09:00 the day before, its UID the task id so a re-import updates instead of duplicating — as
 * iCalendar text written by the `ics` library. Built once; unit calendars reuse the events.
 */
export function calendarEvents(tasks: readonly TaskExport[], words: CalendarWords): Map<string, string> {
  const events = new Map<string, string>();
  for (const task of tasks) {
    if (task.deadline.date === null) continue;
    const [year, month, day] = task.deadline.date.split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(year, month - 1, day + 1));
    const { error, value } = ics.createEvent({
      uid: `${task.id}@duban`,
      start: [year, month, day],
      end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
      title: task.title,
      description: `${words.lead}${task.lead.map((unit) => unit.name).join('、')}\n${words.deadline}${task.deadline.text}\n${task.url}`,
      // iCalendar wants an absolute URL; without SITE_URL the link stays in the description.
      ...(/^https?:\/\//.test(task.url) ? { url: task.url } : {}),
      status: 'CONFIRMED',
      alarms: [{ action: 'display', description: `${words.reminder}${task.title}`, trigger: { hours: 15, before: true } }],
    });
    if (error !== null || value === null) throw new Error(`日历生成失败（任务 ${task.id}）：${error?.message ?? ''}`);
    events.set(task.id, value.slice(value.indexOf('BEGIN:VEVENT'), value.indexOf('END:VCALENDAR')));
  }
  return events;
}

/** A calendar file holding the given events (from `calendarEvents`); tasks without one are left out. */
export function calendarFile(tasks: readonly TaskExport[], events: ReadonlyMap<string, string>, name: string): string {
  const { error, value } = ics.createEvents([], { productId: 'duban', calName: name });
  if (error !== null || value === null) throw new Error(`日历生成失败：${error?.message ?? ''}`);
  const end = value.indexOf('END:VCALENDAR');
  return `${value.slice(0, end)}${tasks.map((task) => events.get(task.id) ?? '').join('')}${value.slice(end)}`;
}

/** A calendar for `tasks` in one call (builds the events, then the file). */
export function calendar(tasks: readonly TaskExport[], words: CalendarWords): string {
  return calendarFile(tasks, calendarEvents(tasks, words), words.name);
}
