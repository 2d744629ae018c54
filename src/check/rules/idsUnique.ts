/**
 * Ids that pages, links and saved ticks are keyed on are unique where they must be: milestone
 * ids (milestones.yaml holds many entries in one file, so its file system cannot enforce it),
 * directive numbers within a meeting, requirement ids within a directive, item ids within a
 * checklist. Entry ids elsewhere are file names, unique already.
 */
import type { Directive } from '../../schemas/directive.ts';
import type { Milestone } from '../../schemas/milestone.ts';
import type { Checked } from '../context.ts';
import { repeatedIndexes, type Rule } from '../rule.ts';

/** The second and later uses of an id; the first (in content order) keeps it. */
export const idsUnique: Rule = (site, report) => {
  const milestones = new Map<string, Checked<Partial<Milestone>>>();
  for (const milestone of site.milestones) {
    const earlier = milestones.get(milestone.id);
    if (earlier === undefined) milestones.set(milestone.id, milestone);
    else report(milestone, 'id', `节点 id "${milestone.id}" 重复（已用于 ${earlier.file} ${earlier.at.replace(/\.$/, '')}；请换一个 id）`);
  }

  const numbers = new Map<string, Checked<Partial<Directive>>>();
  for (const directive of site.directives) {
    const { number, meeting, requirements = [] } = directive.data;
    if (number !== undefined && meeting !== undefined) {
      const key = `${meeting}#${number}`;
      const earlier = numbers.get(key);
      if (earlier === undefined) numbers.set(key, directive);
      else report(directive, 'number', `序号 ${number} 已被 ${earlier.file} 使用（同一会议的要求序号不能重复）`);
    }
    repeatedIndexes(requirements.map((requirement) => requirement.id)).forEach((index) =>
      report(directive, `requirements[${index}].id`, `要求 id "${requirements[index]!.id}" 在本条中重复（每个要求的 id 须不同）`),
    );
  }

  for (const checklist of site.checklists) {
    const { items = [] } = checklist.data;
    repeatedIndexes(items.map((item) => item.id)).forEach((index) =>
      report(checklist, `items[${index}].id`, `条目 id "${items[index]!.id}" 在本清单中重复（每个条目的 id 须不同；已发布的 id 不要改，给新条目起新 id）`),
    );
  }
};
