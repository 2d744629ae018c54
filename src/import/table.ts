/**
 * What every importer reads: a sheet as rows of cells, whatever file it came from (an Excel
 * workbook, ./xlsx.ts; a CSV, ./csv.ts), each row with the number staff see beside it in Excel
 * (or the line of the CSV), and the problems found, one line each, in the editor's words.
 */

/** One cell, as text, with what Excel stored when it was no plain text. */
export interface Cell {
  /** The text shown: a formula's last computed value, a date as `YYYY-MM-DD`, a number in digits. */
  text: string;
  /** Excel stored a number (a date typed into Excel is one: its serial, days since 1899-12-30). */
  number?: number | undefined;
  /** Excel stored a date: `YYYY-MM-DD`. */
  date?: string | undefined;
  /** What keeps the cell from being read (a formula never computed, an error value such as #N/A). */
  unreadable?: string | undefined;
  /** The cell is covered by a merge that starts in another cell: Excel shows the first cell's value across it. */
  merged?: boolean | undefined;
}

/** One row of a sheet. */
export interface Row {
  /** The row number Excel shows, or the CSV's line: what a problem names. */
  line: number;
  cells: readonly Cell[];
}

/** One sheet of a file. */
export interface Table {
  /** The worksheet's name; empty for a CSV. */
  sheet: string;
  rows: readonly Row[];
  /** Facts kept in a hidden sheet of the same workbook: label → value. */
  facts: ReadonlyMap<string, string>;
}

/** A problem with an imported file: the row and column it is in (when it is in one), and the fix. */
export interface SheetProblem {
  /** The row number, as `Row.line`. */
  row?: number | undefined;
  /** The column's header, as the file has it. */
  column?: string | undefined;
  /** What is wrong and how to put it right, in Chinese. */
  message: string;
}

/** One line per problem: `区住建局-任务分解表.xlsx 第7行 完成情况："完成了" 不是可选值（…）`. */
export function formatSheetProblem(file: string, problem: SheetProblem): string {
  const where = [file, ...(problem.row === undefined ? [] : [`第${problem.row}行`]), ...(problem.column === undefined ? [] : [problem.column])];
  return `${where.join(' ')}：${problem.message}`;
}

/** Problems in the order of the file: rows top to bottom, the file's own first. */
export function sortSheetProblems(problems: readonly SheetProblem[]): SheetProblem[] {
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** A blank cell. */
export const BLANK: Cell = Object.freeze({ text: '' });

/** The cell at `index` of a row, blank past its end. */
export function cellAt(row: Row, index: number): Cell {
  return row.cells[index] ?? BLANK;
}

/** True when a row holds no text at all (a spacer a unit added, or the end of a sheet). */
export function isBlankRow(row: Row): boolean {
  return row.cells.every((cell) => cell.text.trim() === '' && cell.unreadable === undefined);
}

/**
 * Text compared as staff mean it: full-width letters and digits as ASCII (NFKC), no spaces or
 * line breaks anywhere. For headers, choices and titles; never applied to what is written back.
 */
export function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
