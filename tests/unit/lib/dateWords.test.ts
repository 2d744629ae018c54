import { describe, expect, it } from 'vitest';
import { dayWords, daysNamed, namesDay, quotedSpans } from '~/lib/dateWords';

describe('dateWords', () => {
  it('finds the days prose names, with or without a year, and no digits glued before them', () => {
    expect(daysNamed('2022年5月19日前抽调到位，05月09日报送；2015月1日不算').map(({ text, index, year, month, day }) => [text, index, year, month, day])).toEqual([
      ['2022年5月19日', 0, 2022, 5, 19],
      ['05月09日', 16, undefined, 5, 9],
    ]);
  });

  it('compares them with an ISO date: month and day, and the year when given', () => {
    const [withYear, without] = daysNamed('2022年5月19日，5月19日');
    expect([namesDay(withYear!, '2022-05-19'), namesDay(withYear!, '2023-05-19'), namesDay(without!, '2023-05-19'), namesDay(without!, '2022-05-20')]).toEqual([true, false, true, false]);
    expect(dayWords('2022-06-01')).toBe('6月1日');
  });

  it('knows which spans are quoted, an unclosed quote running to the end', () => {
    expect(quotedSpans('他说“5月19日前”，又说「当前」，“未完')).toEqual([[2, 10], [13, 17], [18, 21]]);
  });
});
