/** Chinese numerals for headings: 1 → 一, 4 → 四, 12 → 十二, as the speech numbers its points. */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The Chinese numeral for 1–99; other numbers are written in digits. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return `${head}${ones === 0 ? '' : DIGITS[ones]}`;
}

/**
 * A count in Chinese numerals, as one says "两点意见" and "四点意见": 两 for two (二 is for order,
 * 二、), otherwise as `chineseNumeral`.
 */
export function chineseCount(value: number): string {
  return value === 2 ? '两' : chineseNumeral(value);
}
