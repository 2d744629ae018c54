/**
 * The responsibility matrix (责任分工表): a page of tasks × the units they name, columns in the
 * unit index's order (by kind, then name), the role in each cell, and where the unit reports on
 * the task (牵头 and 配合, never a group), its state as a symbol with a legend. Expanded
 * (/matrix/members/), each group gives way to its member units, whose cells say they act as
 * members (成员). Where the site has several meetings, the tasks come meeting by meeting, each
 * meeting's under a row naming it; with one meeting such a row would only repeat the page's
 * subject, so there is none.
 */
import { t } from '../../i18n/t.ts';
import { buildMatrix, type MatrixCell } from '../../lib/matrix.ts';
import type { MatrixSheet, MatrixSheetRow } from '../../lib/matrixWorkbook.ts';
import { pagedPaths } from '../../lib/paging.ts';
import { PROGRESS_LABELS, PROGRESS_SYMBOLS, progressLabel, type ProgressLabel } from '../../lib/progressStates.ts';
import { LEAD_ROLE } from '../../lib/units.ts';
import type { TaskEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { meetingDateText, severalMeetings } from './meetings.ts';
import { stateWord } from './progressRows.ts';

/** A cell with the unit's state on the task, where it reports on it. */
export type MatrixStateCell = MatrixCell & { progress: ProgressLabel | undefined };

/** One task's row: a cell per unit column, empty where the task does not reach the unit. */
export interface MatrixRow {
  taskId: string;
  title: string;
  cells: readonly (MatrixStateCell | undefined)[];
}

/** The rows of one meeting on the page, under the row naming it (none with one meeting). */
export interface MatrixGroup {
  /** "区长在整改推进会上的讲话（2022年7月15日）", with "续" where the meeting began on an earlier page. */
  heading: string | undefined;
  rows: readonly MatrixRow[];
}

/** What one page of the matrix shows. */
export interface MatrixPage {
  /** The units with a column. */
  units: readonly string[];
  /** The tasks, meeting by meeting (one group with no heading on a one-meeting site). */
  groups: readonly MatrixGroup[];
  /** How many tasks the page holds. */
  taskCount: number;
}

/** The legend of the state symbols: each symbol and its word (□ 尚未报送, ○ 未启动 …). */
export function matrixLegend(): { symbol: string; label: ProgressLabel; word: string }[] {
  return PROGRESS_LABELS.map((label) => ({ symbol: PROGRESS_SYMBOLS[label], label, word: stateWord(label) }));
}

/**
 * The heading row of meeting `id` in the matrix; `continued` when its first task is on an earlier
 * page. Undefined on a one-meeting site.
 */
function meetingRow(site: Site, id: string, continued: boolean): string | undefined {
  const meeting = site.content.meetingById.get(id);
  if (!severalMeetings(site.content) || meeting === undefined) return undefined;
  return t(continued ? 'matrix.meetingRowContinued' : 'matrix.meetingRow', { meeting: meeting.data.title, date: meetingDateText(meeting) });
}

/**
 * The view of the matrix page holding `tasks`: units as the tasks name them, or with `expanded`
 * every group expanded into its member units.
 */
export function matrixPage(site: Site, tasks: readonly TaskEntry[], expanded = false): MatrixPage {
  const unitOrder = site.content.departmentsByKind.flatMap(([, units]) => units.map((unit) => unit.id));
  const matrix = buildMatrix(
    tasks.map((task) => ({ id: task.id, responsibilities: task.data.responsibilities })),
    unitOrder,
    expanded ? site.relations.unitsByGroup : undefined,
  );
  const groups: { meeting: string; heading: string | undefined; rows: MatrixRow[] }[] = [];
  for (const [index, row] of matrix.rows.entries()) {
    const task = tasks[index]!;
    const meeting = task.data.source.meeting;
    let group = groups.at(-1);
    if (group?.meeting !== meeting) {
      const continued = site.relations.tasksByMeeting.get(meeting)?.[0]?.id !== task.id;
      group = { meeting, heading: meetingRow(site, meeting, continued), rows: [] };
      groups.push(group);
    }
    const cells = matrix.units.map((unit): MatrixStateCell | undefined => {
      const cell = row.cells.get(unit);
      if (cell === undefined) return undefined;
      const progress = site.progress.of(row.taskId, unit);
      return { ...cell, progress: progress === undefined ? undefined : progressLabel(progress.state, progress.returned !== undefined) };
    });
    group.rows.push({ taskId: row.taskId, title: task.data.title, cells });
  }
  return { units: matrix.units, groups: groups.map(({ heading, rows }) => ({ heading, rows })), taskCount: tasks.length };
}

/** One page of the matrix route: its tasks, its place among the pages, and which view (a type: Astro's page props need one). */
export type MatrixRoute = { items: TaskEntry[]; page: number; pages: number; expanded: boolean };

/**
 * The static paths of both views, a hundred tasks to a page: `matrix/`, `matrix/page/2/` as named;
 * `matrix/members/`, `matrix/members/page/2/` expanded.
 */
export function matrixPaths(site: Site): { params: { page: string | undefined }; props: MatrixRoute }[] {
  return [false, true].flatMap((expanded) =>
    pagedPaths(site.content.tasks).map(({ params, props }) => ({
      params: { page: expanded ? ['members', params.page].filter(Boolean).join('/') : params.page },
      props: { ...props, expanded },
    })),
  );
}

/** A cell as a word: the role where the task names the unit; 成员 (成员配合 …) where it acts as a member. */
export function cellWord(cell: MatrixCell): string {
  if (!cell.member) return cell.role;
  return cell.role === LEAD_ROLE ? t('matrix.member') : t('matrix.memberIn', { role: cell.role });
}

/** A cell as the workbook writes it: the role word, then the state's symbol where the unit reports (牵头◐). */
export function cellText(cell: MatrixStateCell): string {
  return cell.progress === undefined ? cellWord(cell) : `${cellWord(cell)}${PROGRESS_SYMBOLS[cell.progress]}`;
}

/**
 * The matrix workbook's sheets: every task, as named and expanded, units by their short names
 * (公安), a numbered row per task and in each cell the role word and state symbol (`cellText`),
 * or nothing; with several meetings, each meeting's tasks under a row naming it (序号 runs on
 * through the sheet); then the legend of the symbols.
 */
export function matrixSheets(site: Site): MatrixSheet[] {
  const { content } = site;
  const views = [
    [t('matrix.sheet.named'), false],
    [t('matrix.sheet.members'), true],
  ] as const;
  const sheets = views.map(([name, expanded]): MatrixSheet => {
    const matrix = matrixPage(site, content.tasks, expanded);
    const short = (id: string) => {
      const unit = content.departmentById.get(id);
      return unit === undefined ? id : (unit.data.short ?? unit.data.name);
    };
    let number = 0;
    const rows = matrix.groups.flatMap(({ heading, rows: tasks }): MatrixSheetRow[] => [
      ...(heading === undefined ? [] : [{ heading }]),
      ...tasks.map((row): MatrixSheetRow => [(number += 1), row.title, ...row.cells.map((cell) => (cell === undefined ? '' : cellText(cell)))]),
    ]);
    return { name, header: [t('matrix.sheet.number'), t('task.title'), ...matrix.units.map(short)], rows };
  });
  const legend: MatrixSheet = {
    name: t('progress.matrix.sheet'),
    header: [t('matrix.sheet.number'), t('progress.matrix.legend')],
    rows: matrixLegend().map((item, index) => [index + 1, `${item.symbol} ${item.word}`] as const),
  };
  return [...sheets, legend];
}
