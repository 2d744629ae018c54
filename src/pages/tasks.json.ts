/** tasks.json: every task in a versioned shape (see tasks.schema.json). */
import type { APIRoute } from 'astro';
import { exportedTasks, generated } from '~/data/exports';
import { EXPORT_VERSION, type TasksExport } from '~/schemas/export';

export const GET: APIRoute = async (context) => {
  const body: TasksExport = { version: EXPORT_VERSION, generated, tasks: await exportedTasks(context) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
