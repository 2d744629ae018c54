/**
 * A group of units (各板块各部门) lists each member once and never contains itself, directly or
 * through other groups: expanding it must end, and reach each unit once.
 */
import { findCycles } from '../../lib/groups.ts';
import { repeatedIndexes, type Rule } from '../rule.ts';

/** Members listed twice, a group listing itself, and cycles through several groups. */
export const groupMembership: Rule = (site, report) => {
  for (const unit of site.departments) {
    const { members } = unit.data;
    if (members === undefined) continue;
    repeatedIndexes(members).forEach((index) => report(unit, `members[${index}]`, `成员 "${members[index]}" 重复列出（请删除重复的一行）`));
    members.forEach((member, index) => {
      if (member === unit.id) report(unit, `members[${index}]`, `单位组不能包含自身 "${unit.id}"（请删除这一行）`);
    });
  }
  const units = new Map(site.departments.map((unit) => [unit.id, unit]));
  for (const cycle of findCycles(site.members)) {
    if (cycle.length <= 2) continue; // a group listing itself is reported above, on its line
    report(units.get(cycle[0]!)!, 'members', `单位组循环包含：${cycle.join(' → ')}（请从其中一个单位组的 members 中删除另一个）`);
  }
};
