/** One unit's Atom feed: the content changes that concern it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { changeFeedResponse } from '~/data/feeds';
import { loadSite } from '~/data/site';
import { routes } from '~/lib/paths';

export const getStaticPaths = (async () => (await loadSite()).departments.map((unit) => ({ params: { id: unit.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const site = await loadSite();
  const id = context.params['id']!;
  const changes = site.changesOf.get(id) ?? [];
  return changeFeedResponse(context, changes, site.department.get(id)?.data.name ?? id, routes.unit(id), routes.unitFeed(id));
};
