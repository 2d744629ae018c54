/**
 * Finds a sheet's header row and its columns by their headers, wherever they are: a unit may
 * insert a column, move one, add rows above the table or change its title. A header matches when
 * it reads the same once full-width characters and spaces are set aside (`完成 情况` is 完成情况),
 * or when it adds a note in brackets (`完成情况（选填）`); the key column only by its exact header,
 * so that a column a unit adds for its own numbering is never taken for it. A column may also go by
 * other names (`synonyms`: an older export's `清单`, another office's `承办单位`), read the same way;
 * a cell that is one column's own header is that column, even when another lists it as a synonym.
 */
import { cellAt, fold, type Row, type SheetProblem, type Table } from './table.ts';

/** A column an importer looks for. */
export interface ColumnSpec<Key extends string> {
  key: Key;
  /** The header the site writes, and the name problems give the column. */
  header: string;
  /** Other headers staff write for the same column, matched as `header` is (`清单` for `核查清单`). */
  synonyms?: readonly string[] | undefined;
  /** Only the exact header or a synonym (after folding) names this column: no note in brackets. */
  exact?: boolean;
}

/** The header row found, and where each column is. */
export interface HeaderRow<Key extends string> {
  /** The header row's position in `table.rows`. */
  at: number;
  row: Row;
  /** Column key → its position in a row's cells. */
  columns: ReadonlyMap<Key, number>;
}

/** A column's letters as Excel names it: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** How many rows from the top a header may be: a title, a subtitle, a few lines a unit added. */
export const HEADER_SEARCH_ROWS = 30;

/** True when a header cell's folded text `cell` is `header`, or (unless `exact`) `header` with a note in brackets. */
function reads(cell: string, header: string, exact: boolean | undefined): boolean {
  const folded = fold(header);
  return cell === folded || (exact !== true && cell.startsWith(`${folded}(`));
}

/** The spec a header cell's text names: by its own header first, else by a synonym; undefined for none. */
function specNamed<Key extends string>(text: string, specs: readonly ColumnSpec<Key>[]): ColumnSpec<Key> | undefined {
  const cell = fold(text);
  return specs.find((spec) => reads(cell, spec.header, spec.exact)) ?? specs.find((spec) => spec.synonyms?.some((synonym) => reads(cell, synonym, spec.exact)) === true);
}

/** The columns of `row` that name each spec (merged cells other than the first left out). */
function matches<Key extends string>(row: Row, specs: readonly ColumnSpec<Key>[]): Map<Key, number[]> {
  const found = new Map<Key, number[]>();
  row.cells.forEach((cell, index) => {
    if (cell.merged === true) return;
    const spec = specNamed(cell.text, specs);
    if (spec !== undefined) found.set(spec.key, [...(found.get(spec.key) ?? []), index]);
  });
  return found;
}

/** The result of a search: the header row, or the problem that says why none was found. */
export type HeaderSearch<Key extends string> = { ok: true; header: HeaderRow<Key> } | { ok: false; problem: SheetProblem; score: number };

/**
 * The first row near the top that has every `required` column (a row of its own otherwise:
 * `required` lists alternatives, one of each inner list must be there).
 */
export function findHeader<Key extends string>(table: Table, specs: readonly ColumnSpec<Key>[], required: readonly (readonly Key[])[]): HeaderSearch<Key> {
  const header = (key: Key) => specs.find((spec) => spec.key === key)!.header;
  let best: { row: Row; found: Map<Key, number[]> } | undefined;
  for (const [at, row] of table.rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const found = matches(row, specs);
    if (required.every((either) => either.some((key) => found.has(key)))) {
      const twice = [...found].find(([, columns]) => columns.length > 1);
      if (twice !== undefined) {
        const [key, columns] = twice;
        // Under other names (`清单` beside `核查清单`), each column's own header is said too.
        const texts = columns.map((column) => cellAt(row, column).text.trim());
        const own = texts.some((text) => fold(text) !== fold(header(key))) ? `：${texts.map((text) => `“${text}”`).join('、')}` : '';
        return { ok: false, score: found.size, problem: { row: row.line, message: `有 ${columns.length} 列都是“${header(key)}”（第 ${columns.map((column) => columnLetter(column + 1)).join('、')} 列${own}）：请删去多余的列，或给自加的列另起列名` } };
      }
      return { ok: true, header: { at, row, columns: new Map([...found].map(([key, columns]) => [key, columns[0]!])) } };
    }
    if (found.size > (best?.found.size ?? 0)) best = { row, found };
  }
  // Named by the first of each set of alternatives: the columns staff see (the key column is hidden).
  const named = (keys: readonly (readonly Key[])[]) => keys.map((either) => `“${header(either[0]!)}”`).join('和');
  if (best === undefined) {
    return { ok: false, score: 0, problem: { message: `找不到表头：前 ${HEADER_SEARCH_ROWS} 行中没有一行写着${named(required)}等列名（请用网站下载的表填写，不要改动列名）` } };
  }
  const missing = required.filter((either) => !either.some((key) => best.found.has(key)));
  return { ok: false, score: best.found.size, problem: { row: best.row.line, message: `像是表头，但缺少${named(missing)}一列（请补上这一列，列名与网站下载的表一致）` } };
}

/** The text of a row's cell in column `key`, trimmed; empty when the sheet has no such column. */
export function textIn<Key extends string>(header: HeaderRow<Key>, row: Row, key: Key): string {
  const index = header.columns.get(key);
  return index === undefined ? '' : cellAt(row, index).text.trim();
}
