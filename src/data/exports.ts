/** The task exports, built once per build from the loaded site and shared by every endpoint. */
import type { APIContext } from 'astro';
import { config } from '~/config';
import { buildDate } from '~/data/build';
import { t } from '~/i18n/t';
import { csvDocument } from '~/lib/csv';
import { calendarEvents, calendarFile, pendingCount, sheetRows, taskExport, type CalendarEvent } from '~/lib/exports';
import { absoluteUrl } from '~/lib/paths';
import { taskWorkbook } from '~/lib/workbook';
import type { TaskExport } from '~/schemas/export';
import { paragraphOf, unitName } from './content';
import { getSite } from './load';

let cached: Promise<TaskExport[]> | undefined;

/** Every task in the export shape, in the speech's order; URLs absolute when SITE_URL is set. */
export function exportedTasks(context: APIContext): Promise<TaskExport[]> {
  cached ??= (async () => {
    const { content, relations } = await getSite();
    return content.tasks.map((task) =>
      taskExport(
        { id: task.id, ...task.data, resolved: relations.deadlines.get(task.id)!, paragraph: paragraphOf(content, task.data.source)?.id ?? null },
        (id) => unitName(content, id),
        (path) => absoluteUrl(path, context.site),
      ),
    );
  })();
  return cached;
}

let byUnit: Promise<Map<string, TaskExport[]>> | undefined;

/** The exported tasks a unit has a part in (named, or through a group), from one pass over all tasks. */
export async function exportedTasksOf(context: APIContext, unit: string): Promise<TaskExport[]> {
  byUnit ??= (async () => {
    const { relations } = await getSite();
    const map = new Map<string, TaskExport[]>();
    for (const task of await exportedTasks(context)) {
      for (const id of relations.reach.get(task.id)?.keys() ?? []) {
        const list = map.get(id);
        if (list === undefined) map.set(id, [task]);
        else list.push(task);
      }
    }
    return map;
  })();
  return (await byUnit).get(unit) ?? [];
}

const HEADERS = () => t('exports.columns').split(',');

/** tasks.csv. */
export function csvResponse(tasks: readonly TaskExport[]): Response {
  return new Response(csvDocument(sheetRows(tasks, HEADERS())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/** tasks.xlsx. */
export async function xlsxResponse(tasks: readonly TaskExport[], scope: string): Promise<Response> {
  const bytes = await taskWorkbook(sheetRows(tasks, HEADERS()), t('exports.sheet'), `${config.district}${config.title} · ${scope}`);
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
