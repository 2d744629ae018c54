/**
 * Once the office has signed a task off for a unit (同意销号), the unit does not report on it
 * again: its state cannot go back from 已销号. To reopen it, the office first sends it back (退回),
 * and reports after that are in order.
 */
import { reportsAfterSignOff as afterSignOff, type ProgressEvent } from '../../lib/progress.ts';
import { isRealIsoDate } from '../../schemas/common.ts';
import { reportKey } from '../../schemas/report.ts';
import { signoffTask } from '../../schemas/signoff.ts';
import type { Checked } from '../context.ts';
import { reportingProblem, type Rule } from '../rule.ts';

/** Where a report's line is: the report, the line's index, and its task. */
interface Line {
  entry: Checked<unknown>;
  index: number;
  task: string;
}

/** Report lines on a task after its sign-off for the unit still stands. */
export const reportsAfterSignOff: Rule = (site, report) => {
  const events = new Map<string, ProgressEvent<Line>[]>();
  const add = (task: string, unit: string, event: ProgressEvent<Line>) => {
    const key = `${task}\u0000${unit}`;
    const list = events.get(key);
    if (list === undefined) events.set(key, [event]);
    else list.push(event);
  };
  for (const entry of site.signoffs) {
    const { unit, date, decision, note } = entry.data;
    const task = signoffTask(entry.id);
    // A decision on an unknown task, or for a unit that does not report on it, is reported by signoffReach: it decides nothing here.
    if (unit === undefined || date === undefined || decision === undefined || !site.existing.tasks.has(task) || !site.existing.departments.has(unit)) continue;
    if (reportingProblem(site, task, unit) === undefined) add(task, unit, { kind: 'decision', date, decision, note });
  }
  // Reports matter only where a decision was taken.
  if (events.size === 0) return;
  for (const entry of site.reports) {
    const { unit, date } = reportKey(entry.id);
    if (!isRealIsoDate(date)) continue;
    entry.data.tasks?.forEach((line, index) => {
      if (events.has(`${line.task}\u0000${unit}`)) add(line.task, unit, { kind: 'report', date, state: line.state, report: { entry, index, task: line.task } });
    });
  }
  for (const list of events.values()) {
    for (const { event, signedOffOn } of afterSignOff(list)) {
      const { task } = event.report;
      report(
        event.report.entry,
        `tasks[${event.report.index}].state`,
        `任务 "${task}" 已于 ${signedOffOn} 销号，之后不能再报送它（完成情况 "${event.state}"）：确需重新办理的，须先由办公室退回（在 content/signoffs/${task}.yaml 中加一条 decision: 退回）`,
      );
    }
  }
};
