/**
 * What was published of a checklist does not disappear: units' saved ticks and notes are stored
 * against the checklist id and its item ids. Every checklist published (content/published.json,
 * and the git base: see ../published.ts) is still there — under its id, or under a new one that
 * names it in `renamedFrom` — or was withdrawn on purpose; and every item id published for it is
 * among its items or its `retired` ids. A checklist file renamed without `renamedFrom` is caught:
 * the new file that holds the old items is named, with the line to add.
 */
import type { Checklist } from '../../schemas/checklist.ts';
import type { Checked } from '../context.ts';
import { PUBLISHED_FILE } from '../published.ts';
import { collectionPath } from '../read.ts';
import { fileEntry, type Rule } from '../rule.ts';

/** The checklist, among `checklists`, that holds what was published as `id`. */
function successorOf(id: string, checklists: readonly Checked<Partial<Checklist>>[]): Checked<Partial<Checklist>> | undefined {
  return checklists.find((checklist) => checklist.id === id) ?? checklists.find((checklist) => checklist.data.renamedFrom?.includes(id));
}

/**
 * A new checklist (published under no id, renamed from none) holding at least half the published
 * items of `items`: the likely new name of a checklist whose file was renamed.
 */
function likelyRename(items: ReadonlySet<string>, checklists: readonly Checked<Partial<Checklist>>[], published: ReadonlyMap<string, unknown>): Checked<Partial<Checklist>> | undefined {
  let best: Checked<Partial<Checklist>> | undefined;
  let bestShared = 0;
  for (const checklist of checklists) {
    if (published.has(checklist.id) || (checklist.data.renamedFrom?.length ?? 0) > 0) continue;
    const shared = (checklist.data.items ?? []).filter((item) => items.has(item.id)).length;
    if (shared * 2 >= items.size && shared > bestShared) {
      best = checklist;
      bestShared = shared;
    }
  }
  return best;
}

/** Published checklists that vanished, and published item ids that are neither kept nor retired. */
export const publishedItemsKept: Rule = (site, report) => {
  const { checklists: published, withdrawn } = site.published;
  for (const [id, items] of published) {
    if (withdrawn.has(id)) continue;
    const successor = successorOf(id, site.checklists);
    if (successor === undefined) {
      const renamed = likelyRename(items, site.checklists, published);
      if (renamed !== undefined) {
        report(renamed, 'renamedFrom', `像是由已发布的清单 "${id}" 改名而来（条目 id 相同）：请加上 renamedFrom: ${id}，各单位保存的勾选才能带过来；若不是改名，请把 "${id}" 写入 ${PUBLISHED_FILE} 的 withdrawn 列表`);
      } else {
        report(fileEntry(`${collectionPath('checklists')}/${id}.yaml`), '', `已发布的清单 "${id}" 不见了（各单位按清单 id 保存勾选）：若是改名，请在新的清单文件中写 renamedFrom: ${id}；若确要撤销，请把 "${id}" 写入 ${PUBLISHED_FILE} 的 withdrawn 列表（各单位保存的勾选将不再显示）`);
      }
      continue;
    }
    const { items: current, retired } = successor.data;
    // Items or retired ids that failed their schema are reported already; nothing to compare yet.
    if (current === undefined || retired === undefined) continue;
    const kept = new Set([...current.map((item) => item.id), ...retired]);
    for (const item of items) {
      if (kept.has(item)) continue;
      report(successor, 'items', `已发布的条目 id "${item}" 不见了（条目 id 发布后不能删除或改名；确需删除，请把 "${item}" 加入 retired 列表）`);
    }
  }
};
