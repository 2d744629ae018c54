import { describe, expect, it } from 'vitest';
import { quotesInTranscript } from '~/check/rules/quotesInTranscript';
import { checklist, directive, meeting, milestone, problems, task, unit } from '../inlineSite';

describe('quotesInTranscript', () => {
  it('accepts quotes that lie inside one paragraph, wherever they are made', () => {
    expect(problems(quotesInTranscript, {
      meetings: { m: meeting() },
      departments: { a: unit() },
      milestones: [milestone('xiachen')],
      directives: { d: directive({ command: { unit: 'a', quote: '各单位要' }, requirements: [{ id: 'zicha', title: '完成自查', quote: '完成自查' }] }) },
      tasks: { t: task() },
      checklists: { tai: checklist({ items: [{ id: 'zhenshi', text: '真实反映', quote: '真实反映' }] }) },
    })).toEqual([]);
  });

  it('rejects a quote found nowhere or across two paragraphs, shortened', () => {
    expect(problems(quotesInTranscript, {
      meetings: { m: meeting(), n: meeting({ body: '另一次会议的讲话。' }) },
      directives: { d: directive({ command: { unit: 'a', quote: '在区委区政府统一指挥下' }, requirements: [{ id: 'x', title: '跨段', quote: '完成自查。二、要统一口径' }] }) },
      tasks: { t: task({ source: { meeting: 'n', quote: '各单位要在5月20日前完成自查' } }) },
      checklists: {
        tai: checklist({ items: [{ id: 'zhenshi', text: '真实反映', quote: '台账资料要真实反映，数据要准确，口径要统一，报送要及时' }] }),
      },
    })).toEqual([
      'content/checklists/tai.yaml: items[0].quote: 引文未在会议记录 "m" 中找到：“台账资料要真实反映，数据要准确，口径要统…”（须从 content/meetings/m.md 逐字复制，且不跨段）',
      'content/directives/d.md: command.quote: 引文未在会议记录 "m" 中找到：“在区委区政府统一指挥下”（须从 content/meetings/m.md 逐字复制，且不跨段）',
      'content/directives/d.md: requirements[0].quote: 引文未在会议记录 "m" 中找到：“完成自查。二、要统一口径”（须从 content/meetings/m.md 逐字复制，且不跨段）',
      'content/tasks/t.md: source.quote: 引文未在会议记录 "n" 中找到：“各单位要在5月20日前完成自查”（须从 content/meetings/n.md 逐字复制，且不跨段）',
    ]);
  });

  it('says in which other meeting a quote was found, and which field names the meeting', () => {
    const later = meeting({ date: '2022-06-10', body: '同志们：\n\n要加快整改进度，6月底前全部销号。\n\n各单位要在5月19日前完成自查。' });
    expect(problems(quotesInTranscript, {
      meetings: { m: meeting(), n: later, o: meeting({ body: '要加快整改进度。' }) },
      directives: { d: directive({ command: { unit: 'a', quote: '要加快整改进度，6月底前全部销号' }, requirements: [{ id: 'jiakuai', title: '加快整改', quote: '6月底前全部销号' }] }) },
      tasks: { t: task({ source: { meeting: 'm', quote: '要加快整改进度，6月底前' } }), u: task({ source: { meeting: 'm', quote: '要加快整改进度' } }) },
      checklists: { tai: checklist({ items: [{ id: 'xiaohao', text: '全部销号', quote: '全部销号' }] }) },
    })).toEqual([
      'content/checklists/tai.yaml: items[0].quote: 引文未在会议记录 "m" 中找到，但在另一次会议 "n" 中找到（p2）：“全部销号”（引的若是那次会议，请把 source.meeting 改为 n；否则须从 content/meetings/m.md 逐字复制，且不跨段）',
      'content/directives/d.md: command.quote: 引文未在会议记录 "m" 中找到，但在另一次会议 "n" 中找到（p2）：“要加快整改进度，6月底前全部销号”（引的若是那次会议，请把 meeting 改为 n；否则须从 content/meetings/m.md 逐字复制，且不跨段）',
      'content/directives/d.md: requirements[0].quote: 引文未在会议记录 "m" 中找到，但在另一次会议 "n" 中找到（p2）：“6月底前全部销号”（引的若是那次会议，请把 meeting 改为 n；否则须从 content/meetings/m.md 逐字复制，且不跨段）',
      'content/tasks/t.md: source.quote: 引文未在会议记录 "m" 中找到，但在另一次会议 "n" 中找到（p2）：“要加快整改进度，6月底前”（引的若是那次会议，请把 source.meeting 改为 n，directive 也须是那次会议的要求；否则须从 content/meetings/m.md 逐字复制，且不跨段）',
      'content/tasks/u.md: source.quote: 引文未在会议记录 "m" 中找到，但在其他会议 "n"、"o" 中找到：“要加快整改进度”（引的若是其中一次，请把 source.meeting 改为它的 id，directive 也须是那次会议的要求；否则须从 content/meetings/m.md 逐字复制，且不跨段）',
    ]);
  });

  it('leaves quotes of a missing or invalid meeting to that meeting\'s own problem', () => {
    expect(problems(quotesInTranscript, { tasks: { t: task({ source: { meeting: 'broken', quote: '不在记录中' } }) } }, { invalid: { meetings: ['broken'] } })).toEqual([]);
  });

  it('never matches a quote inside the omission mark', () => {
    expect(problems(quotesInTranscript, { meetings: { m: meeting({ body: `${'各单位'}\n\n…………` }) }, tasks: { t: task({ source: { meeting: 'm', quote: '……' } }) } })).toEqual([
      'content/tasks/t.md: source.quote: 引文未在会议记录 "m" 中找到：“……”（须从 content/meetings/m.md 逐字复制，且不跨段）',
    ]);
  });

  it('points out invisible and look-alike characters in a quote that fails to match', () => {
    expect(problems(quotesInTranscript, {
      meetings: { m: meeting() },
      tasks: {
        zwsp: task({ source: { meeting: 'm', quote: '各单位\u200b要在5月19日前' } }),
        comma: task({ source: { meeting: 'm', quote: '台账资料要真实反映.' } }),
        both: task({ source: { meeting: 'm', quote: '二、要统一口径\u3002台账\ufeff资料' } }),
        fullwidth: task({ source: { meeting: 'm', quote: '在５月１９日前' } }),
      },
    })).toEqual([
      'content/tasks/both.md: source.quote: 引文未在会议记录 "m" 中找到：“二、要统一口径。台账\ufeff资料”（含看不见的字符 <U+FEFF>（请删除）；须从 content/meetings/m.md 逐字复制，且不跨段）',
      'content/tasks/comma.md: source.quote: 引文未在会议记录 "m" 中找到：“台账资料要真实反映.”（与 p3 相比，“.”<U+002E> 应为 “。”<U+3002>；须从 content/meetings/m.md 逐字复制，且不跨段）',
      'content/tasks/fullwidth.md: source.quote: 引文未在会议记录 "m" 中找到：“在５月１９日前”（与 p2 相比，“５”<U+FF15> 应为 “5”<U+0035>，“１”<U+FF11> 应为 “1”<U+0031>，“９”<U+FF19> 应为 “9”<U+0039>；须从 content/meetings/m.md 逐字复制，且不跨段）',
      'content/tasks/zwsp.md: source.quote: 引文未在会议记录 "m" 中找到：“各单位\u200b要在5月19日前”（含看不见的字符 <U+200B>（请删除）；须从 content/meetings/m.md 逐字复制，且不跨段）',
    ]);
  });
});
