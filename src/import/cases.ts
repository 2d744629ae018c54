/**
 * An inspection team's batch sheet (交办信访件, 第N批) read as the cases of a batch: the header
 * map, the batch number and 交办日期, and each row as a case, for `npm run import -- cases`.
 *
 * Teams' sheets differ from one office to the next, so columns are found by their usual names
 * and synonyms (受理编号 or 编号; 交办问题基本情况, 信访人反映的主要问题 or 举报内容 …), wherever they
 * are and however many title and note rows stand above them; blank rows, 合计 rows and notes below
 * the table are passed over; a cell may list several 污染类型 or units. Units, 区域, 污染类型 and
 * 来源 are matched by name (./caseNames.ts), never guessed. Every problem of every row is listed.
 */
import { cases as caseConfig } from '../config.ts';
import { proseDate } from '../data/build.ts';
import { caseDue } from '../lib/cases.ts';
import { CASE_ID_PATTERN, CaseSchema, type CaseInput } from '../schemas/case.ts';
import { isRealIsoDate } from '../schemas/common.ts';
import type { CaseContent } from './caseContent.ts';
import { matchUnit, matchWord, REGION_KINDS, splitList, unitNames, wordProblem, type UnitNames } from './caseNames.ts';
import { dayOfText, serialDay } from './dates.ts';
import { findHeader, textIn, type ColumnSpec, type HeaderRow } from './header.ts';
import { cellAt, fold, isBlankRow, type Cell, type Row, type SheetProblem, type Table } from './table.ts';

/** The columns of a batch sheet: the header the site names a column by, and what teams also write. */
export const CASE_COLUMNS = {
  id: { header: '受理编号', synonyms: ['编号', '信访件编号', '交办编号', '案件编号'] },
  summary: { header: '交办问题基本情况', synonyms: ['信访人反映的主要问题', '反映的主要问题', '举报内容', '反映问题', '信访内容', '问题描述'] },
  region: { header: '行政区域', synonyms: ['所属区域', '涉及区域', '区域', '所在区域', '属地'] },
  types: { header: '污染类型', synonyms: ['问题类型'] },
  industry: { header: '行业类别', synonyms: ['行业', '所属行业'] },
  lead: { header: '责任单位', synonyms: ['承办单位', '牵头单位', '牵头责任单位', '主办单位'] },
  assist: { header: '配合单位', synonyms: ['协办单位', '配合责任单位'] },
  source: { header: '来源', synonyms: ['信访方式', '来源方式', '交办来源'] },
  focus: { header: '重点关注', synonyms: ['是否重点', '是否重点关注', '重点件'] },
  due: { header: '办理时限', synonyms: ['办结时限', '完成时限'] },
} as const;

type Key = keyof typeof CASE_COLUMNS;

const SPECS: readonly ColumnSpec<Key>[] = (Object.keys(CASE_COLUMNS) as Key[]).map((key) => ({ key, header: CASE_COLUMNS[key].header, synonyms: CASE_COLUMNS[key].synonyms }));
/** What every batch sheet has: without these a row is no case. */
const REQUIRED: readonly (readonly Key[])[] = [['id'], ['summary'], ['region'], ['types'], ['lead'], ['source']];
/** The name a problem gives a column: as the team's sheet heads it. */
const headerOf = (header: HeaderRow<Key>, key: Key) => {
  const index = header.columns.get(key);
  return index === undefined ? CASE_COLUMNS[key].header : cellAt(header.row, index).text.replace(/\s+/g, '');
};

/** The words a 合计 row starts with, in any of its cells. */
const TOTAL = /^(合计|总计|小计|共计)/;
/** 是 for 重点关注, as teams mark it. */
const YES = new Set(['是', '√', '✓', 'Y', 'y', '1', '重点', '重点关注', '是(重点)']);
const NO = new Set(['否', '×', 'N', 'n', '0', '一般', '-']);

/** What the import was told besides the file. */
export interface CaseSheetOptions {
  /** `--batch`: the batch number. */
  batch?: number | undefined;
  /** `--date`: the batch's 交办日期, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** The day of the import, `YYYY-MM-DD`. */
  today: string;
}

/** One case read from a row, and the row it came from. */
export interface ImportedCase {
  row: number;
  data: CaseInput;
}

/** What a batch sheet says, and what is wrong with it. */
export interface CaseSheet {
  batch?: number | undefined;
  date?: string | undefined;
  /** The rows read without a problem, as cases, in the sheet's order. */
  cases: ImportedCase[];
  problems: SheetProblem[];
  /** Facts worth saying that are no problem: where the batch and date came from. */
  notes: string[];
}

const CHINESE_DIGITS = '零一二三四五六七八九';

/** A batch number as teams write it: `3`, `03`, `三`, `十二`, `二十一`; undefined for anything else. */
export function batchNumber(text: string): number | undefined {
  const plain = text.normalize('NFKC').trim();
  if (/^\d{1,4}$/.test(plain)) return Number(plain) > 0 ? Number(plain) : undefined;
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(plain.replace(/^两$/, '二'));
  if (match === null || plain === '') return undefined;
  const [, tens, ten, ones] = match;
  if (ten === undefined) return tens !== undefined && ones === undefined ? CHINESE_DIGITS.indexOf(tens) : undefined;
  return (tens === undefined ? 1 : CHINESE_DIGITS.indexOf(tens)) * 10 + (ones === undefined ? 0 : CHINESE_DIGITS.indexOf(ones));
}

/** The batch number and the date the lines above a table (a title, a note) name, with the row of each. */
function titleFacts(rows: readonly Row[], sheet: string, today: string, year: string | undefined): { batch?: { value: number; row?: number }; date?: { value: string; row: number }; undated?: { text: string; row: number } } {
  const facts: ReturnType<typeof titleFacts> = {};
  const batchIn = (text: string) => {
    const match = /第\s*([0-9０-９一二三四五六七八九十两]+)\s*批/.exec(text.normalize('NFKC'));
    return match === null ? undefined : batchNumber(match[1]!);
  };
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cell.merged === true) continue;
      const text = cell.text.normalize('NFKC');
      const batch = batchIn(text);
      if (batch !== undefined) facts.batch ??= { value: batch, row: row.line };
      if (facts.date !== undefined) continue;
      if (cell.date !== undefined) {
        facts.date = { value: cell.date, row: row.line };
        continue;
      }
      const full = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/.exec(text);
      if (full !== null) {
        const day = dayOfText(`${full[1]}年${full[2]}月${full[3]}日`, today);
        if (day !== undefined) facts.date = { value: day, row: row.line };
        continue;
      }
      const short = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
      if (short !== null) {
        const day = year === undefined ? undefined : dayOfText(`${year}年${short[1]}月${short[2]}日`, today);
        if (day !== undefined) facts.date = { value: day, row: row.line };
        else facts.undated ??= { text: short[0], row: row.line };
      }
    }
  }
  if (facts.batch === undefined) {
    const batch = batchIn(sheet);
    if (batch !== undefined) facts.batch = { value: batch };
  }
  return facts;
}

/** The first visible sheet with a batch header, or the problem. */
function pickTable(tables: readonly Table[]): { table: Table; header: HeaderRow<Key> } | { problem: SheetProblem } {
  const searched = tables.map((table) => ({ table, search: findHeader(table, SPECS, REQUIRED) }));
  const found = searched.flatMap(({ table, search }) => (search.ok ? [{ table, header: search.header }] : []));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) return { problem: { message: `有 ${found.length} 张工作表都像交办表（${found.map(({ table }) => `“${table.sheet}”`).join('、')}）：一次导入一个批次，请只保留这一批的那一张，另存后再导入` } };
  const best = searched.reduce((a, b) => ((b.search.ok ? 0 : b.search.score) > (a.search.ok ? 0 : a.search.score) ? b : a));
  const problem = (best.search as { problem: SheetProblem }).problem;
  const message = problem.message.replace('（请用网站下载的表填写，不要改动列名）', '（交办表须有受理编号、交办问题基本情况、行政区域、污染类型、责任单位、来源等列）').replace('列名与网站下载的表一致', '或把表头改为常用的列名');
  return { problem: { ...problem, message: tables.length > 1 ? `工作表“${best.table.sheet}”${message}` : message } };
}

/** A 办理时限 cell: a date (Excel's, or written), or `N天`/`N日内` after 交办; the year of `9月20日` from 交办日期. */
function readDue(cell: Cell, batchDate: string): string | undefined {
  if (cell.date !== undefined) return cell.date;
  if (cell.number !== undefined && cell.number >= 20_000 && cell.number < 80_000) return serialDay(cell.number);
  const plain = cell.text.normalize('NFKC').replace(/\s+/g, '').replace(/(之前|前)$/, '');
  const days = /^(\d{1,3})(?:个自然日|天|日)内?$/.exec(plain);
  if (days !== null) return caseDue(batchDate, undefined, Number(days[1]));
  const short = /^(\d{1,2})月(\d{1,2})日?$/.exec(plain);
  if (short !== null) {
    // The year of the batch, or the next when the day would fall before the batch (a December batch due in January).
    const year = Number(batchDate.slice(0, 4));
    const day = (y: number) => `${y}-${short[1]!.padStart(2, '0')}-${short[2]!.padStart(2, '0')}`;
    const date = day(year) >= batchDate ? day(year) : day(year + 1);
    return isRealIsoDate(date) ? date : undefined;
  }
  return dayOfText(plain, '9999-12-31');
}

/** Text as it goes into the batch: trimmed, Excel's line breaks as \n. */
function words(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** Reads one row as a case of the batch of `date`. */
function readRow(row: Row, header: HeaderRow<Key>, date: string | undefined, lookup: { units: UnitNames; regions: UnitNames }): { data?: CaseInput; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const problem = (key: Key, message: string) => problems.push({ row: row.line, column: headerOf(header, key), message });
  const text = (key: Key) => textIn(header, row, key);
  for (const key of header.columns.keys()) {
    const reason = cellAt(row, header.columns.get(key)!).unreadable;
    if (reason !== undefined) problem(key, `${reason}（请改为直接填写的文字）`);
  }
  if (problems.length > 0) return { problems };

  const id = text('id').normalize('NFKC').replace(/\s+/g, '');
  if (id === '') problem('id', '未填写：这一行有交办问题，须照督察组交办表填写受理编号');
  else if (!CASE_ID_PATTERN.test(id)) problem('id', `"${text('id')}" 不是受理编号：只能有英文字母、数字和连字符（如 D3SX202209200001），请照督察组交办表改正`);
  const summary = words(text('summary'));
  if (summary === '') problem('summary', '未填写：请照督察组交办表填写信访人反映的问题');

  const region = text('region');
  let regionId: string | undefined;
  if (region === '') problem('region', `未填写：请填写所在的街道、镇或板块（${[...lookup.regions.names.values()].join('、')}）`);
  else {
    const found = matchUnit(lookup.regions, region);
    if ('id' in found) regionId = found.id;
    else if ('id' in matchUnit(lookup.units, region)) problem('region', `“${region}”不是街道、镇或板块：请填写所在的街道、镇或板块（可选：${[...lookup.regions.names.values()].join('、')}）`);
    else problem('region', found.problem.replace('不是网站上的单位', '不是网站上的街道、镇或板块'));
  }

  const types: string[] = [];
  const typeWords = splitList(text('types'));
  if (typeWords.length === 0) problem('types', `未填写（可选：${caseConfig.pollutionTypes.join('、')}，可填多项，用“、”分开）`);
  for (const word of typeWords) {
    const type = matchWord(caseConfig.pollutionTypes, word);
    if (type === undefined) problem('types', wordProblem(caseConfig.pollutionTypes, word, '污染类型'));
    else if (!types.includes(type)) types.push(type);
  }

  const source = text('source');
  const sourceWord = matchWord(caseConfig.sources, source);
  if (source === '') problem('source', `未填写（可选：${caseConfig.sources.join('、')}）`);
  else if (sourceWord === undefined) problem('source', wordProblem(caseConfig.sources, source, '来源'));

  // 责任单位 may mark its units: `区甲局（牵头）、区乙局（配合）`; unmarked, they lead.
  const lead: string[] = [];
  const assist: string[] = [];
  const units = (key: 'lead' | 'assist') => {
    for (const part of splitList(text(key))) {
      const marked = /^(.*?)\s*[(（]\s*(牵头|配合|协办|主办)\s*[)）]$/.exec(part);
      const name = marked?.[1] ?? part;
      const into = marked === null ? (key === 'lead' ? lead : assist) : marked[2] === '配合' || marked[2] === '协办' ? assist : lead;
      const found = matchUnit(lookup.units, name);
      if (!('id' in found)) problem(key, found.problem);
      else if (lead.includes(found.id) || assist.includes(found.id)) problem(key, `“${name}”写了两次：每个单位只写一次（牵头就不再列为配合）`);
      else into.push(found.id);
    }
  };
  units('lead');
  units('assist');
  if (lead.length === 0 && !problems.some((each) => each.column === headerOf(header, 'lead'))) problem('lead', '未填写牵头的责任单位：请填写网站上的单位名称（配合单位写在“配合单位”一列，或在名称后注明“（配合）”）');

  const focusText = fold(text('focus'));
  let focus = false;
  if (YES.has(focusText)) focus = true;
  else if (focusText !== '' && !NO.has(focusText)) problem('focus', `"${text('focus')}" 不是“是”或“否”（是重点关注件的填“是”，否则留空）`);

  let due: string | undefined;
  const dueIndex = header.columns.get('due');
  const dueCell = dueIndex === undefined ? undefined : cellAt(row, dueIndex);
  if (dueCell !== undefined && (dueCell.text.trim() !== '' || dueCell.number !== undefined) && date !== undefined) {
    due = readDue(dueCell, date);
    if (due === undefined) problem('due', `"${dueCell.text.trim()}" 不是日期（请写成 2022年10月5日、10月5日 或“15天”）`);
    else if (due < date) problem('due', `${proseDate(due)} 早于交办日期 ${proseDate(date)}：请核对`);
    // The batch's own 时限 is no 时限 of the case: it follows the batch's date and the config.
    else if (due === caseDue(date, undefined, caseConfig.dueDays)) due = undefined;
  }

  const industry = words(text('industry'));
  if (problems.length > 0 || regionId === undefined || sourceWord === undefined) return { problems };
  const data: CaseInput = {
    id,
    source: sourceWord as CaseInput['source'],
    ...(focus ? { focus } : {}),
    region: regionId,
    types: types as CaseInput['types'],
    ...(industry === '' ? {} : { industry }),
    summary,
    lead,
    ...(assist.length === 0 ? {} : { assist }),
    ...(due === undefined ? {} : { due }),
  };
  // The schema's own rules (plain text, no markup) stay the one word on what a case may hold.
  const checked = CaseSchema.safeParse(data);
  if (!checked.success) {
    const column: Readonly<Record<string, Key>> = { summary: 'summary', industry: 'industry', id: 'id' };
    for (const issue of checked.error.issues) problem(column[String(issue.path[0])] ?? 'summary', issue.message);
    return { problems };
  }
  return { data, problems };
}

/** True for a row that is no case: a 合计 line, a note under the table (填表说明、备注). */
function isAside(row: Row, header: HeaderRow<Key>): boolean {
  if (row.cells.some((cell) => cell.merged !== true && TOTAL.test(fold(cell.text)))) return true;
  return textIn(header, row, 'id') === '' && textIn(header, row, 'summary') === '';
}

/** Reads the cases of a batch from a file's tables, for the batch and date the sheet and the flags give. */
export function readCaseSheet(tables: readonly Table[], content: CaseContent, options: CaseSheetOptions): CaseSheet {
  const result: CaseSheet = { cases: [], problems: [], notes: [] };
  const picked = pickTable(tables);
  if ('problem' in picked) {
    result.problems.push(picked.problem);
    return result;
  }
  const { table, header } = picked;
  const titled = titleFacts(table.rows.slice(0, header.at), table.sheet, options.today, options.date?.slice(0, 4));

  // The batch: --batch wins; else the title's 第N批.
  if (options.batch !== undefined) {
    result.batch = options.batch;
    if (titled.batch !== undefined && titled.batch.value !== options.batch) result.notes.push(`表中标题为第${titled.batch.value}批，按 --batch 记为第${options.batch}批`);
  } else if (titled.batch !== undefined) result.batch = titled.batch.value;
  else result.problems.push({ message: '表中标题没有写明第几批（如“第3批”）：请用 --batch 指明批次，如 --batch 3' });

  // The date: --date wins; else the title's or a note's date.
  if (options.date !== undefined) {
    if (!isRealIsoDate(options.date)) result.problems.push({ message: `--date "${options.date}" 不是日期：请写成 YYYY-MM-DD，如 --date ${options.today}` });
    else {
      result.date = options.date;
      if (titled.date !== undefined && titled.date.value !== options.date) result.notes.push(`表中写的交办日期为 ${proseDate(titled.date.value)}，按 --date 记为 ${proseDate(options.date)}`);
    }
  } else if (titled.date !== undefined) {
    if (titled.date.value > options.today) result.problems.push({ row: titled.date.row, message: `交办日期 ${proseDate(titled.date.value)} 晚于今天（${proseDate(options.today)}）：请核对，或用 --date 指明交办日期` });
    else result.date = titled.date.value;
  } else if (titled.undated !== undefined) {
    result.problems.push({ row: titled.undated.row, message: `表中的“${titled.undated.text}”没有年份：请用 --date 指明交办日期，如 --date ${options.today}` });
  } else result.problems.push({ message: `表中没有写明交办日期（如“2022年9月20日”）：请用 --date 指明交办日期，如 --date ${options.today}` });

  const lookup = { units: unitNames(content.departments), regions: unitNames(content.departments.filter((unit) => REGION_KINDS.has(unit.data.kind))) };
  const seen = new Map<string, number>();
  for (const row of table.rows.slice(header.at + 1)) {
    if (isBlankRow(row) || isAside(row, header)) continue;
    const read = readRow(row, header, result.date, lookup);
    const id = read.data?.id;
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) {
        result.problems.push({ row: row.line, column: headerOf(header, 'id'), message: `受理编号 ${id} 与第${first}行重复：同一件只写一行，请删去或合并` });
        continue;
      }
      seen.set(id, row.line);
    }
    result.problems.push(...read.problems);
    if (read.data !== undefined) result.cases.push({ row: row.line, data: read.data });
  }
  if (result.cases.length === 0 && !result.problems.some((problem) => problem.row !== undefined)) result.problems.push({ message: '表头下面没有任何交办件：请核对是否发来了这一批的交办表' });
  return result;
}
