/** All tasks as the Excel task sheet (任务分解表). */
import type { APIRoute } from 'astro';
import { exportedTasks, xlsxResponse } from '~/data/exports';

export const GET: APIRoute = async (context) => xlsxResponse(await exportedTasks(context));
