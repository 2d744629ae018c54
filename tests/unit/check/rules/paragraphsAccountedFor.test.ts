import { describe, expect, it } from 'vitest';
import { paragraphsAccountedFor } from '~/check/rules/paragraphsAccountedFor';
import { checklist, directive, meeting, problems, task, unit } from '../inlineSite';

describe('paragraphsAccountedFor', () => {
  it('accepts paragraphs quoted by any entry or listed as unreflected, and skips the omission mark', () => {
    expect(problems(paragraphsAccountedFor, {
      meetings: { m: meeting({ body: `同志们：\n\n一、要抓好整改。各单位要在5月19日前完成自查。\n\n…………\n\n二、要统一口径。台账资料要真实反映。` }) },
      tasks: { t: task() },
      checklists: { tai: checklist() },
    })).toEqual([]);
    expect(problems(paragraphsAccountedFor, {
      meetings: { m: meeting() },
      departments: { a: unit({ source: { meeting: 'm', quote: '各单位' } }) },
      directives: { d: directive({ requirements: [{ id: 'koujing', title: '统一口径', quote: '统一口径' }] }) },
    })).toEqual([]);
  });

  it('rejects a paragraph neither quoted nor listed', () => {
    expect(problems(paragraphsAccountedFor, { meetings: { m: meeting() }, tasks: { t: task() } })).toEqual([
      'content/meetings/m.md: unreflected: 段落 p3（“二、要统一口径。台账资料要真实反映。”）既未被任何条目引用，也未列入 unreflected（请为它建立任务或清单，或在 unreflected 中说明原因）',
    ]);
  });

  it('rejects unreflected lines naming a missing, repeated or quoted paragraph', () => {
    const unreflected = ['p1', 'p9', 'p1', 'p2'].map((paragraph) => ({ paragraph, why: '说明。' }));
    expect(problems(paragraphsAccountedFor, { meetings: { m: meeting({ unreflected }) }, tasks: { t: task() }, checklists: { tai: checklist() } })).toEqual([
      'content/meetings/m.md: unreflected[1].paragraph: 段落 p9 不存在（正文共 3 段：p1 至 p3）',
      'content/meetings/m.md: unreflected[2].paragraph: 段落 p1 重复列出（请删除重复的一项）',
      'content/meetings/m.md: unreflected[3].paragraph: 段落 p2 已被任务、要求或清单引用，不应再列为未转化（请删除这一项）',
    ]);
  });
});
