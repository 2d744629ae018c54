/** The task exports, built once per build from the loaded site and shared by every endpoint. */
import type { APIContext } from 'astro';
import { config } from '~/config';
import { buildDate } from '~/data/build';
import { t } from '~/i18n/t';
import { csvDocument } from '~/lib/csv';
import { calendarEvents, calendarFile, pendingCount, sheetRows, type CalendarEvent } from '~/lib/exports';
import { absoluteUrl } from '~/lib/paths';
import { sheetWorkbook } from '~/lib/workbook';
import type { TaskExport } from '~/schemas/export';
import { getSite } from './load';
import { exportTasks, tasksByUnit, taskSheet } from './views/exports';

let cached: Promise<TaskExport[]> | undefined;

/** Every task in the export shape, in the speech's order; URLs absolute when SITE_URL is set. */
export function exportedTasks(context: APIContext): Promise<TaskExport[]> {
  cached ??= getSite().then((site) => exportTasks(site, (path) => absoluteUrl(path, context.site)));
  return cached;
}

let byUnit: Promise<Map<string, TaskExport[]>> | undefined;

/** The exported tasks a unit has a part in (named, or through a group), from one pass over all tasks. */
export async function exportedTasksOf(context: APIContext, unit: string): Promise<TaskExport[]> {
  byUnit ??= Promise.all([getSite(), exportedTasks(context)]).then(([site, tasks]) => tasksByUnit(site, tasks));
  return (await byUnit).get(unit) ?? [];
}

const HEADERS = () => t('exports.columns').split(',');

/** tasks.csv: one header row and one row per task, for other systems (ISO dates, status, page address). */
export function csvResponse(tasks: readonly TaskExport[]): Response {
  return new Response(csvDocument(sheetRows(tasks, HEADERS())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/** tasks.xlsx: the 任务分解表 of all tasks, or of `unit` (with its part in each task). */
export async function xlsxResponse(tasks: readonly TaskExport[], unit?: string): Promise<Response> {
  const bytes = await sheetWorkbook(taskSheet(await getSite(), tasks, { unit, date: buildDate }));
  return new Response(bytes.buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}

let events: Promise<Map<string, CalendarEvent>> | undefined;

/** calendar.ics: events are built once per build and shared by every unit's calendar. */
export async function icsResponse(context: APIContext, tasks: readonly TaskExport[], scope: string): Promise<Response> {
  events ??= exportedTasks(context).then((all) =>
    calendarEvents(all, { name: '', lead: t('exports.calendar.lead'), deadline: t('exports.calendar.deadline'), reminder: t('exports.calendar.reminder') }),
  );
  const pending = pendingCount(tasks);
  const description = pending > 0 ? t('exports.calendar.pending', { count: pending }) : undefined;
  const body = calendarFile(tasks, await events, `${config.district}${config.title} · ${scope}`, description);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** The build date, for the JSON exports' `generated`. */
export const generated = buildDate;
