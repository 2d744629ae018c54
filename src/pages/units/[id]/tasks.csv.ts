/** One unit's tasks as CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvResponse, exportedTasksOf } from '~/data/exports';
import { getSite } from '~/data/load';
import { unitPaths } from '~/data/views/unit';

export const getStaticPaths = (async () => unitPaths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => csvResponse(await exportedTasksOf(context, context.params['id']!));
