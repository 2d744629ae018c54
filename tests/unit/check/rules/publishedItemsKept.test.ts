import { describe, expect, it } from 'vitest';
import { publishedItemsKept } from '~/check/rules/publishedItemsKept';
import { checklist, problems } from '../inlineSite';

/** Checklist tai was published with two items. */
const published = { tai: ['koujing', 'zhenshi'] };

describe('publishedItemsKept', () => {
  it('accepts kept, added and retired items, and a checklist with nothing published', () => {
    const items = [{ id: 'zhenshi', text: '真实反映' }, { id: 'xin', text: '新条目' }];
    expect(problems(publishedItemsKept, { checklists: { tai: checklist({ items, retired: ['koujing'] }) } }, { published })).toEqual([]);
    expect(problems(publishedItemsKept, { checklists: { tai: checklist() } })).toEqual([]);
  });

  it('rejects a published item removed or renamed', () => {
    const items = [{ id: 'zhen-shi', text: '真实反映' }];
    expect(problems(publishedItemsKept, { checklists: { tai: checklist({ items }) } }, { published })).toEqual([
      'content/checklists/tai.yaml: items: 已发布的条目 id "koujing" 不见了（条目 id 发布后不能删除或改名；确需删除，请把 "koujing" 加入 retired 列表）',
      'content/checklists/tai.yaml: items: 已发布的条目 id "zhenshi" 不见了（条目 id 发布后不能删除或改名；确需删除，请把 "zhenshi" 加入 retired 列表）',
    ]);
  });

  it('follows a checklist renamed with renamedFrom, and still holds it to its published items', () => {
    const items = [{ id: 'zhenshi', text: '真实反映' }, { id: 'koujing', text: '统一口径' }];
    expect(problems(publishedItemsKept, { checklists: { taizhang: checklist({ items, renamedFrom: 'tai' }) } }, { published })).toEqual([]);
    expect(problems(publishedItemsKept, { checklists: { taizhang: checklist({ renamedFrom: ['old', 'tai'] }) } }, { published })).toEqual([
      'content/checklists/taizhang.yaml: items: 已发布的条目 id "koujing" 不见了（条目 id 发布后不能删除或改名；确需删除，请把 "koujing" 加入 retired 列表）',
    ]);
  });

  it('names the new file of a checklist renamed without renamedFrom', () => {
    const items = [{ id: 'zhenshi', text: '真实反映' }, { id: 'koujing', text: '统一口径' }];
    expect(problems(publishedItemsKept, { checklists: { taizhang: checklist({ items }), other: checklist() } }, { published })).toEqual([
      'content/checklists/taizhang.yaml: renamedFrom: 像是由已发布的清单 "tai" 改名而来（条目 id 相同）：请加上 renamedFrom: tai，各单位保存的勾选才能带过来；若不是改名，请把 "tai" 写入 content/published.json 的 withdrawn 列表',
    ]);
  });

  it('reports a published checklist that vanished, unless it was withdrawn', () => {
    const other = { other: checklist({ items: [{ id: 'bieren', text: '别的条目' }] }) };
    expect(problems(publishedItemsKept, { checklists: other }, { published })).toEqual([
      'content/checklists/tai.yaml: 已发布的清单 "tai" 不见了（各单位按清单 id 保存勾选）：若是改名，请在新的清单文件中写 renamedFrom: tai；若确要撤销，请把 "tai" 写入 content/published.json 的 withdrawn 列表（各单位保存的勾选将不再显示）',
    ]);
    expect(problems(publishedItemsKept, { checklists: other }, { published, withdrawn: ['tai'] })).toEqual([]);
  });
});
