import { describe, expect, it } from 'vitest';
import { caseDue, currentHandling, isCaseOverdue, isConcluded } from '~/lib/cases';

describe('caseDue', () => {
  it('is the case\'s own 办理时限, else the days after 交办', () => {
    expect(caseDue('2022-09-20', undefined, 15)).toBe('2022-10-05');
    expect(caseDue('2022-09-20', '2022-09-25', 15)).toBe('2022-09-25');
  });
});

describe('isCaseOverdue', () => {
  it('is late the day after the 办理时限 until 办结 or 销号', () => {
    expect(isCaseOverdue('2022-09-25', '办理中', false, '2022-09-25')).toBe(false);
    expect(isCaseOverdue('2022-09-25', '办理中', false, '2022-09-26')).toBe(true);
    expect(isCaseOverdue('2022-09-25', '已交办', false, '2022-09-26')).toBe(true);
    expect(isCaseOverdue('2022-09-25', '阶段性办结', false, '2022-09-26')).toBe(false);
    expect(isCaseOverdue('2022-09-25', '办理中', true, '2022-09-26')).toBe(false);
  });
  it('counts 阶段性办结 as 办结', () => {
    expect([isConcluded('已交办'), isConcluded('办理中'), isConcluded('阶段性办结'), isConcluded('已办结')]).toEqual([false, false, true, true]);
  });
});

describe('currentHandling', () => {
  const events = [
    { unit: 'b', date: '2022-09-26', line: 'b late' },
    { unit: 'a', date: '2022-09-24', line: 'a early' },
    { unit: 'c', date: '2022-09-24', line: 'c same day' },
    { unit: 'a', date: '2022-09-25', line: 'a later' },
  ];
  it('is the latest report of a lead unit; an assisting unit\'s never', () => {
    expect(currentHandling(events, ['a'])?.line).toBe('a later');
    expect(currentHandling(events, ['x'])).toBeUndefined();
  });
  it('prefers the first lead named on the same day', () => {
    expect(currentHandling(events.slice(1, 3), ['c', 'a'])?.line).toBe('c same day');
    expect(currentHandling(events.slice(1, 3), ['a', 'c'])?.line).toBe('a early');
  });
});
