/**
 * A report comes from a unit that exists and is not a group, and speaks only of tasks that exist
 * and that the unit reports on: it is 牵头 or 配合 there, named or through a group.
 */
import { reportKey } from '../../schemas/report.ts';
import { suggestion } from '../../schemas/suggest.ts';
import { reportingProblem, type Rule } from '../rule.ts';

/** Reports from unknown units or groups, and lines on tasks the unit does not report on. */
export const reportReach: Rule = (site, report) => {
  const units = [...site.existing.departments].sort();
  const tasks = [...site.existing.tasks].sort();
  const names = new Map(site.departments.map((entry) => [entry.id, entry.data.name ?? entry.id]));
  for (const entry of site.reports) {
    const { unit } = reportKey(entry.id);
    if (!site.existing.departments.has(unit)) {
      report(entry, '', `单位 "${unit}" 不存在（报送文件所在的目录名须为报送单位的 id；${suggestion(unit, units)}）`);
      continue;
    }
    if (site.members.has(unit)) {
      report(entry, '', `“${names.get(unit) ?? unit}”是单位组，不报送：请由其成员单位各自报送（放在成员单位的目录下）`);
      continue;
    }
    entry.data.tasks?.forEach((line, index) => {
      if (!site.existing.tasks.has(line.task)) {
        report(entry, `tasks[${index}].task`, `任务 "${line.task}" 不存在（${suggestion(line.task, tasks)}）`);
        return;
      }
      const problem = reportingProblem(site, line.task, unit);
      if (problem !== undefined) report(entry, `tasks[${index}].task`, problem);
    });
  }
};
