/** One unit's case sheet (交办件办理情况表): its petition cases, the handling columns to fill in. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDate } from '~/data/build';
import { getSite } from '~/data/load';
import { caseSheet } from '~/data/views/caseSheet';
import { sheetWorkbook } from '~/lib/workbook';

// Only for the units that have cases: a sheet with no row to fill in is nothing to send a unit.
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.content.departments.flatMap((unit) => {
    const { lead, assist } = site.cases.forUnit(unit.id);
    return lead.length + assist.length === 0 ? [] : [{ params: { id: unit.id } }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const bytes = await sheetWorkbook(caseSheet(await getSite(), context.params['id']!, buildDate));
  return new Response(bytes.buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
