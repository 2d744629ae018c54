/**
 * Task rows for every export (Excel, CSV, calendar, JSON), built once from the content so all of
 * them say the same thing. Pure: the caller supplies unit names and page URLs.
 */
import ICAL from 'ical.js';
import type { Deadline } from '../schemas/deadline.ts';
import type { TaskExport } from '../schemas/export.ts';
import type { Role } from '../schemas/responsibility.ts';
import { addDays } from './dates.ts';
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
  /** The meeting `source.meeting` names: its title, and its date (`YYYY-MM-DD`) when the record gives one. */
  meeting: { title: string; date: string | null };
}

/** A task in the export shape; `name` gives a unit's name, `url` a page's address. */
export function taskExport(task: ExportSource, name: (unit: string) => string, url: (path: string) => string): TaskExport {
  const unit = (id: string) => ({ id, name: name(id) });
  const deadline: TaskExport['deadline'] = { kind: task.deadline.kind, text: task.deadline.text, date: task.resolved.date, inferred: task.resolved.inferred };
  if (task.deadline.kind === 'milestone') deadline.milestone = task.deadline.milestone;
  return {
    id: task.id,
    title: task.title,
    meeting: { id: task.source.meeting, title: task.meeting.title, date: task.meeting.date },
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
 * The rows of the task sheet, in the layout units use: 序号, 会议, 会议日期, 任务, 牵头单位, 配合单位,
 * 完成时限, 时限日期, 状态, 销号要求, 依据, 链接 — the meeting first, as the office sorts by it.
 * `headers` come from the string table.
 */
export function sheetRows(tasks: readonly TaskExport[], headers: readonly string[]): string[][] {
  const names = (units: readonly { name: string }[]) => units.map((unit) => unit.name).join('、');
  return [
    [...headers],
    ...tasks.map((task, index) => [
      String(index + 1),
      task.meeting.title,
      task.meeting.date ?? '',
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

/** A calendar event as jCal (RFC 7265): data that ical.js writes into any number of calendars. */
export type CalendarEvent = readonly unknown[];

/** Line breaks in a text value as `\n` alone, which iCalendar escapes; a bare return would end the line. */
const icalText = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * The calendar event of each task whose deadline has a confirmed date — an all-day event with a
 * reminder at 09:00 the day before, its UID the task id so a re-import updates instead of
 * duplicating. A date whose year is only inferred is left out (`pendingCount` counts them): a
 * reminder on a guessed day is a false alarm. Built once; unit calendars reuse the events. Written with ical.js, not `ics`: `ics` validates every
 * event in every calendar, and the unit calendars repeat the events many times over.
 */
export function calendarEvents(tasks: readonly TaskExport[], words: CalendarWords): Map<string, CalendarEvent> {
  // One DTSTAMP for the build, so an event reads the same in every calendar that holds it.
  const stamp = ICAL.Time.fromJSDate(new Date(), true);
  const reminder = ICAL.Duration.fromData({ hours: 15, isNegative: true });
  const events = new Map<string, CalendarEvent>();
  for (const task of tasks) {
    if (task.deadline.date === null || task.deadline.inferred) continue;
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', `${task.id}@duban`);
    event.addPropertyWithValue('summary', icalText(task.title));
    event.addPropertyWithValue('dtstamp', stamp);
    event.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(task.deadline.date));
    event.addPropertyWithValue('dtend', ICAL.Time.fromDateString(addDays(task.deadline.date, 1)));
    event.addPropertyWithValue('description', icalText(`${words.lead}${task.lead.map((unit) => unit.name).join('、')}\n${words.deadline}${task.deadline.text}\n${task.url}`));
    // iCalendar wants an absolute URL; without SITE_URL the link stays in the description.
    if (/^https?:\/\//.test(task.url)) event.addPropertyWithValue('url', task.url);
    event.addPropertyWithValue('status', 'CONFIRMED');
    const alarm = new ICAL.Component('valarm');
    alarm.addPropertyWithValue('action', 'DISPLAY');
    alarm.addPropertyWithValue('description', icalText(`${words.reminder}${task.title}`));
    alarm.addPropertyWithValue('trigger', reminder);
    event.addSubcomponent(alarm);
    events.set(task.id, event.toJSON());
  }
  return events;
}

/** How many of `tasks` have a date that waits for confirmation, and so no calendar event. */
export function pendingCount(tasks: readonly TaskExport[]): number {
  return tasks.filter((task) => task.deadline.date !== null && task.deadline.inferred).length;
}

/**
 * A calendar file holding the given events (from `calendarEvents`); tasks without one are left
 * out. `description`, when given, says what is left out and why (X-WR-CALDESC).
 */
export function calendarFile(tasks: readonly TaskExport[], events: ReadonlyMap<string, CalendarEvent>, name: string, description?: string): string {
  const vevents = tasks.map((task) => events.get(task.id)).filter((event) => event !== undefined);
  const header = [
    ['version', {}, 'text', '2.0'],
    ['calscale', {}, 'text', 'GREGORIAN'],
    ['prodid', {}, 'text', 'duban'],
    ['method', {}, 'text', 'PUBLISH'],
    // Extensions are written as given (ical.js knows no type for them): the name on one line.
    ['x-wr-calname', {}, 'unknown', name.replace(/\s*[\r\n]+\s*/g, ' ')],
    ['x-published-ttl', {}, 'unknown', 'PT1H'],
    ...(description === undefined ? [] : [['x-wr-caldesc', {}, 'unknown', description.replace(/\s*[\r\n]+\s*/g, ' ')]]),
  ];
  const calendar = new ICAL.Component(['vcalendar', header, vevents]);
  return `${calendar.toString()}\r\n`;
}

/** A calendar for `tasks` in one call (builds the events, then the file). */
export function calendar(tasks: readonly TaskExport[], words: CalendarWords): string {
  return calendarFile(tasks, calendarEvents(tasks, words), words.name);
}
