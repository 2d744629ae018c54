/**
 * A 销号 decision is about a task that exists (the file's name) and can close, for a unit that
 * reports on it: the office signs off, or sends back, only what a unit was given to do.
 */
import { LONG_TERM } from '../../schemas/taskStatus.ts';
import { signoffTask } from '../../schemas/signoff.ts';
import { suggestion } from '../../schemas/suggest.ts';
import { fileEntry, reportingProblem, type Rule } from '../rule.ts';

/** Decisions on unknown or standing tasks, and for units that do not report on the task. */
export const signoffReach: Rule = (site, report) => {
  const units = [...site.existing.departments].sort();
  const tasks = [...site.existing.tasks].sort();
  const longTerm = new Set(site.tasks.filter((task) => task.data.status === LONG_TERM).map((task) => task.id));
  const unknownFiles = new Set<string>();
  for (const entry of site.signoffs) {
    const task = signoffTask(entry.id);
    if (!site.existing.tasks.has(task)) {
      // Every decision of the file is about the same task: one line for the file.
      if (!unknownFiles.has(entry.file)) report(fileEntry(entry.file), '', `任务 "${task}" 不存在：销号文件以所销号任务的 id 命名（${suggestion(task, tasks)}）`);
      unknownFiles.add(entry.file);
      continue;
    }
    const { unit, decision } = entry.data;
    if (longTerm.has(task) && decision !== undefined) {
      report(entry, 'decision', `任务 "${task}" 为${LONG_TERM}，不销号也不退回（请删除这条决定）`);
      continue;
    }
    if (unit === undefined) continue;
    if (!site.existing.departments.has(unit)) {
      report(entry, 'unit', `单位 "${unit}" 不存在（${suggestion(unit, units)}）`);
      continue;
    }
    const problem = reportingProblem(site, task, unit);
    if (problem !== undefined) report(entry, 'unit', problem);
  }
};
