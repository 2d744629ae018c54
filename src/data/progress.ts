/**
 * The progress part of the site index: for every task and every unit that reports on it, where
 * the task stands (src/lib/progress.ts over the unit's reports and the office's decisions), and
 * for every unit, its reports and when it last reported. Computed once per build, pure. What
 * depends on the reader's date (逾期, 未报送) is left to the browser, which gets the dates it needs
 * (`due`, `lastReport`, `since`) and judges with `isOverdue` and `isUnreported`.
 *
 * The task-wide status is summed up here from its units (`summaryStatus`): a task's state is never
 * written twice, and only 长期坚持 stays a property of the task file.
 */
import { reporting } from '../config.ts';
import { dueDate } from '../lib/deadline.ts';
import { currentProgress, inOrder, reportingUnits, summaryStatus, type Decided, type ProgressEvent, type ProgressState } from '../lib/progress.ts';
import { reportKey, type ReportTask } from '../schemas/report.ts';
import type { Role } from '../schemas/responsibility.ts';
import { signoffTask } from '../schemas/signoff.ts';
import type { TaskStatus } from '../schemas/taskStatus.ts';
import type { SiteContent } from './content.ts';
import type { ReportEntry } from './entries.ts';
import { append, type SiteRelations } from './relations.ts';

/** What a report said of one task: the report's id (`<unit>/<date>`) and its line for the task. */
export interface ReportedLine {
  /** The report's entry id, `<unit>/<date>`. */
  report: string;
  /** 进展情况, 存在问题, 下步打算, evidence and checklist ticks, as the unit wrote them. */
  line: ReportTask;
}

/** A report or a decision on a task for a unit, as its history lists it. */
export type ProgressStep = ProgressEvent<ReportedLine>;

/** One task for one unit that reports on it. */
export interface TaskUnitProgress {
  task: string;
  unit: string;
  /** The unit's role in the task: 牵头 or 配合 (named, or through a group). */
  role: Role;
  /** The group through which the task reaches the unit; undefined when the task names it. */
  via: string | undefined;
  /** The state now; null while the unit has not reported on the task (尚未报送). */
  state: ProgressState | null;
  /** The date of the latest report on the task; null when there is none. */
  lastReported: string | null;
  /** The latest report's words on the task. */
  latest: ReportedLine | undefined;
  /** The office's 同意销号 that stands, with its date and note. */
  signedOff: Decided | undefined;
  /** The office's 退回 that stands (the state is 推进中 again), with its date and note. */
  returned: Decided | undefined;
  /** The task's confirmed deadline, for the reader's-date 逾期 (`isOverdue(due, signedOff, today)`); null: none. */
  due: string | null;
  /** Every report on the task and decision on it for this unit, newest first. */
  history: readonly ProgressStep[];
}

/** One unit's reporting. */
export interface UnitProgress {
  unit: string;
  /** The tasks it reports on, in the site's task order. */
  tasks: readonly TaskUnitProgress[];
  /** Its reports, newest first. */
  reports: readonly ReportEntry[];
  /** The date of its latest report; null when it has sent none. */
  lastReport: string | null;
  /**
   * Whether the reporting cycle applies: it has a task not yet signed off. A unit with none is
   * never 未报送.
   */
  expected: boolean;
  /**
   * Before its first report, the date the cycle counts from: the earliest meeting that gave it a
   * task still open. Null when there is none, or no such meeting has a date.
   */
  since: string | null;
}

/** The progress of the whole site. */
export interface SiteProgress {
  /** Days between two reports of a unit (src/config.ts `reporting.cycleDays`). */
  cycleDays: number;
  /** The units that report on a task, leads first, then by name; empty for an unknown task. */
  forTask(task: string): readonly TaskUnitProgress[];
  /** A unit's reporting; for a unit with no task to report on, no tasks and no reports. */
  forUnit(unit: string): UnitProgress;
  /** One task for one unit; undefined when the unit does not report on it. */
  of(task: string, unit: string): TaskUnitProgress | undefined;
  /** A task's status, summed up from its units (`summaryStatus`). */
  status(task: string): TaskStatus;
  /** Every unit that reports on some task, in the site's unit order (by name). */
  units: readonly string[];
}


/** Indexes the reports and decisions of `content`. */
export function indexProgress(content: SiteContent, relations: SiteRelations): SiteProgress {
  const isGroup = (id: string) => content.departmentById.get(id)?.data.members !== undefined;
  const unitOrder = new Map(content.departments.map((unit, index) => [unit.id, index]));
  // Leads first, then the others; within each, in the site's order of units (by name).
  const byRole = (a: TaskUnitProgress, b: TaskUnitProgress): number =>
    Number(a.role !== '牵头') - Number(b.role !== '牵头') || (unitOrder.get(a.unit) ?? 0) - (unitOrder.get(b.unit) ?? 0);
  const key = (task: string, unit: string) => `${task}\u0000${unit}`;

  const events = new Map<string, ProgressStep[]>();
  const reportsByUnit = new Map<string, ReportEntry[]>();
  for (const report of content.reports) {
    const { unit, date } = reportKey(report.id);
    append(reportsByUnit, unit, report);
    for (const line of report.data.tasks) append(events, key(line.task, unit), { kind: 'report', date, state: line.state, report: { report: report.id, line } });
  }
  for (const signoff of content.signoffs) {
    const { unit, date, decision, note } = signoff.data;
    append(events, key(signoffTask(signoff.id), unit), { kind: 'decision', date, decision, note });
  }

  const byTask = new Map<string, TaskUnitProgress[]>();
  const byUnitTasks = new Map<string, TaskUnitProgress[]>();
  const statuses = new Map<string, TaskStatus>();
  for (const task of content.tasks) {
    const named = new Set(task.data.responsibilities.map((line) => line.unit));
    const due = dueDate(relations.deadlines.get(task.id)!);
    const cells = [...reportingUnits(relations.reach.get(task.id) ?? new Map(), isGroup)].map(([unit, role]): TaskUnitProgress => {
      const history = events.get(key(task.id, unit)) ?? [];
      const current = currentProgress(history);
      const via = named.has(unit) ? undefined : relations.assignments.get(unit)?.viaGroup.find((item) => item.taskId === task.id)?.via;
      return {
        task: task.id,
        unit,
        role,
        via,
        state: current.state,
        lastReported: current.latest?.date ?? null,
        latest: current.latest?.report,
        signedOff: current.signedOff,
        returned: current.returned,
        due,
        history: inOrder(history).reverse(),
      };
    });
    cells.sort(byRole);
    byTask.set(task.id, cells);
    statuses.set(task.id, summaryStatus(task.data.status === '长期坚持', cells.map((cell) => cell.state)));
    for (const cell of cells) append(byUnitTasks, cell.unit, cell);
  }

  const meetingDate = (task: string) => content.meetingById.get(content.taskById.get(task)?.data.source.meeting ?? '')?.data.date ?? null;
  const units = new Map<string, UnitProgress>();
  for (const unit of content.departments) {
    const tasks = byUnitTasks.get(unit.id) ?? [];
    const reports = [...(reportsByUnit.get(unit.id) ?? [])].reverse();
    const open = tasks.filter((cell) => cell.state !== '已销号');
    const starts = open.flatMap((cell) => meetingDate(cell.task) ?? []).sort();
    if (tasks.length === 0 && reports.length === 0) continue;
    units.set(unit.id, {
      unit: unit.id,
      tasks,
      reports,
      lastReport: reports[0] === undefined ? null : reportKey(reports[0].id).date,
      expected: open.length > 0,
      since: starts[0] ?? null,
    });
  }

  return {
    cycleDays: reporting.cycleDays,
    forTask: (task) => byTask.get(task) ?? [],
    forUnit: (unit) => units.get(unit) ?? { unit, tasks: [], reports: [], lastReport: null, expected: false, since: null },
    of: (task, unit) => byTask.get(task)?.find((cell) => cell.unit === unit),
    status: (task) => statuses.get(task) ?? '未开始',
    units: [...units.keys()],
  };
}
