/**
 * Writes a table as an Excel sheet laid out like the paper forms district offices file: a merged
 * title row, a merged subtitle row, the column headers, then one bordered row per line; A4
 * landscape, fitted to the page's width, the column headers repeated on every printed page, the
 * title in the page header from page 2 on, and page numbers in the footer. Cells are text or
 * numbers, never formulas. A sheet meant to come back filled in (a unit's 任务分解表) can also
 * have drop-down lists, hidden columns, lines under the table to fill in, and a hidden sheet:
 * what src/import/ reads back. Uses exceljs's streaming writer: the per-unit sheets add up to many
 * times the tasks in rows, and streaming writes them markedly faster (npm run bench:exports).
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/** A cell: text, a number (序号), text that opens a page (absolute addresses only), or blank. */
export type SheetCell = string | number | { text: string; link: string } | null;

/** One column: its header, its width in characters (a Chinese character counts two), and how it lines up. */
export interface SheetColumn {
  header: string;
  width: number;
  align?: 'left' | 'center';
  /**
   * The only values its cells may take, offered as a drop-down list (Excel's data validation),
   * and what Excel says when something else is typed.
   */
  choices?: { values: readonly string[]; message: string };
  /**
   * A column Excel hides: what a sheet must carry back to the site (a row's key) without staff
   * seeing it. Its cells in the title and subtitle rows hold `marks`, outside their merge.
   */
  hidden?: { marks: readonly [string, string] };
}

/** A line under the table for the filler to complete by hand: a label and a blank bordered cell. */
export interface SheetField {
  label: string;
}

/** Everything one sheet shows. */
export interface Sheet {
  /** The tab's name; Excel allows 31 characters. */
  name: string;
  /** The merged first row, and the page header of every page after the first. */
  title: string;
  /** The merged second row: where the table comes from and when it was made. */
  subtitle: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly SheetCell[])[];
  /** The workbook's author property. */
  creator: string;
  /** The page footer; `&P` and `&N` are the page number and the page count. */
  footer: string;
  /** Lines under the table to fill in by hand (填报日期). */
  fields?: readonly SheetField[];
  /** A second sheet Excel hides from view entirely (name, then rows of text): facts for a program, not for staff. */
  hiddenSheet?: { name: string; rows: readonly (readonly string[])[] };
}

/** The row of the column headers, 1-based: after the title and the subtitle. */
export const HEADER_ROW = 3;

const FONT = '宋体';
const TITLE_FONT = '黑体';
const thin = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
/** Excel's own hyperlink colour, underlined: still legible in black-and-white print. */
const LINK_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 10, color: { argb: 'FF0563C1' }, underline: true };

/** Text as Excel stores it: line breaks as \n (XML would turn \r\n into \n anyway). */
const text = (value: string) => value.replace(/\r\n?/g, '\n');

/** Points per line of 10-point text, and above and below a row's text. */
const LINE = 14;
const PADDING = 4;
/** Excel's tallest row, in points; a taller one makes it report the file as damaged. */
const MAX_HEIGHT = 409;

/** How wide a text is in column-width units: a Chinese or full-width character is two, others one. */
function units(line: string): number {
  let width = 0;
  for (const char of line) width += char.codePointAt(0)! > 0x2e7f ? 2 : 1;
  return width;
}

/**
 * The height that shows every line of the row's wrapped cells. Excel and LibreOffice keep a row
 * without a height at one line when they open a file, so the text would print cut off.
 */
export function rowHeight(cells: readonly SheetCell[], columns: readonly SheetColumn[]): number {
  let lines = 1;
  cells.forEach((cell, index) => {
    if (cell === null || typeof cell === 'number') return;
    // A cell is about a character narrower than its width, for its margins.
    const room = Math.max(1, columns[index]!.width - 1);
    const value = typeof cell === 'string' ? cell : cell.text;
    const count = text(value).split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(units(line) / room)), 0);
    lines = Math.max(lines, count);
  });
  return Math.min(MAX_HEIGHT, lines * LINE + PADDING);
}

/** The column of a field's blank cell: its label spans the columns before it (序号 and 任务, wide enough). */
const FIELD_VALUE_COLUMN = 3;

/** A header or footer text with its `&` codes kept and every other `&` escaped. */
const headerText = (value: string) => value.replace(/&(?![PN])/g, '&&');

/** The workbook as bytes. */
export async function sheetWorkbook(sheet: Sheet): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = sheet.creator;
  const header = `&C&"${TITLE_FONT}"&12${headerText(sheet.title)}`;
  const footer = `&C&"${FONT}"&9${headerText(sheet.footer)}`;
  const writer = workbook.addWorksheet(sheet.name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    // Page 1 has the title row; the pages after it name the table in their header.
    headerFooter: { differentFirst: true, firstFooter: footer, oddHeader: header, oddFooter: footer },
  });
  writer.columns = sheet.columns.map(({ width, hidden }) => ({ width, hidden: hidden !== undefined }));
  const last = sheet.columns.length;
  // The title and subtitle span the columns staff see; a hidden column keeps its own cells there.
  const shown = sheet.columns.flatMap((column, index) => (column.hidden === undefined ? [index + 1] : []));
  const lastShown = shown.at(-1) ?? last;
  // One style object per column, shared by its cells: exceljs registers a style once per object,
  // so sharing spares it re-serialising the same style for every cell (npm run bench:exports).
  const body = sheet.columns.map(({ align = 'left' }): Partial<ExcelJS.Style> => ({
    font: { name: FONT, size: 10 },
    border: BORDER,
    alignment: { vertical: 'top', horizontal: align, wrapText: true },
  }));
  const linked = body.map((style): Partial<ExcelJS.Style> => ({ ...style, font: LINK_FONT }));
  // A drop-down list per column that has choices; exceljs joins the cells' equal lists into one range.
  const lists = sheet.columns.map(({ choices }): ExcelJS.DataValidation | undefined =>
    choices === undefined
      ? undefined
      : {
          type: 'list',
          allowBlank: true,
          // Excel's list of literal choices: one quoted formula, comma-separated.
          formulae: [`"${choices.values.join(',')}"`],
          showInputMessage: true,
          prompt: choices.message,
          showErrorMessage: true,
          errorStyle: 'stop',
          error: choices.message,
        },
  );

  /** The marks of the hidden columns on line `line` (0 the title, 1 the subtitle), beside its first cell. */
  const marked = (first: string, line: 0 | 1) => sheet.columns.map((column, index) => (index === 0 ? first : (column.hidden?.marks[line] ?? null)));
  const title = writer.addRow(marked(sheet.title, 0));
  title.height = 30;
  title.getCell(1).style = { font: { name: TITLE_FONT, size: 16, bold: true }, alignment: { vertical: 'middle', horizontal: 'center' } };
  writer.mergeCells(1, 1, 1, lastShown);
  title.commit();

  const subtitle = writer.addRow(marked(sheet.subtitle, 1));
  // Across the merged width: many source meetings may need more than one line.
  const mergedWidth = shown.reduce((sum, index) => sum + sheet.columns[index - 1]!.width, 0);
  subtitle.height = Math.max(20, rowHeight([sheet.subtitle], [{ header: '', width: mergedWidth }]));
  subtitle.getCell(1).style = { font: { name: FONT, size: 10 }, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } };
  writer.mergeCells(2, 1, 2, lastShown);
  subtitle.commit();

  const headers = writer.addRow(sheet.columns.map((column) => column.header));
  headers.height = 24;
  for (let column = 1; column <= last; column += 1) {
    headers.getCell(column).style = {
      font: { name: FONT, size: 10, bold: true },
      border: BORDER,
      alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } },
    };
  }
  headers.commit();

  for (const cells of sheet.rows) {
    const row = writer.addRow(cells.map((cell) => (cell === null || typeof cell === 'number' ? cell : typeof cell === 'string' ? text(cell) : { text: text(cell.text), hyperlink: cell.link })));
    row.height = rowHeight(cells, sheet.columns);
    // Blank cells get their style too, so that the columns a unit fills in by hand have borders.
    for (let column = 1; column <= last; column += 1) {
      const value = cells[column - 1];
      row.getCell(column).style = (typeof value === 'object' && value !== null ? linked : body)[column - 1]!;
      const list = lists[column - 1];
      if (list !== undefined) row.getCell(column).dataValidation = list;
    }
    row.commit();
  }
  const lastRow = HEADER_ROW + sheet.rows.length;
  (sheet.fields ?? []).forEach((field, index) => {
    // A blank line between the table and the lines to fill in, as on a paper form.
    const at = lastRow + 2 + index;
    const row = writer.getRow(at);
    row.getCell(1).value = field.label;
    row.getCell(1).style = { font: { name: FONT, size: 10, bold: true }, alignment: { vertical: 'middle', horizontal: 'right' } };
    writer.mergeCells(at, 1, at, FIELD_VALUE_COLUMN - 1);
    row.getCell(FIELD_VALUE_COLUMN).style = { font: { name: FONT, size: 10 }, border: BORDER, alignment: { vertical: 'middle', horizontal: 'left' } };
    row.height = 24;
    row.commit();
  });
  writer.commit();
  if (sheet.hiddenSheet !== undefined) {
    // "veryHidden": not even listed under Excel's 取消隐藏, so a unit cannot unhide and edit it by accident.
    const facts = workbook.addWorksheet(sheet.hiddenSheet.name.slice(0, 31), { state: 'veryHidden' });
    for (const cells of sheet.hiddenSheet.rows) facts.addRow([...cells]).commit();
    facts.commit();
  }
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
