/**
 * A report's checklist ticks name the task's own checklist (the task's `checklist`), one that
 * applies to the reporting unit, and items that exist in it: ticks on anything else could not be
 * shown, nor carried to the unit's saved progress.
 */
import { reportKey } from '../../schemas/report.ts';
import { suggestion } from '../../schemas/suggest.ts';
import type { Rule } from '../rule.ts';

/** Ticks on unknown checklists or items, on another task's checklist, or on one not for the unit. */
export const reportChecklists: Rule = (site, report) => {
  const checklists = new Map(site.checklists.map((checklist) => [checklist.id, checklist.data]));
  // A report keeps the ids of its day: a checklist renamed since is found by its old id.
  const renamed = new Map(site.checklists.flatMap((checklist) => (checklist.data.renamedFrom ?? []).map((old) => [old, checklist.id] as const)));
  const taskChecklist = new Map(site.tasks.map((task) => [task.id, task.data.checklist]));
  const names = new Map(site.departments.map((entry) => [entry.id, entry.data.name ?? entry.id]));
  const appliesTo = (id: string): Set<string> =>
    new Set((checklists.get(id)?.appliesTo ?? []).flatMap((unit) => [unit, ...(site.unitsByGroup.get(unit) ?? [])]));

  for (const entry of site.reports) {
    const { unit } = reportKey(entry.id);
    entry.data.tasks?.forEach((line, index) => {
      for (const [written, items] of Object.entries(line.checklist ?? {})) {
        const field = `tasks[${index}].checklist.${written}`;
        const id = site.existing.checklists.has(written) ? written : renamed.get(written);
        if (id === undefined) {
          // A published checklist that is gone is reported by the published-checklist rules.
          if (!site.published.checklists.has(written)) report(entry, field, `清单 "${written}" 不存在（${suggestion(written, [...site.existing.checklists].sort())}）`);
          continue;
        }
        const own = taskChecklist.get(line.task);
        if (site.existing.tasks.has(line.task) && own !== id) {
          report(entry, field, `清单 "${written}" 不是任务 "${line.task}" 的核查清单（${own === undefined ? '该任务没有核查清单：请删除 checklist' : `该任务的清单是 ${own}`}）`);
          continue;
        }
        const checklist = checklists.get(id);
        // A checklist that failed its own schema is reported already.
        if (checklist?.appliesTo === undefined || checklist.items === undefined) continue;
        if (!appliesTo(id).has(unit)) report(entry, field, `清单 "${written}" 不适用于“${names.get(unit) ?? unit}”（请核对清单 id，或报送单位）`);
        const current = checklist.items.map((item) => item.id);
        // Items retired since, or published and gone (reported by publishedItemsKept), were real on the report's day.
        const known = new Set([...current, ...(checklist.retired ?? []), ...(site.published.checklists.get(written) ?? []), ...(site.published.checklists.get(id) ?? [])]);
        items.forEach((item, at) => {
          if (!known.has(item)) report(entry, `${field}[${at}]`, `清单 "${written}" 中没有条目 "${item}"（${suggestion(item, current)}）`);
        });
      }
    });
  }
};
