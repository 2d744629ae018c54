/** One unit's Atom feed: the content changes that concern it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { unitName } from '~/data/content';
import { changeFeedResponse } from '~/data/feeds';
import { getSite } from '~/data/load';
import { unitPaths } from '~/data/views/unit';
import { routes } from '~/lib/paths';

export const getStaticPaths = (async () => unitPaths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const { content, history } = await getSite();
  const id = context.params['id']!;
  return changeFeedResponse(context, history.changesByUnit.get(id) ?? [], unitName(content, id), routes.unit(id), routes.unitFeed(id));
};
