/** Interface strings by key, filled, and handed to custom elements as one attribute (src/i18n/t.ts). */
import { describe, expect, it } from 'vitest';
import { strings as elementStrings, t } from '~/i18n/t';

describe('interface strings', () => {
  it('fill placeholders and leave unknown ones visible', () => {
    expect(t('due.overdue', { days: 3 })).toBe('逾期 3 天');
    expect(t('due.overdue')).toBe('逾期 {days} 天');
  });
});

describe('strings for an element', () => {
  it('are the unfilled templates of the keys, in order, as one JSON array', () => {
    expect(elementStrings(['due.overdue', 'due.today'])).toBe('["逾期 {days} 天","今天到期"]');
    expect(elementStrings([])).toBe('[]');
  });
});
