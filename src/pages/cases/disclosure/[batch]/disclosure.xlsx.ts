/** A batch's disclosure table as an Excel sheet. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '~/data/load';
import { disclosurePaths, disclosureSheet } from '~/data/views/disclosure';
import { sheetWorkbook } from '~/lib/workbook';

export const getStaticPaths = (async () => disclosurePaths(await getSite())) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const bytes = await sheetWorkbook(disclosureSheet(await getSite(), context.params['batch']!));
  return new Response(bytes.buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
