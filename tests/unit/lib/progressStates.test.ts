import { describe, expect, it } from 'vitest';
import { dueList, overdueDays, overdueInList, progressLabel, PROGRESS_LABELS, PROGRESS_SYMBOLS, unreportedDays } from '~/lib/progressStates';

describe('progressLabel', () => {
  it('names each state, and a 退回 whatever the state after it', () => {
    expect([null, '未启动', '推进中', '已完成', '申请销号', '已销号'].map((state) => progressLabel(state as Parameters<typeof progressLabel>[0], false))).toEqual([
      'none',
      'notStarted',
      'underway',
      'claimed',
      'requested',
      'signedOff',
    ]);
    expect(progressLabel('推进中', true)).toBe('returned');
  });

  it('gives every label its own symbol', () => {
    expect(new Set(PROGRESS_LABELS.map((label) => PROGRESS_SYMBOLS[label])).size).toBe(PROGRESS_LABELS.length);
  });
});

describe('overdueDays', () => {
  it('counts the days after the deadline, unless signed off or without a date', () => {
    expect([overdueDays('2022-05-19', false, '2022-05-19'), overdueDays('2022-05-19', false, '2022-05-22'), overdueDays('2022-05-19', true, '2022-05-22'), overdueDays(null, false, '2022-05-22')]).toEqual([0, 3, 0, 0]);
  });
});

describe('unreportedDays', () => {
  it('counts the days since the last report once they pass the cycle', () => {
    expect([unreportedDays('2022-05-15', '2022-05-22', 7), unreportedDays('2022-05-15', '2022-05-23', 7), unreportedDays(null, '2022-05-23', 7)]).toEqual([0, 8, 0]);
  });
});

describe('dueList', () => {
  it('lists each date from the given one on once with its count, in order, and counts those overdue on a day', () => {
    expect(dueList(['2022-05-19', '2022-05-20', '2022-05-21'], '2022-05-20')).toBe('2022-05-20 2022-05-21');
    // Due on the build's day: not late then, late the day after.
    expect([overdueInList(dueList(['2022-05-20'], '2022-05-20'), '2022-05-20'), overdueInList(dueList(['2022-05-20'], '2022-05-20'), '2022-05-21')]).toEqual([0, 1]);
    const list = dueList(['2022-06-01', '2022-05-19', null, '2022-05-19', '2022-05-25'], '2022-05-18');
    expect(list).toBe('2022-05-19*2 2022-05-25 2022-06-01');
    expect([overdueInList(list, '2022-05-19'), overdueInList(list, '2022-05-20'), overdueInList(list, '2022-05-26'), overdueInList('', '2022-05-26')]).toEqual([0, 2, 3, 0]);
  });
});
