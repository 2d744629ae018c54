/** A 督办通知 as a Word file, in the layout of GB/T 9704. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '~/data/load';
import { noticeDocx, noticePaths } from '~/data/views/bulletin';
import { DOCX_TYPE } from '~/lib/officialDocx';

export const getStaticPaths = (async () => noticePaths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const bytes = await noticeDocx(await getSite(), context.params['number']!, context.params['unit']!);
  return new Response(bytes.buffer as ArrayBuffer, { headers: { 'Content-Type': DOCX_TYPE } });
};
