/**
 * A unit's case sheet sent back filled in (./caseworkFormat.ts) read as its handling report: the
 * unit and the day (the sheet's hidden facts, 填报日期, or `--unit` and `--date`), and each row whose
 * 办理状态 is filled as a line of content/casework/<unit>/<date>.yaml. A row is its case by the
 * hidden key, else by the visible 受理编号. Rows left blank are no report. Every problem is listed.
 */
import { proseDate } from '../data/build.ts';
import { CaseworkLineSchema, CASE_TRUTHS, CONCLUDED_STATES, HANDLING_STATES, type CaseworkLine } from '../schemas/casework.ts';
import { isRealIsoDate } from '../schemas/common.ts';
import type { CaseContent } from './caseContent.ts';
import { CASEWORK_HEADERS, HANDLING_COLUMNS } from './caseworkFormat.ts';
import { dayOfText, readDay } from './dates.ts';
import { FIELDS, readFact, type SheetFacts } from './format.ts';
import { findHeader, textIn, type ColumnSpec, type HeaderRow } from './header.ts';
import { cellAt, fold, isBlankRow, type SheetProblem, type Table } from './table.ts';

type Key = keyof typeof CASEWORK_HEADERS;
const SPECS: readonly ColumnSpec<Key>[] = (Object.keys(CASEWORK_HEADERS) as Key[]).map((key) => ({ key, header: CASEWORK_HEADERS[key], exact: key === 'key' }));
/** The field of a line each handling column fills. */
const FIELD: Readonly<Record<string, Key>> = { state: 'state', verification: 'verification', truth: 'truth', handling: 'handling', accountability: 'accountability', case: 'id' };

/** What the import was told besides the file. */
export interface CaseworkOptions {
  unit?: string | undefined;
  date?: string | undefined;
  today: string;
}

/** A line read, and its row. */
export interface ImportedLine {
  row: number;
  line: CaseworkLine;
}

/** What a case sheet says, and what is wrong with it. */
export interface CaseworkSheet {
  unit?: string | undefined;
  date?: string | undefined;
  lines: ImportedLine[];
  problems: SheetProblem[];
  notes: string[];
}

/** The value of a `填报日期` line outside the table, if the rows have one. */
function filledDate(table: Table, today: string): { date: string | undefined; row: number; text: string } | undefined {
  const label = fold(FIELDS.date).replace(/[:：]$/, '');
  for (const row of table.rows) {
    const at = row.cells.findIndex((cell) => fold(cell.text).replace(/[:：]$/, '') === label);
    if (at < 0) continue;
    const cell = row.cells.slice(at + 1).find((each) => each.merged !== true && (each.text.trim() !== '' || each.number !== undefined));
    if (cell === undefined) return undefined;
    return { date: readDay(cell, today) ?? dayOfText(cell.text, today), row: row.line, text: cell.text.trim() };
  }
  return undefined;
}

/** Reads a unit's returned case sheet. */
export function readCaseworkSheet(tables: readonly Table[], content: CaseContent, options: CaseworkOptions): CaseworkSheet {
  const result: CaseworkSheet = { lines: [], problems: [], notes: [] };
  const searched = tables.map((table) => ({ table, search: findHeader(table, SPECS, [['state'], ['key', 'id']]) }));
  const found = searched.find(({ search }) => search.ok);
  if (found === undefined || !found.search.ok) {
    const failed = searched[0]?.search;
    result.problems.push(failed !== undefined && !failed.ok ? failed.problem : { message: '找不到表头：请用本单位页面下载的“交办件办理情况表”填写' });
    return result;
  }
  const { table } = found;
  const header: HeaderRow<Key> = found.search.header;
  const facts: SheetFacts = {};
  for (const [name, value] of table.facts) readFact(facts, name, value);
  const keyColumn = header.columns.get('key');
  if (keyColumn !== undefined) for (const row of table.rows.slice(0, header.at)) readFact(facts, '', cellAt(row, keyColumn).text);

  // The unit: the flag, which must agree with the sheet's.
  const units = new Set(content.departments.filter((unit) => unit.data.members === undefined).map((unit) => unit.id));
  if (options.unit !== undefined && !units.has(options.unit)) result.problems.push({ message: `--unit "${options.unit}" 不是已有的单位：请写单位 id（content/departments/ 下的文件名）` });
  else if (options.unit !== undefined && facts.unit !== undefined && facts.unit !== options.unit) result.problems.push({ message: `表中记载的单位是 ${facts.unit}，与 --unit ${options.unit} 不一致：请核对是否发错了表，或去掉 --unit` });
  else if (options.unit === undefined && facts.unit === undefined) result.problems.push({ message: '表中没有记载单位（网站下载的表里隐藏着单位和日期，重新录入的表没有）：请用 --unit 指明单位' });
  else if (options.unit === undefined && !units.has(facts.unit!)) result.problems.push({ message: `表中记载的单位编号 "${facts.unit}" 已不存在：请用 --unit 指明单位` });
  else result.unit = options.unit ?? facts.unit;

  // The date: --date, else 填报日期, else the day the sheet was downloaded.
  const filled = filledDate(table, options.today);
  if (options.date !== undefined) {
    if (isRealIsoDate(options.date)) result.date = options.date;
    else result.problems.push({ message: `--date "${options.date}" 不是日期：请写成 YYYY-MM-DD，如 --date ${options.today}` });
  } else if (filled !== undefined) {
    if (filled.date === undefined) result.problems.push({ row: filled.row, column: '填报日期', message: `"${filled.text}" 不是日期（请写成 2022年9月25日 或 2022-09-25）` });
    else if (filled.date > options.today) result.problems.push({ row: filled.row, column: '填报日期', message: `${proseDate(filled.date)} 晚于今天（${proseDate(options.today)}）：请核对，或用 --date 指明报送日期` });
    else result.date = filled.date;
  } else if (facts.date !== undefined && isRealIsoDate(facts.date)) {
    result.date = facts.date;
    result.notes.push(`表中未填填报日期，按表格的导出日期记为 ${proseDate(facts.date)} 报送；如不对，请删去写入的文件，加 --date 重新导入`);
  } else result.problems.push({ message: `表中没有填报日期：请用 --date 指明报送日期，如 --date ${options.today}` });

  const known = new Set(content.cases.flatMap((batch) => batch.data.cases.map((item) => item.id)));
  const seen = new Map<string, number>();
  for (const row of table.rows.slice(header.at + 1)) {
    if (isBlankRow(row)) continue;
    const text = (key: Key) => textIn(header, row, key);
    const problem = (key: Key, message: string) => result.problems.push({ row: row.line, column: CASEWORK_HEADERS[key], message });
    const filledIn = HANDLING_COLUMNS.some((key) => text(key) !== '');
    if (!filledIn) continue;
    const id = (text('key') || text('id')).normalize('NFKC').replace(/\s+/g, '');
    if (id === '' || !known.has(id)) {
      problem('id', id === '' ? '未填写：这一行填了办理情况，须写明受理编号' : `${id} 不是已交办的受理编号：请核对，或用网站下载的新表填写`);
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problem('id', `${id} 与第${earlier}行是同一件：请把两行合并为一行`);
      continue;
    }
    seen.set(id, row.line);
    const state = HANDLING_STATES.find((each) => fold(each) === fold(text('state')));
    if (state === undefined) {
      problem('state', text('state') === '' ? `未填写（这一行填了办理情况，须选择办理状态；可选：${HANDLING_STATES.join('、')}）` : `"${text('state')}" 不是可选值（可选：${HANDLING_STATES.join('、')}）`);
      continue;
    }
    const truth = text('truth') === '' ? undefined : CASE_TRUTHS.find((each) => fold(each) === fold(text('truth')));
    if (text('truth') !== '' && truth === undefined) {
      problem('truth', `"${text('truth')}" 不是可选值（可选：${CASE_TRUTHS.join('、')}）`);
      continue;
    }
    const words = (key: Key) => {
      const value = text(key).replace(/\r\n?/g, '\n').trim();
      return value === '' ? undefined : value;
    };
    const line = { case: id, state, verification: words('verification'), truth, handling: words('handling'), accountability: words('accountability') };
    const checked = CaseworkLineSchema.safeParse(line);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const key = FIELD[String(issue.path[0])] ?? 'state';
        problem(key, CONCLUDED_STATES.has(state) && issue.path.length === 1 && line[issue.path[0] as 'truth'] === undefined ? `未填写（办理状态为“${state}”时须填写${CASEWORK_HEADERS[key]}）` : issue.message);
      }
      continue;
    }
    result.lines.push({ row: row.line, line: checked.data });
  }
  if (result.lines.length === 0 && !result.problems.some((each) => each.row !== undefined)) result.problems.push({ message: '表中没有填写任何一件的办理情况：请单位在“办理状态”一列选择后重新发送' });
  return result;
}
