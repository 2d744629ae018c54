/** The responsibility matrix as an Excel workbook: a sheet as named, and one with groups expanded. */
import type { APIRoute } from 'astro';
import { config } from '~/config';
import { getSite } from '~/data/load';
import { matrixSheets } from '~/data/views/matrix';
import { matrixWorkbook } from '~/lib/matrixWorkbook';

export const GET: APIRoute = async () => {
  const bytes = await matrixWorkbook(matrixSheets(await getSite()), `${config.district}${config.title}`);
  return new Response(bytes.buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
