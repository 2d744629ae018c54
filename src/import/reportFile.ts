/**
 * The report file an import writes, content/reports/<unit>/<date>.yaml (the format of
 * src/schemas/report.ts), merged with the file already there for the same unit and date:
 *
 * - a task the import speaks of takes the unit's new words (完成情况, 进展情况, 存在问题, 下步打算:
 *   all four, so that a cell the unit emptied is emptied), and keeps its evidence, which no sheet
 *   carries; its checklist ticks are replaced checklist by checklist when the import has ticks;
 * - a task the import does not speak of stays as it was (a sheet and a checklist export of the
 *   same day make one report);
 * - 责任人 is the import's when it names one; the source lists every file the report came from.
 *
 * Tasks are written in the unit's own order (its sheet's 序号), so importing the same file twice
 * writes the same bytes: the second import changes nothing.
 */
import yaml from 'js-yaml';
import type { ReportInput, ReportTaskInput } from '../schemas/report.ts';
import type { ReportState } from '../schemas/reportState.ts';

/** Where a unit's report of a day lives, from the project root. */
export function reportFilePath(unit: string, date: string): string {
  return `content/reports/${unit}/${date}.yaml`;
}

/** What the unit wrote for one task. */
export interface ReportWords {
  state: ReportState;
  progress?: string | undefined;
  problems?: string | undefined;
  nextSteps?: string | undefined;
}

/** One task as an import brings it. */
export interface ImportedTask {
  task: string;
  /** The unit's words on the task (a sheet's row). */
  words?: ReportWords | undefined;
  /** Ticks per checklist (a checklist export): they replace the ticks of the same checklists. */
  checklist?: Readonly<Record<string, readonly string[]>> | undefined;
  /** The state of a new entry that carries only ticks. */
  stateIfNew?: ReportState | undefined;
}

/** What an import brings to a report file. */
export interface ImportedReport {
  reporter?: string | undefined;
  /** The file imported, by name. */
  source: string;
  tasks: readonly ImportedTask[];
}

/** A task whose entry changed, with its state before (undefined: new) and after. */
export interface Change {
  task: string;
  before: string | undefined;
  after: string;
}

/** The merged report, and what the import changed in it. */
export interface Merged {
  report: ReportInput;
  /** Tasks the import added or changed, in the report's order. */
  changed: Change[];
  /** Tasks the import brought as the file already had them. */
  same: string[];
  /** Tasks the file had that the import does not speak of. */
  kept: string[];
}

/** An entry with its fields in the format's order and no empty ones. */
function tidy(entry: ReportTaskInput): ReportTaskInput {
  const { task, state, progress, problems, nextSteps, evidence, checklist } = entry;
  return {
    task,
    state,
    ...(progress === undefined ? {} : { progress }),
    ...(problems === undefined ? {} : { problems }),
    ...(nextSteps === undefined ? {} : { nextSteps }),
    ...(evidence === undefined || evidence.length === 0 ? {} : { evidence }),
    ...(checklist === undefined || Object.keys(checklist).length === 0 ? {} : { checklist }),
  };
}

/** One task's entry after the import. */
function mergeTask(old: ReportTaskInput | undefined, incoming: ImportedTask): ReportTaskInput {
  const base: ReportTaskInput = old ?? { task: incoming.task, state: incoming.words?.state ?? incoming.stateIfNew ?? '未启动' };
  const words = incoming.words === undefined ? {} : { state: incoming.words.state, progress: incoming.words.progress, problems: incoming.words.problems, nextSteps: incoming.words.nextSteps };
  const checklist = incoming.checklist === undefined ? base.checklist : { ...base.checklist, ...Object.fromEntries(Object.entries(incoming.checklist).map(([id, items]) => [id, [...items]])) };
  return tidy({ ...base, ...words, checklist });
}

/**
 * Merges an import into the file there (`existing`, already valid; undefined when there is none).
 * `order` is the unit's tasks in its sheet's order.
 */
export function mergeReport(existing: ReportInput | undefined, incoming: ImportedReport, order: readonly string[]): Merged {
  const entries = new Map((existing?.tasks ?? []).map((entry) => [entry.task, entry]));
  const changed: Change[] = [];
  for (const task of incoming.tasks) {
    const before = entries.get(task.task);
    const after = mergeTask(before, task);
    if (before === undefined || JSON.stringify(tidy(before)) !== JSON.stringify(after)) changed.push({ task: task.task, before: before?.state, after: after.state });
    entries.set(task.task, after);
  }
  const position = new Map(order.map((id, index) => [id, index]));
  const at = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  const tasks = [...entries.values()].sort((a, b) => at(a.task) - at(b.task));
  const sources = [...new Set([...(existing?.source?.split('、') ?? []), incoming.source])];
  const reporter = incoming.reporter ?? existing?.reporter;
  const touched = new Set(changed.map((change) => change.task));
  const brought = new Set(incoming.tasks.map((task) => task.task));
  return {
    report: { ...(reporter === undefined ? {} : { reporter }), source: sources.join('、'), tasks: tasks.map(tidy) },
    changed: changed.sort((a, b) => at(a.task) - at(b.task)),
    same: tasks.filter((entry) => brought.has(entry.task) && !touched.has(entry.task)).map((entry) => entry.task),
    kept: tasks.filter((entry) => !brought.has(entry.task)).map((entry) => entry.task),
  };
}

/** The report as its YAML file: the format's field order, text as it was written, long lines unbroken. */
export function reportYaml(report: ReportInput): string {
  return yaml.dump(report, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"' });
}
