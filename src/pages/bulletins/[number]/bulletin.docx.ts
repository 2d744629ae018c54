/** A 督查通报 as a Word file, in the layout of GB/T 9704. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '~/data/load';
import { bulletinDocx, bulletinPaths } from '~/data/views/bulletin';
import { DOCX_TYPE } from '~/lib/officialDocx';

export const getStaticPaths = (async () => bulletinPaths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const bytes = await bulletinDocx(await getSite(), context.params['number']!);
  return new Response(bytes.buffer as ArrayBuffer, { headers: { 'Content-Type': DOCX_TYPE } });
};
