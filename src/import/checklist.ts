/**
 * A checklist's progress export (the checklist page's 导出进度（CSV）, src/lib/progressReport.ts)
 * read as the ticks of a report: for each task of the unit that names the checklist, the ids of
 * the items ticked. The CSV names the checklist, the unit and each item in words, as staff read
 * them; each is matched exactly (full-width characters and spaces aside), never guessed.
 */
import { unitName } from '../data/content.ts';
import type { Site } from '../data/site.ts';
import { t } from '../i18n/t.ts';
import { REPORTING_ROLES } from '../lib/progress.ts';
import type { ReportState } from '../schemas/reportState.ts';
import { closest } from '../schemas/suggest.ts';
import { findHeader, textIn, type ColumnSpec, type HeaderSearch } from './header.ts';
import type { ImportedTask } from './reportFile.ts';
import { resolveDate, resolveUnit, type ScopeFlags } from './scope.ts';
import { fold, isBlankRow, type SheetProblem, type Table } from './table.ts';

/** The export's columns, in the order it writes them (`checklist.csvColumns`). */
const [CHECKLIST, UNIT, NUMBER, ITEM, STATE, STALE, NOTE, AT] = t('checklist.csvColumns').split(',') as [string, string, string, string, string, string, string, string];
const DONE = t('checklist.done');
const NOT_DONE = t('checklist.notDone');

type Key = 'checklist' | 'unit' | 'number' | 'item' | 'state' | 'stale' | 'note' | 'at';
const SPECS: readonly ColumnSpec<Key>[] = [
  // 清单 and 对照清单: the export's header before the glossary settled on 核查清单.
  { key: 'checklist', header: CHECKLIST, synonyms: ['清单', '对照清单'] },
  { key: 'unit', header: UNIT },
  { key: 'number', header: NUMBER },
  { key: 'item', header: ITEM, synonyms: ['清单条目', '条目内容'] },
  { key: 'state', header: STATE },
  { key: 'stale', header: STALE },
  { key: 'note', header: NOTE },
  { key: 'at', header: AT },
];

/** The header of a checklist export, when the table has one. */
export function checklistHeader(table: Table): HeaderSearch<Key> {
  return findHeader(table, SPECS, [['checklist'], ['item'], ['state']]);
}

/** What the import was told besides the file. */
export interface ChecklistImportOptions extends ScopeFlags {
  today: string;
  /** The date in the file's name (`台账资料-区甲局-2026-05-20.csv`, as the export names it). */
  fileDate?: string | undefined;
}

/** What a checklist export says, and what is wrong with it. */
export interface ChecklistImport {
  unit?: string | undefined;
  date?: string | undefined;
  tasks: ImportedTask[];
  /** Per checklist: its title, the items ticked and its items. */
  checklists: { id: string; ticked: number; total: number }[];
  problems: SheetProblem[];
  notes: string[];
}

/** Reads the ticks of a checklist export (a table with `checklistHeader`). */
export function importChecklistCsv(table: Table, site: Site, options: ChecklistImportOptions): ChecklistImport {
  const result: ChecklistImport = { tasks: [], checklists: [], problems: [], notes: [] };
  const search = checklistHeader(table);
  if (!search.ok) {
    result.problems.push(search.problem);
    return result;
  }
  const { header } = search;
  const rows = table.rows.slice(header.at + 1).filter((row) => !isBlankRow(row));
  if (rows.length === 0) result.problems.push({ message: '表头下面没有任何条目：请单位在核查清单页面重新导出进度（CSV）后发送' });

  // The unit: the first row's; every other row must name the same.
  const first = rows.find((row) => textIn(header, row, 'unit') !== '');
  const claimed = first === undefined ? undefined : textIn(header, first, 'unit');
  const scope = resolveUnit(site, options, { name: claimed, row: first?.line });
  result.problems.push(...scope.problems);
  const unit = scope.unit;
  const dated = resolveDate(options, { made: options.fileDate, madeIs: '文件名中的导出日期', lacking: '文件名中没有导出日期（网站导出的文件名以日期结尾，如“台账资料-区甲局-2026-05-20.csv”）', unfilled: '核查清单的导出文件不记报送日期' }, options.today);
  result.problems.push(...dated.problems);
  result.notes.push(...dated.notes);
  result.unit = unit;
  result.date = dated.date;

  const titles = new Map<string, string[]>();
  for (const checklist of site.content.checklists) titles.set(fold(checklist.data.title), [...(titles.get(fold(checklist.data.title)) ?? []), checklist.id]);
  const ticks = new Map<string, Set<string>>();
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const problem = (column: string, message: string) => result.problems.push({ row: row.line, column, message });
    const named = textIn(header, row, 'unit');
    if (claimed !== undefined && named !== '' && fold(named) !== fold(claimed)) problem(UNIT, `“${named}”与第${first!.line}行的“${claimed}”不是同一个单位：一个文件只能是一个单位的勾选，请分开导出`);
    const title = textIn(header, row, 'checklist');
    const ids = titles.get(fold(title)) ?? [];
    if (ids.length !== 1) {
      const near = closest(title, site.content.checklists.map((checklist) => checklist.data.title));
      problem(CHECKLIST, ids.length > 1 ? `有 ${ids.length} 份核查清单都叫“${title}”：请在网站上导出后不要改动清单名称` : `“${title}”不是网站上的核查清单${near === undefined ? '' : `（是否指“${near}”？）`}：请在网站上重新导出进度，不要改动清单名称`);
      continue;
    }
    const checklist = site.content.checklistById.get(ids[0]!)!;
    firstRow.set(checklist.id, Math.min(firstRow.get(checklist.id) ?? row.line, row.line));
    const text = textIn(header, row, 'item');
    const item = checklist.data.items.find((each) => fold(each.text) === fold(text));
    if (item === undefined) {
      const near = closest(text, checklist.data.items.map((each) => each.text));
      problem(ITEM, `“${text}”不是“${checklist.data.title}”的条目${near === undefined ? '' : `（是否指“${near}”？）`}：清单条目可能已修改，请在网站上重新导出进度`);
      continue;
    }
    const state = textIn(header, row, 'state');
    const set = ticks.get(checklist.id) ?? new Set<string>();
    ticks.set(checklist.id, set);
    if (fold(state) === fold(DONE)) set.add(item.id);
    else if (fold(state) !== fold(NOT_DONE)) problem(STATE, `"${state}" 不是可选值（可选：${DONE}、${NOT_DONE}）`);
  }

  for (const [id, set] of ticks) {
    const checklist = site.content.checklistById.get(id)!;
    const ticked = checklist.data.items.filter((item) => set.has(item.id)).map((item) => item.id);
    result.checklists.push({ id, ticked: ticked.length, total: checklist.data.items.length });
    if (unit === undefined) continue;
    const tasks = (site.relations.tasksByChecklist.get(id) ?? []).filter((task) => {
      // Only a task it reports on: ticks on a task it oversees (督办、审核) would make a report the check refuses.
      const role = site.relations.reach.get(task.id)?.get(unit);
      return role !== undefined && REPORTING_ROLES.has(role);
    });
    if (tasks.length === 0) {
      result.problems.push({ row: firstRow.get(id), column: CHECKLIST, message: `“${checklist.data.title}”不是${unitName(site.content, unit)}牵头或配合的任何一项任务的核查清单，勾选无法附在报送中：请核对单位，或请编辑在任务中写明 checklist` });
      continue;
    }
    // A task the report does not yet speak of is entered as the ticks show it: begun once anything is ticked.
    const stateIfNew: ReportState = ticked.length > 0 ? '推进中' : '未启动';
    for (const task of tasks) result.tasks.push({ task: task.id, checklist: { [id]: ticked }, stateIfNew });
  }
  return result;
}
