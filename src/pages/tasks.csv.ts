/** All tasks as CSV (UTF-8 with BOM), in the task sheet's layout. */
import type { APIRoute } from 'astro';
import { csvResponse, exportedTasks } from '~/data/exports';

export const GET: APIRoute = async (context) => csvResponse(await exportedTasks(context));
