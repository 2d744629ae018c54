/**
 * Reports and 销号 decisions are dated within the task's life: not after the day of the check (a
 * date still to come is a typo, or a file made in advance), and not before the meeting that gave
 * the task.
 */
import { isRealIsoDate } from '../../schemas/common.ts';
import { reportKey } from '../../schemas/report.ts';
import { signoffTask } from '../../schemas/signoff.ts';
import type { Rule } from '../rule.ts';

/** Reports and decisions dated in the future, or before their task's meeting. */
export const progressDates: Rule = (site, report) => {
  const meetingDates = new Map(site.meetings.map((meeting) => [meeting.id, meeting.data.date ?? null]));
  const taskStart = new Map(
    site.tasks.flatMap((task) => {
      const date = task.data.source === undefined ? null : (meetingDates.get(task.data.source.meeting) ?? null);
      return date === null ? [] : [[task.id, date] as const];
    }),
  );
  const early = (task: string) => `早于任务 "${task}" 所在会议的日期 ${taskStart.get(task)!}`;

  for (const entry of site.reports) {
    const { date } = reportKey(entry.id);
    // A file name that is no date is reported by the reader.
    if (!isRealIsoDate(date)) continue;
    if (date > site.today) {
      report(entry, '', `报送日期 ${date} 晚于检查当天：不能报送尚未到来的日期（请核对文件名中的日期）`);
      continue;
    }
    entry.data.tasks?.forEach((line, index) => {
      const start = taskStart.get(line.task);
      if (start !== undefined && date < start) report(entry, `tasks[${index}].task`, `报送日期 ${date} ${early(line.task)}（请核对文件名中的日期，或任务 id）`);
    });
  }

  for (const entry of site.signoffs) {
    const { date } = entry.data;
    if (date === undefined) continue;
    const task = signoffTask(entry.id);
    const start = taskStart.get(task);
    if (date > site.today) report(entry, 'date', `决定日期 ${date} 晚于检查当天：不能记录尚未作出的决定（请核对日期）`);
    else if (start !== undefined && date < start) report(entry, 'date', `决定日期 ${date} ${early(task)}（请核对日期）`);
  }
};
