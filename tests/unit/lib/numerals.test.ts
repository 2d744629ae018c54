/** Chinese numerals for the speech's numbered points (src/lib/numerals.ts). */
import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '~/lib/numerals';

describe('chineseNumeral', () => {
  it('numbers the points as the speech does', () => {
    expect([1, 4, 10, 12, 20, 99].map(chineseNumeral)).toEqual(['一', '四', '十', '十二', '二十', '九十九']);
    expect(chineseNumeral(0)).toBe('0');
    expect(chineseNumeral(100)).toBe('100');
  });
});
