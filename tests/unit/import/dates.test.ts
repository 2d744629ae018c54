/** Days as units write them (src/import/dates.ts). */
import { describe, expect, it } from 'vitest';
import { dayOfText, readDay, serialDay } from '~/import/dates';

const TODAY = '2022-05-25';

describe('readDay', () => {
  it('reads the ways a unit writes a day', () => {
    const cases: [string, string | undefined][] = [
      ['2022-05-20', '2022-05-20'],
      ['2022/5/20', '2022-05-20'],
      ['2022.5.20', '2022-05-20'],
      ['2022年5月20日', '2022-05-20'],
      [' ２０２２年５月２０日 ', '2022-05-20'],
      ['20220520', '2022-05-20'],
      ['5月20日', '2022-05-20'],
      ['5月20', '2022-05-20'],
      ['44701', '2022-05-20'],
      ['2022-02-30', undefined],
      ['2月30日', undefined],
      ['下周五', undefined],
      ['', undefined],
    ];
    expect(cases.map(([text]) => [text, dayOfText(text, TODAY)])).toEqual(cases);
  });

  it('places a day without its year on the latest such day up to today', () => {
    expect(dayOfText('12月30日', '2023-01-03')).toBe('2022-12-30');
    expect(dayOfText('1月3日', '2023-01-03')).toBe('2023-01-03');
  });

  it('takes Excel’s own dates and serials, and no other number', () => {
    expect(readDay({ text: '2022-05-20', date: '2022-05-20', number: 44701 }, TODAY)).toBe('2022-05-20');
    expect(readDay({ text: '44701', number: 44701 }, TODAY)).toBe('2022-05-20');
    expect(readDay({ text: '20220520', number: 20220520 }, TODAY)).toBe('2022-05-20');
    expect(readDay({ text: '12', number: 12 }, TODAY)).toBeUndefined();
    expect(serialDay(1)).toBe('1899-12-31');
  });
});
