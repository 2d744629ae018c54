/** The 进度总览 as an Excel sheet: each unit's counts, last report and 未报送, as of the build's date. */
import type { APIRoute } from 'astro';
import { buildDate } from '~/data/build';
import { getSite } from '~/data/load';
import { progressSheet } from '~/data/views/progress';
import { sheetWorkbook } from '~/lib/workbook';

export const GET: APIRoute = async () => {
  const bytes = await sheetWorkbook(progressSheet(await getSite(), buildDate));
  return new Response(bytes.buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
