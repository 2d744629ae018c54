/**
 * A unit's 任务分解表 as the site serves it, opened with exceljs the way a unit's Excel opens it,
 * and the helpers a test needs to fill it in as a unit would: find a column by its header and a
 * row by its task's title, then save the workbook back to bytes.
 */
import ExcelJS from 'exceljs';
import { exportTasks, tasksByUnit, taskSheet } from '~/data/views/exports';
import type { Site } from '~/data/site';
import { sheetWorkbook } from '~/lib/workbook';

/** The day the sheets are downloaded. */
export const SHEET_DATE = '2022-05-16';
/** The day of the imports: a date without a year falls on or before it. */
export const TODAY = '2022-05-25';

/** The sheets written, per site, unit and date: each test opens its own copy. */
const written = new WeakMap<Site, Map<string, Promise<Uint8Array>>>();

/** Unit `unit`'s sheet as the site serves it, downloaded on `date`. */
export function unitSheetBytes(site: Site, unit: string, date = SHEET_DATE): Promise<Uint8Array> {
  const bySite = written.get(site) ?? new Map<string, Promise<Uint8Array>>();
  written.set(site, bySite);
  const key = `${unit} ${date}`;
  if (!bySite.has(key)) {
    const tasks = tasksByUnit(site, exportTasks(site, (path) => `https://duban.example.invalid/ducha/${path}`)).get(unit) ?? [];
    bySite.set(key, sheetWorkbook(taskSheet(site, tasks, { unit, date })));
  }
  return bySite.get(key)!;
}

/** Unit `unit`'s sheet, downloaded on `date`, as a workbook to fill in. */
export async function unitWorkbook(site: Site, unit: string, date = SHEET_DATE): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await unitSheetBytes(site, unit, date)).slice().buffer);
  return workbook;
}

/** The one visible sheet. */
export const sheetOf = (workbook: ExcelJS.Workbook) => workbook.worksheets.find((sheet) => sheet.state === 'visible')!;

/** The column whose header (in any of the first rows) is `header`. */
export function column(sheet: ExcelJS.Worksheet, header: string): number {
  for (let row = 1; row <= 10; row += 1) {
    const values = sheet.getRow(row).values as unknown[];
    const index = values.findIndex((value) => value === header);
    if (index > 0) return index;
  }
  throw new Error(`no column ${header}`);
}

/** The row of the task titled `title` (its title cell is a link when the site's address is known). */
export function row(sheet: ExcelJS.Worksheet, title: string): number {
  const taskColumn = column(sheet, '任务');
  for (let line = 1; line <= sheet.rowCount; line += 1) {
    const value = sheet.getCell(line, taskColumn).value;
    if (value === title || (typeof value === 'object' && value !== null && 'text' in value && value.text === title)) return line;
  }
  throw new Error(`no row ${title}`);
}

/** Sets the cells of a task's row by header: `{ 完成情况: '推进中', 进展情况: '…' }`. */
export function fill(sheet: ExcelJS.Worksheet, title: string, cells: Record<string, ExcelJS.CellValue>): void {
  const line = row(sheet, title);
  for (const [header, value] of Object.entries(cells)) sheet.getCell(line, column(sheet, header)).value = value;
}

/** The workbook as the bytes of the file a unit sends back. */
export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A CSV file's bytes: UTF-8 with a byte-order mark (the site's exports), or as given. */
export function csvBytes(lines: readonly string[], encoding: 'utf8-bom' | 'gbk' = 'utf8-bom'): Uint8Array {
  const text = `${lines.join('\r\n')}\r\n`;
  if (encoding === 'utf8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
  return gbk(text);
}

/** GBK bytes of a text of ASCII and the few Chinese characters the tests use (Node encodes no GBK itself). */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  // Every two-byte GBK code, decoded once: the inverse of the decoder is the encoder.
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return new Uint8Array([...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (table.get(char) ?? [0x3f]))));
}
