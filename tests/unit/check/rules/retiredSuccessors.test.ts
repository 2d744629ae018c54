import { describe, expect, it } from 'vitest';
import { retiredSuccessors } from '~/check/rules/retiredSuccessors';
import { checklist, problems } from '../inlineSite';

describe('retiredSuccessors', () => {
  it('accepts a retired item succeeded by a current item of this checklist or of another', () => {
    expect(problems(retiredSuccessors, {
      checklists: {
        tai: checklist({ retired: ['jiu', 'lao'], successors: { jiu: { item: 'zhenshi' }, lao: { checklist: 'xin', item: 'daowei' } } }),
        xin: checklist({ items: [{ id: 'daowei', text: '按时到位' }] }),
      },
    })).toEqual([]);
  });

  it('rejects a successor for an item that is not retired', () => {
    expect(problems(retiredSuccessors, { checklists: { tai: checklist({ items: [{ id: 'zhenshi', text: '真实' }, { id: 'wanzheng', text: '完整' }], successors: { wanzheng: { item: 'zhenshi' } } }) } })).toEqual([
      'content/checklists/tai.yaml: successors.wanzheng: 条目 "wanzheng" 不在 retired 中：只有停用的条目才写接替条目（请先把 "wanzheng" 写进 retired，或删除这一行）',
    ]);
  });

  it('rejects a successor on a checklist that does not exist, or that is no current item', () => {
    expect(problems(retiredSuccessors, {
      checklists: {
        tai: checklist({ retired: ['jiu', 'lao', 'gu'], successors: { jiu: { checklist: 'xn', item: 'daowei' }, lao: { checklist: 'xin', item: 'dawei' }, gu: { item: 'jiu' } } }),
        xin: checklist({ items: [{ id: 'daowei', text: '按时到位' }] }),
      },
    })).toEqual([
      'content/checklists/tai.yaml: successors.gu.item: 清单 "tai" 中没有条目 "jiu"（接替条目须是该清单现有的条目；可用：zhenshi）',
      'content/checklists/tai.yaml: successors.jiu.checklist: 清单 "xn" 不存在（是否想写 "xin"？）',
      'content/checklists/tai.yaml: successors.lao.item: 清单 "xin" 中没有条目 "dawei"（接替条目须是该清单现有的条目；是否想写 "daowei"？）',
    ]);
  });
});
