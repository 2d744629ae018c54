/** A batch's disclosure table as a Word file, A4 landscape. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '~/data/load';
import { disclosureDocx, disclosurePaths } from '~/data/views/disclosure';
import { DOCX_TYPE } from '~/lib/officialDocx';

export const getStaticPaths = (async () => disclosurePaths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const bytes = await disclosureDocx(await getSite(), context.params['batch']!);
  return new Response(bytes.buffer as ArrayBuffer, { headers: { 'Content-Type': DOCX_TYPE } });
};
