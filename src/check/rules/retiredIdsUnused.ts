/**
 * A checklist item id, once retired, is never given to a new item: ticks saved against the old
 * item would show on the new one.
 */
import type { Rule } from '../rule.ts';

/** Items whose id is in the checklist's `retired` list. */
export const retiredIdsUnused: Rule = (site, report) => {
  for (const checklist of site.checklists) {
    const { items = [], retired = [] } = checklist.data;
    items.forEach((item, index) => {
      if (retired.includes(item.id)) report(checklist, `items[${index}].id`, `条目 id "${item.id}" 已列在 retired 中，不能再用（请给这个条目起新 id）`);
    });
  }
};
