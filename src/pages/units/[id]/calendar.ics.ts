/** One unit's dated deadlines as an iCalendar file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { icsResponse, unitTasks } from '~/data/exports';
import { loadSite } from '~/data/site';

export const getStaticPaths = (async () => (await loadSite()).departments.map((unit) => ({ params: { id: unit.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const id = context.params['id']!;
  return icsResponse(context, await unitTasks(context, id), (await loadSite()).department.get(id)?.data.name ?? id);
};
