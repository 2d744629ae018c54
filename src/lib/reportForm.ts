/**
 * A unit's report (报送) filled in on its 报送 page, kept on this device like checklist ticks, and
 * the CSV the page downloads for the office, which `npm run import -- report` reads (src/import/).
 * Pure: the page's element (src/client/reportForm.ts) and the tests share it.
 *
 * Stored shape (localStorage, one key per unit), version 1:
 *
 *   key   `duban.report.v1:<unit id>`
 *   value {"v":1,"reporter":"王某某","date":"2022-05-20","t":1652…,
 *          "tasks":{"<task id>":{"state":"推进中","progress":"…","problems":"","nextSteps":"",
 *                                "number":3,"title":"…","link":"https://…/tasks/<id>/","t":1652…}}}
 *
 * A task keeps its 序号, title and page address with what was written, so that the CSV lists
 * every task filled in, on whichever page of the form it was. `t` is when it was last edited: two
 * tabs' copies merge task by task, the newer edit winning, as checklist ticks do. Task ids are
 * looked up through a `Map`, never a plain object, whatever the id.
 */
import { fill } from '../i18n/fill.ts';
import { STATES_NEEDING_PROGRESS } from '../schemas/reportState.ts';
import { csvDocument } from './csv.ts';

/** The version of the stored shape. */
export const REPORT_FORM_VERSION = 1;

/** What a unit wrote for one task, and where the task stands in its list. */
export interface FormTask {
  state: string;
  progress: string;
  problems: string;
  nextSteps: string;
  /** 序号: the task's place in the unit's list (its sheet's order). */
  number: number;
  title: string;
  /** The task page's address: the key the importer reads. */
  link: string;
  /** When it was last edited, in milliseconds since 1970. */
  t: number;
}

/** A unit's report as the form keeps it. */
export interface FormReport {
  /** 责任人 (填报人). */
  reporter: string;
  /** 填报日期, `YYYY-MM-DD`; empty until chosen. */
  date: string;
  /** When the reporter or the date was last changed. */
  t: number;
  tasks: Map<string, FormTask>;
}

/** The words of the CSV and of the form's messages (the strings `reportSheet.*` and `reportForm.*`). */
export interface FormWords {
  /** `填报单位：`, `填报日期：`: the lines above the table. */
  unit: string;
  date: string;
  /** The headers, as the importer finds them. */
  number: string;
  task: string;
  state: string;
  progress: string;
  problems: string;
  nextSteps: string;
  reporter: string;
  link: string;
  /** `第{number}项“{title}”：请选择完成情况`, and the like (filled with `fill()`). */
  noState: string;
  noProgress: string;
  noDate: string;
}

/** The storage key of a unit's report. */
export function reportKey(unit: string): string {
  return `duban.report.v${REPORT_FORM_VERSION}:${unit}`;
}

/** An empty report. */
export function emptyReport(): FormReport {
  return { reporter: '', date: '', t: 0, tasks: new Map() };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** Reads a stored value; anything corrupt or foreign gives an empty report, never an error. */
export function parseReport(raw: string | null): FormReport {
  const report = emptyReport();
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '');
  } catch {
    return report;
  }
  if (typeof value !== 'object' || value === null || (value as { v?: unknown }).v !== REPORT_FORM_VERSION) return report;
  const { reporter, date, t, tasks } = value as Record<string, unknown>;
  Object.assign(report, { reporter: text(reporter), date: text(date), t: number(t) });
  if (typeof tasks !== 'object' || tasks === null) return report;
  for (const [id, task] of Object.entries(tasks)) {
    if (typeof task !== 'object' || task === null) continue;
    const fields = task as Record<string, unknown>;
    report.tasks.set(id, {
      state: text(fields['state']),
      progress: text(fields['progress']),
      problems: text(fields['problems']),
      nextSteps: text(fields['nextSteps']),
      number: number(fields['number']),
      title: text(fields['title']),
      link: text(fields['link']),
      t: number(fields['t']),
    });
  }
  return report;
}

/** The stored value of a report. */
export function serializeReport(report: FormReport): string {
  // fromEntries defines keys as they are: a task id `__proto__` stays a key.
  return JSON.stringify({ v: REPORT_FORM_VERSION, reporter: report.reporter, date: report.date, t: report.t, tasks: Object.fromEntries(report.tasks) });
}

/** Two copies of one report as one: per task, and for the reporter and date, the newer edit wins (`newer`'s on a tie). */
export function mergeReports(older: FormReport, newer: FormReport): FormReport {
  const tasks = new Map(older.tasks);
  for (const [id, task] of newer.tasks) if (task.t >= (tasks.get(id)?.t ?? 0)) tasks.set(id, task);
  const head = newer.t >= older.t ? newer : older;
  return { reporter: head.reporter, date: head.date, t: head.t, tasks };
}

/** True when anything is written for the task: it goes into the CSV. */
export function isFilled(task: FormTask): boolean {
  return [task.state, task.progress, task.problems, task.nextSteps].some((value) => value.trim() !== '');
}

/** The tasks filled in, in their list's order. */
function filledTasks(report: FormReport): FormTask[] {
  return [...report.tasks.values()].filter(isFilled).sort((a, b) => a.number - b.number);
}

/** What keeps the report from being imported, one message a task (the importer would refuse the same). */
export function formProblems(report: FormReport, words: FormWords): string[] {
  const problems = report.date === '' ? [words.noDate] : [];
  for (const task of filledTasks(report)) {
    const values = { number: task.number, title: task.title, state: task.state };
    if (task.state === '') problems.push(fill(words.noState, values));
    else if (STATES_NEEDING_PROGRESS.has(task.state) && task.progress.trim() === '') problems.push(fill(words.noProgress, values));
  }
  return problems;
}

/** The CSV of the report: the unit and the date, then a header and a row for each task filled in. */
export function reportFormCsv(unitName: string, report: FormReport, words: FormWords): string {
  return csvDocument([
    [words.unit, unitName],
    [words.date, report.date],
    [],
    [words.number, words.task, words.state, words.progress, words.problems, words.nextSteps, words.reporter, words.link],
    ...filledTasks(report).map((task) => [String(task.number), task.title, task.state, task.progress.trim(), task.problems.trim(), task.nextSteps.trim(), report.reporter.trim(), task.link]),
  ]);
}
