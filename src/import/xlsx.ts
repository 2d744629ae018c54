/**
 * An Excel workbook (.xlsx) as tables (./table.ts): each visible worksheet with its rows as Excel
 * numbers them, the facts of the hidden facts sheet (./format.ts), every cell as the text Excel
 * shows. A formula is read as the value Excel last computed, a date as `YYYY-MM-DD` (with its
 * serial), rich text and links as their text, a merged area as its first cell's value in every
 * cell it covers. Read with exceljs, which the exports write with.
 */
import ExcelJS from 'exceljs';
import { FACTS_SHEET } from './format.ts';
import type { Cell, Row, Table } from './table.ts';

/** More rows than any unit's sheet has (a district's 10,000 tasks reach no unit whole): a wrong file. */
export const MAX_ROWS = 5000;
/** More columns than a sheet to fill in has, by far. */
export const MAX_COLUMNS = 200;

/** Excel's day 0 for the 1900 date system, as a UTC time. */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** A date cell's day, `YYYY-MM-DD`. exceljs gives dates as UTC midnights (plus the time of day, if any). */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The text of a cell value exceljs gives, as far as it is text; a formula's last value in its place. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: String(value), number: value };
  if (typeof value === 'boolean') return { text: value ? '是' : '否' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: '', unreadable: '日期无效' };
    return { text: isoDay(value), date: isoDay(value), number: (value.getTime() - EPOCH) / DAY };
  }
  if ('error' in value) return { text: '', unreadable: `单元格显示错误值 ${value.error}` };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined) return { text: '', unreadable: '是公式，但文件里没有它的计算结果' };
    // The result of a formula is a value of the same kinds (an error value included).
    return cellOf(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return cellOf(value.text as ExcelJS.CellValue);
  return { text: '' };
}

/** One worksheet's rows, every cell read, each row numbered as Excel shows it. */
function rowsOf(sheet: ExcelJS.Worksheet): Row[] {
  const rows: Row[] = [];
  const width = Math.min(sheet.columnCount, MAX_COLUMNS);
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= width; column += 1) {
      const cell = row.getCell(column);
      const read = cellOf(cell.value);
      cells.push(cell.isMerged && cell.master.address !== cell.address ? { ...read, merged: true } : read);
    }
    rows.push({ line, cells });
  });
  return rows;
}

/** The facts of a hidden facts sheet: its first two columns as label and value. */
function factsOf(sheet: ExcelJS.Worksheet): Map<string, string> {
  const facts = new Map<string, string>();
  sheet.eachRow((row) => {
    const label = cellOf(row.getCell(1).value).text.trim();
    if (label !== '') facts.set(label, cellOf(row.getCell(2).value).text.trim());
  });
  return facts;
}

/** The outcome of reading a workbook: its visible sheets, or why it cannot be read. */
export type WorkbookRead = { ok: true; tables: Table[] } | { ok: false; message: string };

/** Reads a workbook's bytes (a zip already, see ./file.ts). */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    return { ok: false, message: `无法作为 Excel 表打开（${error instanceof Error ? error.message : String(error)}）：请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（.xlsx）”后再导入` };
  }
  const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible' || sheet.state === undefined);
  const factSheet = workbook.worksheets.find((sheet) => sheet.state !== 'visible' && sheet.name === FACTS_SHEET);
  const facts = factSheet === undefined ? new Map<string, string>() : factsOf(factSheet);
  if (visible.length === 0) return { ok: false, message: '工作簿里没有可见的工作表：请在 Excel 中取消隐藏任务分解表后另存，再导入' };
  const tall = visible.find((sheet) => sheet.actualRowCount > MAX_ROWS);
  if (tall !== undefined) {
    return { ok: false, message: `工作表“${tall.name}”有 ${tall.actualRowCount} 行，超过上限 ${MAX_ROWS} 行：任务分解表每项任务一行，请确认发来的是本单位的任务分解表，并删去表格下方多余的行` };
  }
  return { ok: true, tables: visible.map((sheet) => ({ sheet: sheet.name, rows: rowsOf(sheet), facts })) };
}
