/** One unit's task sheet (任务分解表), with its part in each task. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportedTasksOf, xlsxResponse } from '~/data/exports';
import { getSite } from '~/data/load';
import { unitPaths } from '~/data/views/unit';

export const getStaticPaths = (async () => unitPaths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const id = context.params['id']!;
  return xlsxResponse(await exportedTasksOf(context, id), id);
};
