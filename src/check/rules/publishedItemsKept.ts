/**
 * Published checklist items do not disappear: units' saved ticks are keyed on item ids. Each
 * checklist is compared with its version at the base revision (the pull request's base in CI,
 * otherwise HEAD, so an editor's uncommitted change is caught). A checklist that did not exist
 * then, or a project without git history, has nothing to compare and nothing is reported.
 */
import yaml from 'js-yaml';
import type { Rule } from '../rule.ts';

/** Item ids of a committed checklist file; undefined when it does not parse. */
function publishedIds(text: string): string[] | undefined {
  try {
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA }) as { items?: { id?: unknown }[] } | null;
    return (data?.items ?? []).map((item) => item?.id).filter((id): id is string => typeof id === 'string');
  } catch {
    return undefined;
  }
}

/** Item ids published at the base that are neither in the checklist now nor retired. */
export const publishedItemsKept: Rule = (site, report) => {
  const before = site.filesAtBase(site.checklists.map((checklist) => checklist.file));
  for (const checklist of site.checklists) {
    const old = before.get(checklist.file);
    // Absent then, or unparseable then: nothing reliable to compare with.
    const ids = old === undefined ? undefined : publishedIds(old);
    if (ids === undefined) continue;
    const kept = new Set([...checklist.data.items.map((item) => item.id), ...checklist.data.retired]);
    for (const id of ids) {
      if (kept.has(id)) continue;
      report(checklist, 'items', `已发布的条目 id "${id}" 不见了（条目 id 发布后不能删除或改名；确需删除，请把 "${id}" 加入 retired 列表）`);
    }
  }
};
