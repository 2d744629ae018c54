/** units.json: every unit and group, its groups and its tasks, in a versioned shape. */
import type { APIRoute } from 'astro';
import { generated } from '~/data/exports';
import { getSite } from '~/data/load';
import { unitsExport } from '~/data/views/units';
import { absoluteUrl } from '~/lib/paths';

export const GET: APIRoute = async (context) => {
  const body = unitsExport(await getSite(), generated, (path) => absoluteUrl(path, context.site));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
