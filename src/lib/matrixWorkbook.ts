/**
 * The responsibility matrix as an Excel workbook: one sheet per view (as the speech names units;
 * with groups expanded into their members), 序号 as a number, tasks down, units across, the role
 * word in each cell. Written like the task sheet (src/lib/workbook.ts): exceljs's streaming writer,
 * text cells never read as formulas, header frozen and repeated on every printed page, A4
 * landscape; thin borders so the printed grid reads as a 责任分工表. A heading row (a meeting's
 * title) spans the whole width, bold on a light fill, so the tasks below it read as its own.
 * Every row gets the height its text needs: Excel and LibreOffice keep a row without one at a
 * single line, and a wrapped task or a unit name read top to bottom would print cut off.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { rowHeight } from './workbook.ts';

/** A row of a sheet: a task's (序号 first), or a heading over the tasks that follow it. */
export type MatrixSheetRow = readonly [number, ...string[]] | { heading: string };

/** One sheet: its name, the header row, and its rows. */
export interface MatrixSheet {
  name: string;
  header: readonly string[];
  rows: readonly MatrixSheetRow[];
}

/** Widths in characters: 序号, 任务, then every unit column. */
const NUMBER_WIDTH = 6;
const TASK_WIDTH = 40;
const UNIT_WIDTH = 6;

/** Points per character of a unit name read top to bottom, and around it. */
const VERTICAL_CHAR = 15;
const VERTICAL_PADDING = 10;

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** A light grey that prints as a tint and keeps black text readable. */
const HEADING_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } } as const;

/** The workbook as bytes; `creator` names the site in the file's properties. */
export async function matrixWorkbook(sheets: readonly MatrixSheet[], creator: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = creator;
  for (const { name, header, rows } of sheets) {
    const sheet = workbook.addWorksheet(name.slice(0, 31), {
      views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    });
    const widths = header.map((_, index) => ({ header: '', width: index === 0 ? NUMBER_WIDTH : index === 1 ? TASK_WIDTH : UNIT_WIDTH }));
    sheet.columns = widths.map(({ width }, index) => ({
      width,
      style: { alignment: { vertical: 'middle', horizontal: index === 1 ? 'left' : 'center', wrapText: true }, border: BORDER },
    }));
    const head = sheet.addRow([...header]);
    head.font = { bold: true };
    head.height = Math.max(...header.slice(2).map((name) => [...name].length), 1) * VERTICAL_CHAR + VERTICAL_PADDING;
    // Unit names read top to bottom, as on the page, so forty columns fit across A4.
    head.eachCell((cell, column) => {
      if (column > 2) cell.alignment = { textRotation: 'vertical', horizontal: 'center', vertical: 'bottom' };
    });
    head.commit();
    for (const row of rows) {
      if ('heading' in row) {
        const added = sheet.addRow([row.heading]);
        added.height = rowHeight([row.heading], [{ header: '', width: widths.reduce((sum, { width }) => sum + width, 0) }]);
        // Merged before the row is committed: the streaming writer cannot touch it afterwards.
        sheet.mergeCells(added.number, 1, added.number, header.length);
        const cell = added.getCell(1);
        cell.font = { bold: true };
        cell.fill = HEADING_FILL;
        cell.alignment = { vertical: 'middle', horizontal: 'left' };
        added.commit();
      } else {
        const added = sheet.addRow([...row]);
        added.height = rowHeight(row, widths);
        added.commit();
      }
    }
    sheet.commit();
  }
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
