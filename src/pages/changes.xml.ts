/** The site-wide Atom feed of content changes. */
import type { APIRoute } from 'astro';
import { changeFeedResponse } from '~/data/feeds';
import { loadSite } from '~/data/site';
import { routes } from '~/lib/paths';

export const GET: APIRoute = async (context) => changeFeedResponse(context, (await loadSite()).changes, '', routes.changes(), routes.changesFeed());
