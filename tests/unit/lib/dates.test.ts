import { describe, expect, it } from 'vitest';
import { addDays, chinaDate, daysBetween } from '~/lib/dates';

describe('addDays', () => {
  it('adds days across month, leap-day and year ends, and goes back with a negative count', () => {
    expect(addDays('2022-02-27', 2)).toBe('2022-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2022-06-01', -3)).toBe('2022-05-29');
    expect(addDays('2022-05-19', 0)).toBe('2022-05-19');
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative when the second date is earlier', () => {
    expect(daysBetween('2022-02-27', '2022-03-01')).toBe(2);
    expect(daysBetween('2022-05-19', '2022-05-19')).toBe(0);
    expect(daysBetween('2022-05-25', '2022-05-19')).toBe(-6);
    expect(daysBetween('2022-12-31', '2023-01-01')).toBe(1);
  });

  it('undoes addDays', () => {
    for (const days of [-400, -1, 0, 1, 59, 366]) expect(daysBetween('2022-05-19', addDays('2022-05-19', days))).toBe(days);
  });
});

describe('chinaDate', () => {
  it('is the date in Shanghai, eight hours ahead of UTC', () => {
    expect(chinaDate(new Date('2022-05-18T15:59:59Z'))).toBe('2022-05-18');
    expect(chinaDate(new Date('2022-05-18T16:00:00Z'))).toBe('2022-05-19');
    expect(chinaDate(new Date('2022-12-31T16:30:00Z'))).toBe('2023-01-01');
  });
});
