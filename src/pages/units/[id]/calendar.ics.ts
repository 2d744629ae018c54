/** One unit's dated deadlines as an iCalendar file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { unitName } from '~/data/content';
import { exportedTasksOf, icsResponse } from '~/data/exports';
import { getSite } from '~/data/load';
import { unitPaths } from '~/data/views/unit';

export const getStaticPaths = (async () => unitPaths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const id = context.params['id']!;
  return icsResponse(context, await exportedTasksOf(context, id), unitName((await getSite()).content, id));
};
