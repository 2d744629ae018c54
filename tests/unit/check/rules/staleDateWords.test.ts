import { describe, expect, it } from 'vitest';
import { staleDateWords } from '~/check/rules/staleDateWords';
import { checklist, meeting, problems, task } from '../inlineSite';

const adjusted = { date: '2022-05-19', text: '5月19日前', adjusted: { date: '2022-05-20', reason: '经协调联络组办公室同意，延后一天', decidedOn: '2022-05-12' } };
const stale = (task: string, words = '5月19日') =>
  `仍写着“${words}”，而任务 "${task}" 的时限已于 2022-05-12 调整为 2022-05-20（请改为5月20日；照录讲话原话的，加引号写成“……”）`;

describe('staleDateWords', () => {
  it('accepts the old day where the speech is quoted, and any day on a task never moved', () => {
    expect(problems(staleDateWords, {
      meetings: { m: meeting() },
      checklists: { tai: checklist({ description: '讲话要求“5月19日前完成自查”。', items: [{ id: 'zicha', text: '5月20日前完成自查', quote: '5月19日前完成自查' }] }) },
      tasks: {
        moved: task({ deadline: adjusted, checklist: 'tai', title: '5月20日前完成自查', body: '> 各单位要在5月19日前完成自查\n\n讲话原话为“各单位要在5月19日前完成自查”。' }),
        kept: task({ checklist: 'tai', title: '5月19日前完成自查', body: '5月19日前完成。' }),
      },
    })).toEqual([]);
  });

  it('names every place of the task and its checklist that still says the old day', () => {
    expect(problems(staleDateWords, {
      meetings: { m: meeting() },
      checklists: { tai: checklist({ description: '5月19日前逐项对照。', items: [{ id: 'zhenshi', text: '真实反映' }, { id: 'zicha', text: '2022年5月19日前完成自查，5月19日报送' }] }) },
      tasks: {
        t: task({
          deadline: adjusted,
          checklist: 'tai',
          title: '5月19日前完成自查',
          responsibilities: [{ unit: 'a', role: '牵头', who: '主要负责同志5月19日前签字' }],
          acceptance: '5月19日前报送自查报告。',
          body: '正文。\n\n原定5月19日前完成，现延后一天。',
        }),
      },
    })).toEqual([
      `content/checklists/tai.yaml: description: ${stale('t')}`,
      `content/checklists/tai.yaml: items[1].text: ${stale('t', '2022年5月19日')}`,
      `content/checklists/tai.yaml: items[1].text: ${stale('t')}`,
      `content/tasks/t.md: acceptance: ${stale('t')}`,
      `content/tasks/t.md: responsibilities[0].who: ${stale('t')}`,
      `content/tasks/t.md: title: ${stale('t')}`,
      `content/tasks/t.md: 第 3 行: ${stale('t')}`,
    ]);
  });
});
