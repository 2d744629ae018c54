/** One unit's tasks as CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvResponse, unitTasks } from '~/data/exports';
import { loadSite } from '~/data/site';

export const getStaticPaths = (async () => (await loadSite()).departments.map((unit) => ({ params: { id: unit.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => csvResponse(await unitTasks(context, context.params['id']!));
