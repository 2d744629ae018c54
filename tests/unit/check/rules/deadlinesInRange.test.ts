import { describe, expect, it } from 'vitest';
import { deadlinesInRange } from '~/check/rules/deadlinesInRange';
import { calendar } from '~/lib/exports';
import type { TaskExport } from '~/schemas/export';
import { milestone, problems, task } from '../inlineSite';

const milestones = [milestone('first', { date: '2000-01-01' }), milestone('last', { date: '2100-12-31' }), milestone('undated')];

describe('deadlinesInRange', () => {
  it('accepts offsets that stay within the years allowed, and milestones without a date', () => {
    expect(problems(deadlinesInRange, {
      milestones,
      tasks: {
        after: task({ deadline: { milestone: 'first', offsetDays: 366, text: '进驻后一年' } }),
        before: task({ deadline: { milestone: 'last', offsetDays: -366, text: '前一年' } }),
        undated: task({ deadline: { milestone: 'undated', offsetDays: -366, text: '前一年' } }),
      },
    })).toEqual([]);
  });

  it('rejects a milestone date plus offset outside them', () => {
    expect(problems(deadlinesInRange, {
      milestones,
      tasks: {
        early: task({ deadline: { milestone: 'first', offsetDays: -1, text: '前一天' } }),
        late: task({ deadline: { milestone: 'last', offsetDays: 366, text: '后一年' } }),
      },
    })).toEqual([
      'content/tasks/early.md: deadline.offsetDays: 节点日期加上 offsetDays 后为 1999-12-31，超出允许的范围（2000-01-01 至 2100-12-31；请核对节点日期和天数）',
      'content/tasks/late.md: deadline.offsetDays: 节点日期加上 offsetDays 后为 2102-01-01，超出允许的范围（2000-01-01 至 2100-12-31；请核对节点日期和天数）',
    ]);
  });

  it('leaves only dates the calendar can write: the first and last allowed days, and one step beyond', () => {
    const words = { name: '日历', lead: '牵头：', deadline: '时限：', reminder: '明日到期：' };
    const event = (date: string): TaskExport => ({
      id: date, title: '任务', meeting: { id: 'm', title: '会议', date: null }, directive: 'd', status: '未开始', responsibilities: [], lead: [], support: [],
      deadline: { kind: 'date', text: '时限', date, inferred: false }, acceptance: '完成', source: { meeting: 'm', quote: '原话', paragraph: null }, url: '/tasks/x/',
    });
    expect(calendar(['1999-12-31', '2000-01-01', '2100-12-31', '2102-01-01'].map(event), words).match(/DTSTART;VALUE=DATE:\d{8}/g)).toEqual([
      'DTSTART;VALUE=DATE:19991231', 'DTSTART;VALUE=DATE:20000101', 'DTSTART;VALUE=DATE:21001231', 'DTSTART;VALUE=DATE:21020101',
    ]);
  });
});
