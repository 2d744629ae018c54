/** One unit's task sheet (任务分解表). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { unitTasks, xlsxResponse } from '~/data/exports';
import { loadSite } from '~/data/site';

export const getStaticPaths = (async () => (await loadSite()).departments.map((unit) => ({ params: { id: unit.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const id = context.params['id']!;
  return xlsxResponse(await unitTasks(context, id), (await loadSite()).department.get(id)?.data.name ?? id);
};
