/** A task has a unit that leads it (牵头), and names each unit once, in one role. */
import { leadUnits } from '../../lib/units.ts';
import { repeatedIndexes, type Rule } from '../rule.ts';

/** Tasks without a 牵头 unit, and units listed twice. */
export const taskResponsibilities: Rule = (site, report) => {
  for (const task of site.tasks) {
    const lines = task.data.responsibilities;
    if (lines === undefined) continue;
    if (leadUnits({ responsibilities: lines }).length === 0) report(task, 'responsibilities', '没有牵头单位：至少一个单位的 role 须为 牵头');
    repeatedIndexes(lines.map((line) => line.unit)).forEach((index) =>
      report(task, `responsibilities[${index}].unit`, `单位 "${lines[index]!.unit}" 重复出现（同一单位只列一次，只保留一个角色）`),
    );
  }
};
