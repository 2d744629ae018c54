/** One unit's case sheet (交办件办理情况表): its petition cases, the handling columns to fill in. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDate } from '~/data/build';
import { getSite } from '~/data/load';
import { caseSheet } from '~/data/views/caseSheet';
import { unitPaths } from '~/data/views/unit';
import { sheetWorkbook } from '~/lib/workbook';

export const getStaticPaths = (async () => unitPaths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const bytes = await sheetWorkbook(caseSheet(await getSite(), context.params['id']!, buildDate));
  return new Response(bytes.buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
