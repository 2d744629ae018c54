import { describe, expect, it } from 'vitest';
import { publishedItemsKept } from '~/check/rules/publishedItemsKept';
import { checklist, problems } from '../inlineSite';

const FILE = 'content/checklists/tai.yaml';
const committed = 'title: 台账资料\nitems:\n  - id: zhenshi\n    text: 真实反映\n  - id: koujing\n    text: 统一口径\n';

describe('publishedItemsKept', () => {
  it('accepts kept, added and retired items, and a checklist with nothing published', () => {
    const items = [{ id: 'zhenshi', text: '真实反映' }, { id: 'xin', text: '新条目' }];
    expect(problems(publishedItemsKept, { checklists: { tai: checklist({ items, retired: ['koujing'] }) } }, { published: { [FILE]: committed } })).toEqual([]);
    expect(problems(publishedItemsKept, { checklists: { tai: checklist() } })).toEqual([]);
  });

  it('rejects a published item removed or renamed', () => {
    const items = [{ id: 'zhen-shi', text: '真实反映' }];
    expect(problems(publishedItemsKept, { checklists: { tai: checklist({ items }) } }, { published: { [FILE]: committed } })).toEqual([
      'content/checklists/tai.yaml: items: 已发布的条目 id "koujing" 不见了（条目 id 发布后不能删除或改名；确需删除，请把 "koujing" 加入 retired 列表）',
      'content/checklists/tai.yaml: items: 已发布的条目 id "zhenshi" 不见了（条目 id 发布后不能删除或改名；确需删除，请把 "zhenshi" 加入 retired 列表）',
    ]);
  });

  it('compares nothing with a committed version that does not parse', () => {
    expect(problems(publishedItemsKept, { checklists: { tai: checklist({ items: [{ id: 'xin', text: '新' }] }) } }, { published: { [FILE]: 'items: [\n' } })).toEqual([]);
  });
});
