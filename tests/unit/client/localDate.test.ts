/** The reader's own date (src/client/localDate.ts). */
import { describe, expect, it } from 'vitest';
import { localToday } from '~/client/localDate';

describe('localToday', () => {
  it('takes today from the local calendar, not UTC', () => {
    expect(localToday(new Date(2022, 4, 19, 23, 59))).toBe('2022-05-19');
    expect(localToday(new Date(2022, 0, 1, 0, 1))).toBe('2022-01-01');
  });
});
