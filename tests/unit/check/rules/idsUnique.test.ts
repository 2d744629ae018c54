import { describe, expect, it } from 'vitest';
import { idsUnique } from '~/check/rules/idsUnique';
import { checklist, directive, milestone, problems } from '../inlineSite';

describe('idsUnique', () => {
  it('accepts distinct ids, and the same number in different meetings', () => {
    expect(problems(idsUnique, {
      milestones: [milestone('jinzhu'), milestone('xiachen')],
      directives: {
        d: directive({ requirements: [{ id: 'a', title: '甲', quote: '甲' }, { id: 'b', title: '乙', quote: '乙' }] }),
        e: directive({ meeting: 'n' }),
      },
      checklists: { tai: checklist({ items: [{ id: 'a', text: '甲' }, { id: 'b', text: '乙' }] }) },
    })).toEqual([]);
  });

  it('reports each later use of an id where it is, naming the first', () => {
    expect(problems(idsUnique, {
      milestones: [milestone('xiachen'), milestone('jinzhu'), milestone('xiachen')],
      directives: {
        d: directive({ requirements: [{ id: 'a', title: '甲', quote: '甲' }, { id: 'a', title: '乙', quote: '乙' }] }),
        e: directive(),
      },
      checklists: { tai: checklist({ items: [{ id: 'a', text: '甲' }, { id: 'b', text: '乙' }, { id: 'a', text: '丙' }] }) },
    })).toEqual([
      'content/checklists/tai.yaml: items[2].id: 条目 id "a" 在本清单中重复（每个条目的 id 须不同；已发布的 id 不要改，给新条目起新 id）',
      'content/directives/d.md: requirements[1].id: 要求 id "a" 在本条中重复（每个要求的 id 须不同）',
      'content/directives/e.md: number: 序号 1 已被 content/directives/d.md 使用（同一会议的要求序号不能重复）',
      'content/milestones.yaml: [2].id: 节点 id "xiachen" 重复（已用于 content/milestones.yaml [0]；请换一个 id）',
    ]);
  });
});
