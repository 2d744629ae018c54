import { describe, expect, it } from 'vitest';
import { calendarCounts, dueDate, isTimed, resolveDeadline } from '~/lib/deadline';
import type { Deadline } from '~/schemas/deadline';

const milestones = new Map([
  ['xiachen', { date: '2022-06-01', dateIsInferred: false }],
  ['fankui', { date: null, dateIsInferred: false }],
]);

describe('resolveDeadline', () => {
  it('resolves a date, a milestone with offset, and immediately to the meeting date', () => {
    expect(resolveDeadline({ kind: 'date', date: '2022-05-19', yearInferred: true, text: '' }, milestones, null)).toEqual({ date: '2022-05-19', inferred: true });
    expect(resolveDeadline({ kind: 'milestone', milestone: 'xiachen', offsetDays: -3, text: '' }, milestones, null)).toEqual({ date: '2022-05-29', inferred: false });
    expect(resolveDeadline({ kind: 'immediate', text: '' }, milestones, '2022-05-10')).toEqual({ date: '2022-05-10', inferred: false });
  });

  it('leaves unknown what is not known', () => {
    expect(resolveDeadline({ kind: 'milestone', milestone: 'fankui', offsetDays: 0, text: '' }, milestones, null).date).toBeNull();
    expect(resolveDeadline({ kind: 'milestone', milestone: 'missing', offsetDays: 0, text: '' }, milestones, null).date).toBeNull();
    expect(resolveDeadline({ kind: 'immediate', text: '' }, milestones, null).date).toBeNull();
    expect(resolveDeadline({ kind: 'unspecified', text: '' }, milestones, '2022-05-10').date).toBeNull();
  });

  it('gives a start no date, even with the meeting date known: it is never due', () => {
    expect(resolveDeadline({ kind: 'start', text: '今天会议以后' }, milestones, '2022-05-10')).toEqual({ date: null, inferred: false });
  });
});

describe('dueDate', () => {
  it('is the date once confirmed, and none while its year or its milestone is only inferred', () => {
    expect(dueDate({ date: '2022-05-19', inferred: false })).toBe('2022-05-19');
    expect(dueDate({ date: '2022-05-19', inferred: true })).toBeNull();
    const inferredMilestone = new Map([['jinzhu', { date: '2022-05-25', dateIsInferred: true }]]);
    expect(dueDate(resolveDeadline({ kind: 'milestone', milestone: 'jinzhu', offsetDays: -1, text: '' }, inferredMilestone, null))).toBeNull();
    expect(dueDate({ date: null, inferred: false })).toBeNull();
  });
});

describe('isTimed and calendarCounts', () => {
  const kinds: Deadline[] = [
    { kind: 'date', date: '2022-05-19', yearInferred: true, text: '5月19日前' },
    { kind: 'date', date: '2022-06-01', yearInferred: false, text: '6月1日前' },
    { kind: 'milestone', milestone: 'fankui', offsetDays: 0, text: '反馈后' },
    { kind: 'immediate', text: '会后立即落实' },
    { kind: 'start', text: '当前' },
    { kind: 'unspecified', text: '今后' },
  ];

  it('tells deadlines with a time limit from starts and unset ones', () => {
    expect(kinds.map(isTimed)).toEqual([true, true, true, true, false, false]);
  });

  it('counts what a calendar leaves out: dates to confirm, and time limits without a date', () => {
    const items = kinds.map((deadline) => ({ deadline, resolved: resolveDeadline(deadline, milestones, null) }));
    expect(calendarCounts(items)).toEqual({ pending: 1, undated: 2 });
  });
});
