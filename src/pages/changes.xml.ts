/** The site-wide Atom feed of content changes. */
import type { APIRoute } from 'astro';
import { changeFeedResponse } from '~/data/feeds';
import { getSite } from '~/data/load';
import { routes } from '~/lib/paths';

export const GET: APIRoute = async (context) => changeFeedResponse(context, (await getSite()).history.changes, '', routes.changes(), routes.changesFeed());
