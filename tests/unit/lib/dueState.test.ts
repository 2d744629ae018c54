/** How near a deadline is, from the reader's date (src/lib/dueState.ts). */
import { describe, expect, it } from 'vitest';
import { dueState } from '~/lib/dueState';

describe('dueState', () => {
  it('is overdue after the day, soon within 3 days, later beyond, done when closed', () => {
    expect(dueState('2022-05-19', '2022-05-20', '未开始')).toBe('overdue');
    expect(dueState('2022-05-19', '2022-05-19', '进行中')).toBe('soon');
    expect(dueState('2022-05-19', '2022-05-16', '未开始')).toBe('soon');
    expect(dueState('2022-05-19', '2022-05-15', '未开始')).toBe('later');
    expect(dueState('2022-05-19', '2022-06-01', '已销号')).toBe('done');
  });
});
