/**
 * A retired item's successor (`successors`) is an item that exists: units' ticks on the retired
 * item are carried to it, so it must be a current item of the checklist named, and the item it
 * succeeds must really be retired (a successor for a current item would copy its ticks away).
 */
import { suggestion } from '../../schemas/suggest.ts';
import type { Rule } from '../rule.ts';

/** Successors of items that are not retired, and successors that are no current item. */
export const retiredSuccessors: Rule = (site, report) => {
  const byId = new Map(site.checklists.map((checklist) => [checklist.id, checklist.data]));
  const checklistIds = [...site.existing.checklists].sort();
  for (const checklist of site.checklists) {
    const { successors = {}, retired } = checklist.data;
    for (const [id, successor] of Object.entries(successors)) {
      if (retired !== undefined && !retired.includes(id)) {
        report(checklist, `successors.${id}`, `条目 "${id}" 不在 retired 中：只有停用的条目才写接替条目（请先把 "${id}" 写进 retired，或删除这一行）`);
      }
      const target = successor.checklist ?? checklist.id;
      if (!site.existing.checklists.has(target)) {
        report(checklist, `successors.${id}.checklist`, `清单 "${target}" 不存在（${suggestion(target, checklistIds)}）`);
        continue;
      }
      // A target that failed its own schema is reported there.
      const items = byId.get(target)?.items?.map((item) => item.id);
      if (items !== undefined && !items.includes(successor.item)) {
        report(checklist, `successors.${id}.item`, `清单 "${target}" 中没有条目 "${successor.item}"（接替条目须是该清单现有的条目；${suggestion(successor.item, items)}）`);
      }
    }
  }
};
