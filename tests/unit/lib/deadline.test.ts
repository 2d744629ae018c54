import { describe, expect, it } from 'vitest';
import { resolveDeadline } from '~/lib/deadline';

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
});
