import { describe, expect, it } from 'vitest';
import { quotesUnique } from '~/check/rules/quotesUnique';
import { checklist, directive, meeting, problems, task } from '../inlineSite';

describe('quotesUnique', () => {
  it('accepts quotes found in one place only, however short', () => {
    expect(problems(quotesUnique, { meetings: { m: meeting() }, tasks: { t: task({ source: { meeting: 'm', quote: '自查' } }) } })).toEqual([]);
  });

  it('rejects a quote found in several places, in one paragraph or several, wherever it is made', () => {
    expect(problems(quotesUnique, {
      meetings: { m: meeting() },
      tasks: { t: task({ source: { meeting: 'm', quote: '要' } }) },
      directives: { d: directive({ requirements: [{ id: 'a', title: '抓好', quote: '、要' }] }) },
      checklists: { tai: checklist({ items: [{ id: 'a', text: '口径', quote: '要统一口径' }, { id: 'b', text: '反映', quote: '台账' }] }) },
    })).toEqual([
      'content/directives/d.md: requirements[0].quote: 引文“、要”在会议记录 "m" 中出现 2 处（p2、p3）：请多复制几个字，使它只对应一处，页面才能链接到正确的段落',
      'content/tasks/t.md: source.quote: 引文“要”在会议记录 "m" 中出现 4 处（p2、p3）：请多复制几个字，使它只对应一处，页面才能链接到正确的段落',
    ]);
  });
});
