/** Chinese numerals for the speech's numbered points (src/lib/numerals.ts). */
import { describe, expect, it } from 'vitest';
import { chineseCount, chineseNumeral } from '~/lib/numerals';

describe('chineseNumeral', () => {
  it('numbers the points as the speech does', () => {
    expect([1, 4, 10, 12, 20, 99].map(chineseNumeral)).toEqual(['一', '四', '十', '十二', '二十', '九十九']);
    expect(chineseNumeral(0)).toBe('0');
    expect(chineseNumeral(100)).toBe('100');
  });
});

describe('chineseCount', () => {
  it('counts as one speaks: 两点意见, 四点意见, 十二点意见', () => {
    expect([1, 2, 4, 12, 22].map(chineseCount)).toEqual(['一', '两', '四', '十二', '二十二']);
  });
});
