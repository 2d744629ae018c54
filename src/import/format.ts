/**
 * The round trip of a unit's 任务分解表: what the sheet carries so that it can come back, written
 * by the export (src/data/views/exports.ts) and read back here. One definition for both sides.
 *
 * - The columns a unit fills in: 完成情况 (a drop-down list of the report states), 进展情况,
 *   存在问题, 下步打算 and 责任人, found again by their headers wherever a unit moved them.
 * - A hidden key column holding each row's task id: the row stays its task however the rows
 *   are sorted, and whatever the unit does to the title.
 * - The unit's id and the sheet's date, twice: in a sheet Excel keeps hidden from view (it
 *   survives editing the sheet in place, rows deleted above the table included), and in the
 *   key column's cells of the title and subtitle rows (they survive copying the whole sheet
 *   into another workbook, which leaves hidden sheets behind). Both lost: the importer asks for
 *   `--unit` and `--date`.
 * - 填报日期 under the table, for the unit to write the day it reports.
 */
import { t } from '../i18n/t.ts';
import { REPORT_STATES } from '../schemas/reportState.ts';

/** The headers the importer looks for, as the export writes them. */
export const HEADERS = {
  number: t('reportSheet.number'),
  task: t('reportSheet.task'),
  state: t('reportSheet.state'),
  progress: t('reportSheet.progress'),
  problems: t('reportSheet.problems'),
  nextSteps: t('reportSheet.nextSteps'),
  reporter: t('reportSheet.reporter'),
  link: t('reportSheet.link'),
  key: t('reportSheet.key'),
} as const;

/**
 * Other headers a unit may give a column when it types the sheet again or pastes it into its own
 * ledger, as district paperwork names them; the importer reads them as the site's headers. None for
 * a column the sheet already has beside another (序号 and a unit's own 编号, 责任人 and 填报人):
 * there the two would be taken for one column written twice.
 */
export const HEADER_SYNONYMS: Readonly<Partial<Record<keyof typeof HEADERS, readonly string[]>>> = {
  task: ['任务名称', '工作任务', '任务内容'],
  state: ['落实情况', '完成状态'],
  progress: ['工作进展', '进展', '工作进展情况'],
  problems: ['存在的问题', '存在困难和问题'],
  nextSteps: ['下一步打算', '下步工作打算', '下一步工作打算', '下步计划'],
};

/** The blank columns a unit's sheet adds after 完成情况 (which, with 责任人, every sheet has). */
export const ADDED_COLUMNS: readonly string[] = [HEADERS.progress, HEADERS.problems, HEADERS.nextSteps];

/** What Excel says in the 完成情况 column: choose one of the states. */
export const STATE_CHOICES = t('reportSheet.stateChoices', { states: REPORT_STATES.join('、') });

/** The labels of the lines a unit fills in outside the table: its name (CSV), the day it reports. */
export const FIELDS = { unit: t('reportSheet.unit'), date: t('reportSheet.date') } as const;

/** The hidden sheet's name. */
export const FACTS_SHEET = t('reportSheet.facts');

/** The labels of the facts, in the hidden sheet (a label cell, a value cell) and in the key column's marks (`label：value`). */
const FACT_LABELS = { unit: '单位编号', date: '表格日期' } as const;

/** The facts a sheet carries back: the unit it was made for and the date it was made. */
export interface SheetFacts {
  unit?: string;
  date?: string;
}

/** The hidden sheet's rows. */
export function factRows(unit: string, date: string): [string, string][] {
  return [
    [FACT_LABELS.unit, unit],
    [FACT_LABELS.date, date],
  ];
}

/** The key column's cells in the title and subtitle rows. */
export function factMarks(unit: string, date: string): [string, string] {
  return [`${FACT_LABELS.unit}：${unit}`, `${FACT_LABELS.date}：${date}`];
}

/** Reads a fact from a label and a value (a hidden sheet's row), or from a mark `label：value` (label empty). */
export function readFact(facts: SheetFacts, label: string, value: string): void {
  const [name, text] = label === '' ? (value.split('：', 2) as [string, string?]) : [label, value];
  if (text === undefined) return;
  const trimmed = text.trim();
  if (name.trim() === FACT_LABELS.unit && trimmed !== '') facts.unit ??= trimmed;
  if (name.trim() === FACT_LABELS.date && trimmed !== '') facts.date ??= trimmed;
}

/** The task id in a task page's address (`…/tasks/choudiao-zhudian/`), the 报送 CSV's key. */
export function taskOfLink(link: string): string | undefined {
  return /\/tasks\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:[?#].*)?$/.exec(link.trim())?.[1];
}
