/**
 * A checklist's `renamedFrom` names ids that no other checklist holds, each claimed once, so that
 * saved ticks carry over to one checklist only; and an id withdrawn in content/published.json is
 * never given to a new checklist, whose items would show the old ticks.
 */
import type { Checklist } from '../../schemas/checklist.ts';
import type { Checked } from '../context.ts';
import { PUBLISHED_FILE } from '../published.ts';
import type { Rule } from '../rule.ts';

/** `renamedFrom` ids that still exist or are claimed twice, and withdrawn ids in use again. */
export const checklistRenames: Rule = (site, report) => {
  const ids = new Set(site.checklists.map((checklist) => checklist.id));
  const claimed = new Map<string, Checked<Partial<Checklist>>>();
  for (const checklist of site.checklists) {
    if (site.published.withdrawn.has(checklist.id)) {
      report(checklist, '', `清单 id "${checklist.id}" 已在 ${PUBLISHED_FILE} 中列为撤销（withdrawn），不能再用：各单位当年保存的勾选会出现在新清单上（请给文件换一个名字）`);
    }
    checklist.data.renamedFrom?.forEach((old, index) => {
      const field = `renamedFrom[${index}]`;
      const earlier = claimed.get(old);
      if (ids.has(old)) {
        report(checklist, field, `清单 "${old}" 仍然存在：renamedFrom 只写改名前、现已不用的清单 id（请删除这一项）`);
      } else if (earlier !== undefined) {
        report(checklist, field, `"${old}" 已写在 ${earlier.file} 的 renamedFrom 中：一个旧 id 只能由一份清单继承（请删除其中一处）`);
      } else {
        claimed.set(old, checklist);
      }
    });
  }
};
