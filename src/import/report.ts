/**
 * A unit's filled-in 任务分解表 (or the 报送 page's CSV) read as its report: the header map, the
 * row parser and the row-level problems of `npm run import -- report`.
 *
 * Each row is mapped to its task by the hidden key (./format.ts), else by the task page's address
 * (the 报送 page's 链接 column), else by the task's title, exactly as the site writes it (full-width
 * characters and spaces aside); when two of the unit's tasks share a title, 序号 tells them apart.
 * Nothing is guessed: a title that matches no task is a problem naming the nearest one. A row the
 * unit left blank is no report on its task. Every problem of every row is listed, at once.
 */
import { unitName } from '../data/content.ts';
import type { Site } from '../data/site.ts';
import { tasksByUnit } from '../data/views/exports.ts';
import { REPORTING_ROLES } from '../lib/progress.ts';
import { ReportTaskSchema } from '../schemas/report.ts';
import { REPORT_STATES, STATES_NEEDING_PROGRESS, type ReportState } from '../schemas/reportState.ts';
import { closest } from '../schemas/suggest.ts';
import { dayOfText, readDay } from './dates.ts';
import { FIELDS, HEADER_SYNONYMS, HEADERS, readFact, taskOfLink, type SheetFacts } from './format.ts';
import { findHeader, textIn, type ColumnSpec, type HeaderRow } from './header.ts';
import type { ImportedTask } from './reportFile.ts';
import { resolveDate, resolveUnit, type ScopeFlags } from './scope.ts';
import { cellAt, fold, isBlankRow, type Cell, type Row, type SheetProblem, type Table } from './table.ts';

type Key = keyof typeof HEADERS;

const SPECS: readonly ColumnSpec<Key>[] = (Object.keys(HEADERS) as Key[]).map((key) => ({ key, header: HEADERS[key], synonyms: HEADER_SYNONYMS[key], exact: key === 'key' }));
/** A report sheet has 完成情况, and a way to know each row's task. */
const REQUIRED: readonly (readonly Key[])[] = [['state'], ['task', 'key', 'link']];
/** The columns holding the unit's words, in the format's order. */
const WORDS = ['state', 'progress', 'problems', 'nextSteps', 'reporter'] as const;
/** The report's field of each column that the schema may find fault with. */
const FIELD_COLUMN: Readonly<Record<string, Key>> = { state: 'state', progress: 'progress', problems: 'problems', nextSteps: 'nextSteps', task: 'task' };

/** What the import was told besides the file. */
export interface SheetImportOptions extends ScopeFlags {
  /** The day of the import, `YYYY-MM-DD`: a day written without its year is the latest such day up to it. */
  today: string;
}

/** What a sheet says, and what is wrong with it. */
export interface SheetImport {
  unit?: string | undefined;
  date?: string | undefined;
  /** The rows read without a problem, as tasks of the report. */
  tasks: ImportedTask[];
  /** 责任人, every name the rows give, in order. */
  reporter?: string | undefined;
  /** The unit's tasks whose rows were left blank. */
  unfilled: string[];
  problems: SheetProblem[];
  /** Facts worth saying that are no problem: where the date came from. */
  notes: string[];
}

/** The label of a line outside the table, without its colon: `填报日期`. */
const label = (text: string) => fold(text).replace(/[:：]$/, '');

/** A label as a pattern: its characters with any spaces between, then a colon or none. */
const labelPattern = (field: string) => new RegExp(`^\\s*${[...label(field)].join('\\s*')}\\s*[:：]?\\s*`);

/** A line outside the table (`填报日期：5月20日`, or the label and the value in two cells): its value cell. */
function fieldValue(row: Row, field: string): { cell: Cell } | undefined {
  const pattern = labelPattern(field);
  for (const [index, cell] of row.cells.entries()) {
    const match = cell.merged === true ? null : pattern.exec(cell.text.normalize('NFKC'));
    if (match === null) continue;
    const rest = cell.text.normalize('NFKC').slice(match[0].length).trim();
    if (rest !== '') return { cell: { text: rest } };
    // The value is the next cell with anything in it: not the label again (a merge Excel undid, leaving copies).
    const next = row.cells.slice(index + 1).find((each) => (each.text.trim() !== '' || each.number !== undefined) && each.merged !== true && each.text.normalize('NFKC').replace(pattern, '') !== '');
    return { cell: next ?? { text: '' } };
  }
  return undefined;
}

/** The first visible sheet with a header, or the problem. */
function pickTable(tables: readonly Table[]): { table: Table; header: HeaderRow<Key> } | { problem: SheetProblem } {
  const searched = tables.map((table) => ({ table, search: findHeader(table, SPECS, REQUIRED) }));
  const found = searched.flatMap(({ table, search }) => (search.ok ? [{ table, header: search.header }] : []));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) return { problem: { message: `有 ${found.length} 张工作表都像任务分解表（${found.map(({ table }) => `“${table.sheet}”`).join('、')}）：请只保留本单位这一次报送的那一张，另存后再导入` } };
  const best = searched.reduce((a, b) => ((b.search.ok ? 0 : b.search.score) > (a.search.ok ? 0 : a.search.score) ? b : a));
  const problem = (best.search as { problem: SheetProblem }).problem;
  return { problem: tables.length > 1 ? { ...problem, message: `工作表“${best.table.sheet}”${problem.message}` } : problem };
}

/** The task a row is about, or the problem that says why it is not known. */
interface Identified {
  task?: string;
  problem?: SheetProblem;
}

/** What identifies rows in this sheet: the site, the unit (when known) and its tasks in their sheet order. */
interface Lookup {
  site: Site;
  unit: string | undefined;
  order: readonly string[];
  /** Folded title → the unit's tasks (all tasks when the unit is not known) with that title. */
  byTitle: ReadonlyMap<string, readonly string[]>;
}

function identify(lookup: Lookup, header: HeaderRow<Key>, row: Row): Identified {
  const { site, unit } = lookup;
  const key = textIn(header, row, 'key');
  if (key !== '') {
    return site.content.taskById.has(key) ? { task: key } : { problem: { row: row.line, column: HEADERS.task, message: `隐藏的编号 "${key}" 不是现有任务（任务可能已撤销或改了编号）：请删去这一行，或用网站下载的新表重新填写` } };
  }
  const link = textIn(header, row, 'link');
  const linked = link === '' ? undefined : taskOfLink(link);
  if (linked !== undefined && site.content.taskById.has(linked)) return { task: linked };
  const title = textIn(header, row, 'task');
  if (title === '') {
    const message = link === '' ? '未填写（这一行填了完成情况等，须写明是哪一项任务：请填写与网站上一致的任务名称）' : `链接“${link}”不是现有任务的网址，这一行也没有任务名称：请填写与网站上一致的任务名称`;
    return { problem: { row: row.line, column: HEADERS.task, message } };
  }
  const candidates = lookup.byTitle.get(fold(title)) ?? [];
  if (candidates.length === 1) return { task: candidates[0]! };
  if (candidates.length > 1) {
    const position = Number(fold(textIn(header, row, 'number'))) - 1;
    const byNumber = lookup.order[position];
    if (byNumber !== undefined && candidates.includes(byNumber)) return { task: byNumber };
    return { problem: { row: row.line, column: HEADERS.task, message: `本单位有 ${candidates.length} 项任务都叫“${title}”，无法确定是哪一项：请保留网站下载的表中的序号，或用新下载的表填写` } };
  }
  const elsewhere = site.content.tasks.find((task) => fold(task.data.title) === fold(title));
  if (elsewhere !== undefined && unit !== undefined) return { task: elsewhere.id };
  const near = closest(title, [...lookup.byTitle.values()].flat().map((id) => site.content.taskById.get(id)!.data.title));
  const hint = near === undefined ? '请改为网站上的任务名称，或用网站下载的表重新填写' : `是否指“${near}”？请改为网站上的任务名称`;
  return { problem: { row: row.line, column: HEADERS.task, message: `“${title}”与${unit === undefined ? '网站上' : `${unitName(site.content, unit)}承担`}的任务名称都不一致（${hint}）` } };
}

/** A state as the unit wrote it, or the problem (the brief's exact wording: `"完成了" 不是可选值（可选：…）`). */
function readState(text: string, line: number): { state?: ReportState; problem?: SheetProblem } {
  const state = REPORT_STATES.find((each) => fold(each) === fold(text));
  if (state !== undefined) return { state };
  const choices = REPORT_STATES.join('、');
  if (fold(text) === '已销号') return { problem: { row: line, column: HEADERS.state, message: `"${text}" 须由办公室确认，单位不能填写（已完成的请选“申请销号”；可选：${choices}）` } };
  return { problem: { row: line, column: HEADERS.state, message: `"${text}" 不是可选值（可选：${choices}）` } };
}

/** Text as it goes into the report: trimmed, Excel's line breaks as \n; undefined when empty. */
function words(text: string): string | undefined {
  const value = text.replace(/\r\n?/g, '\n').trim();
  return value === '' ? undefined : value;
}

/** Reads a report from a file's tables, for the unit and date the file and the flags give. */
export function importReportSheet(tables: readonly Table[], site: Site, options: SheetImportOptions): SheetImport {
  const result: SheetImport = { tasks: [], unfilled: [], problems: [], notes: [] };
  const picked = pickTable(tables);
  if ('problem' in picked) {
    result.problems.push(picked.problem);
    return result;
  }
  const { table, header } = picked;
  const below = table.rows.slice(header.at + 1);

  // The facts: the hidden sheet's, else the key column's marks above the header.
  const facts: SheetFacts = {};
  for (const [name, value] of table.facts) readFact(facts, name, value);
  const keyColumn = header.columns.get('key');
  if (keyColumn !== undefined) for (const row of table.rows.slice(0, header.at)) readFact(facts, '', cellAt(row, keyColumn).text);

  // Lines outside the table: 填报单位 (the 报送 page's CSV), 填报日期; above the header or under the rows.
  let claimedUnit: { name: string; row: number } | undefined;
  let filled: { date?: string; row: number } | undefined;
  const fieldRows = new Set<Row>();
  for (const row of [...table.rows.slice(0, header.at), ...below]) {
    const unitField = fieldValue(row, FIELDS.unit);
    if (unitField !== undefined) {
      fieldRows.add(row);
      if (unitField.cell.text.trim() !== '') claimedUnit ??= { name: unitField.cell.text.trim(), row: row.line };
    }
    const dateField = fieldValue(row, FIELDS.date);
    if (dateField === undefined) continue;
    fieldRows.add(row);
    if (dateField.cell.text.trim() === '' && dateField.cell.number === undefined) continue;
    const date = readDay(dateField.cell, options.today) ?? dayOfText(dateField.cell.text, options.today);
    if (date === undefined) result.problems.push({ row: row.line, column: label(FIELDS.date), message: `"${dateField.cell.text.trim()}" 不是日期（请写成 2026年5月20日 或 2026-05-20）` });
    else filled ??= { date, row: row.line };
  }

  const scope = resolveUnit(site, options, { id: facts.unit, name: claimedUnit?.name, row: claimedUnit?.row });
  result.problems.push(...scope.problems);
  result.unit = scope.unit;
  const dated = resolveDate(options, { filled: filled?.date, row: filled?.row, column: label(FIELDS.date), made: facts.date, madeIs: '表格的导出日期', lacking: '表中没有填报日期，隐藏的表格日期也已丢失', unfilled: '表中未填填报日期' }, options.today);
  result.problems.push(...dated.problems);
  result.notes.push(...dated.notes);
  result.date = dated.date;

  const unit = scope.unit;
  const order = unit === undefined ? site.content.tasks.map((task) => task.id) : (tasksByUnit(site, site.content.tasks).get(unit) ?? []).map((task) => task.id);
  const byTitle = new Map<string, string[]>();
  for (const id of order) {
    const title = fold(site.content.taskById.get(id)!.data.title);
    byTitle.set(title, [...(byTitle.get(title) ?? []), id]);
  }
  const lookup: Lookup = { site, unit, order, byTitle };

  const seen = new Map<string, number>();
  const reporters: string[] = [];
  for (const row of below) {
    if (fieldRows.has(row) || isBlankRow(row)) continue;
    const text = Object.fromEntries(WORDS.map((key) => [key, textIn(header, row, key)])) as Record<(typeof WORDS)[number], string>;
    const problems: SheetProblem[] = [];
    for (const key of WORDS) {
      const index = header.columns.get(key);
      const reason = index === undefined ? undefined : cellAt(row, index).unreadable;
      if (reason !== undefined) problems.push({ row: row.line, column: HEADERS[key], message: `${reason}（请改为直接填写的文字）` });
    }
    const anything = WORDS.some((key) => text[key] !== '') || problems.length > 0;
    const identified = identify(lookup, header, row);
    if (identified.task === undefined) {
      // A row that names no task and says nothing (a note, a signature line) is no report.
      if (anything && identified.problem !== undefined) result.problems.push(identified.problem, ...problems);
      continue;
    }
    const task = identified.task;
    const title = site.content.taskById.get(task)!.data.title;
    if (!anything) {
      if (!seen.has(task)) result.unfilled.push(task);
      continue;
    }
    const earlier = seen.get(task);
    if (earlier !== undefined) problems.push({ row: row.line, column: HEADERS.task, message: `“${title}”与第${earlier}行是同一项任务：请把两行合并为一行` });
    else seen.set(task, row.line);
    const role = unit === undefined ? undefined : site.relations.reach.get(task)?.get(unit);
    if (unit !== undefined && role === undefined) {
      problems.push({ row: row.line, column: HEADERS.task, message: `“${title}”不是${unitName(site.content, unit)}承担的任务：请核对是否发错了表，或删去这一行` });
    } else if (role !== undefined && !REPORTING_ROLES.has(role)) {
      // The check would refuse the whole report for it, naming no row: say it here, where the row is known.
      problems.push({ row: row.line, column: HEADERS.task, message: `${unitName(site.content, unit!)}在“${title}”中为${role}单位，只有牵头、配合单位报送进展：请删去这一行` });
    }
    let state: ReportState | undefined;
    const stateUnreadable = problems.some((problem) => problem.column === HEADERS.state);
    if (stateUnreadable) {
      // Already said: the cell cannot be read.
    } else if (text.state === '') {
      problems.push({ row: row.line, column: HEADERS.state, message: `未填写（这一行填了${HEADERS.progress}等，须同时选择完成情况；可选：${REPORT_STATES.join('、')}）` });
    } else {
      const read = readState(text.state, row.line);
      if (read.problem !== undefined) problems.push(read.problem);
      state = read.state;
    }
    if (state !== undefined && STATES_NEEDING_PROGRESS.has(state) && text.progress === '') {
      problems.push({ row: row.line, column: HEADERS.progress, message: `未填写（完成情况为“${state}”时须写明做了什么、成效如何）` });
    }
    const entry = { state, progress: words(text.progress), problems: words(text.problems), nextSteps: words(text.nextSteps) };
    if (state !== undefined && problems.length === 0) {
      // The schema's own rules (plain text, no markup) stay the one word on what a report may hold.
      const checked = ReportTaskSchema.safeParse({ task, ...entry });
      if (!checked.success) {
        for (const issue of checked.error.issues) problems.push({ row: row.line, column: HEADERS[FIELD_COLUMN[String(issue.path[0])] ?? 'task'], message: issue.message });
      }
    }
    if (text.reporter !== '' && !reporters.includes(text.reporter)) reporters.push(text.reporter);
    result.problems.push(...problems);
    if (problems.length === 0 && state !== undefined) result.tasks.push({ task, words: { ...entry, state } });
  }
  if (reporters.length > 0) result.reporter = reporters.join('、');
  if (result.tasks.length === 0 && result.problems.length === 0) result.problems.push({ message: '表中没有填写任何任务的完成情况：请单位在“完成情况”一列选择后重新发送' });
  return result;
}
