import { describe, expect, it } from 'vitest';
import { deadlineWording } from '~/check/rules/deadlineWording';
import { problems, task } from '../inlineSite';

const deadline = (fields: Record<string, unknown>) => task({ deadline: fields });

describe('deadlineWording', () => {
  it('accepts 立即 as immediate, a start that sets no time limit, and a time limit of any other kind', () => {
    expect(problems(deadlineWording, {
      tasks: {
        immediate: deadline({ immediate: true, text: '请会后立即落实' }),
        start: deadline({ start: true, text: '今天会议以后' }),
        current: deadline({ start: true, text: '当前' }),
        date: deadline({ date: '2022-05-19', text: '5月19日前' }),
        milestone: task({ deadline: { milestone: 'xiachen', text: '力争在下沉督察之前' } }),
        standing: deadline({ unspecified: true, text: '讲话未规定时限' }),
        early: deadline({ unspecified: true, text: '提前' }),
        startThenLimit: deadline({ date: '2022-05-19', text: '即日起至5月19日前' }),
      },
    })).toEqual([]);
  });

  it('refuses immediate for words that only say when work starts, or that set no time at all', () => {
    expect(problems(deadlineWording, {
      tasks: {
        today: deadline({ immediate: true, text: '今天会议以后' }),
        current: deadline({ immediate: true, text: '当前' }),
      },
    })).toEqual([
      'content/tasks/current.md: deadline.immediate: 原话“当前”没有要求立即落实：immediate 只用于“请会后立即落实”这样的原话（只说何时开始的，如“今天会议以后”“当前”，改为 start: true；没有时限的改为 unspecified: true）',
      'content/tasks/today.md: deadline.immediate: 原话“今天会议以后”没有要求立即落实：immediate 只用于“请会后立即落实”这样的原话（只说何时开始的，如“今天会议以后”“当前”，改为 start: true；没有时限的改为 unspecified: true）',
    ]);
  });

  it('refuses a start whose words set a time limit: 立即, a date, or before a milestone', () => {
    expect(problems(deadlineWording, {
      tasks: {
        atOnce: deadline({ start: true, text: '会后立即' }),
        dated: deadline({ start: true, text: '5月19日前' }),
        before: deadline({ start: true, text: '下沉督察之前' }),
      },
    })).toEqual([
      'content/tasks/atOnce.md: deadline.start: 原话“会后立即”要求立即落实，是完成时限而不是开始时间（请改为 immediate: true）',
      'content/tasks/before.md: deadline.start: 原话“下沉督察之前”规定了完成时限，start 只用于只说何时开始的原话（请改为 date 或 milestone）',
      'content/tasks/dated.md: deadline.start: 原话“5月19日前”规定了完成时限，start 只用于只说何时开始的原话（请改为 date 或 milestone）',
    ]);
  });

  it('asks for immediate where the words ask for action at once but the kind says the speech set no deadline', () => {
    expect(problems(deadlineWording, {
      tasks: {
        atOnce: deadline({ unspecified: true, text: '会后立即' }),
        standing: deadline({ unspecified: true, text: '讲话未规定时限' }),
        dated: deadline({ date: '2022-05-19', text: '立即行动，5月19日前完成' }),
      },
    })).toEqual([
      'content/tasks/atOnce.md: deadline.unspecified: 原话“会后立即”要求立即落实，是立即时限而不是未规定时限（请把 unspecified: true 改为 immediate: true）',
    ]);
  });

  it('asks for a start where the words say only when work starts', () => {
    expect(problems(deadlineWording, {
      tasks: {
        dated: deadline({ date: '2022-05-19', text: '今天会议以后' }),
        standing: deadline({ unspecified: true, text: '当前' }),
      },
    })).toEqual([
      'content/tasks/dated.md: deadline.date: 原话“今天会议以后”只说何时开始，没有规定完成时限（请改为 start: true，它不会显示为逾期）',
      'content/tasks/standing.md: deadline.unspecified: 原话“当前”只说何时开始，没有规定完成时限（请改为 start: true，它不会显示为逾期）',
    ]);
  });
});
