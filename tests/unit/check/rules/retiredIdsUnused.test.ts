import { describe, expect, it } from 'vitest';
import { retiredIdsUnused } from '~/check/rules/retiredIdsUnused';
import { checklist, problems } from '../inlineSite';

describe('retiredIdsUnused', () => {
  it('accepts retired ids that no item uses', () => {
    expect(problems(retiredIdsUnused, { checklists: { tai: checklist({ retired: ['jiu'] }) } })).toEqual([]);
  });

  it('rejects an item that takes a retired id', () => {
    expect(problems(retiredIdsUnused, {
      checklists: { tai: checklist({ items: [{ id: 'xin', text: '新' }, { id: 'jiu', text: '旧' }], retired: ['jiu'] }) },
    })).toEqual([
      'content/checklists/tai.yaml: items[1].id: 条目 id "jiu" 已列在 retired 中，不能再用（请给这个条目起新 id）',
    ]);
  });
});
