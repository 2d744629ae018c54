/** The one templating function, shared by the server and the browser (src/i18n/fill.ts). */
import { describe, expect, it } from 'vitest';
import { fill, fillParts } from '~/i18n/fill';

describe('fill', () => {
  it('replaces every occurrence of each placeholder, numbers included', () => {
    expect(fill('{done} / {total} 已完成', { done: 0, total: 5 })).toBe('0 / 5 已完成');
    expect(fill('{a}{b}{a}', { a: 'x', b: '' })).toBe('x' + 'x');
  });

  it('leaves a placeholder without a value as it is, and other braces alone', () => {
    expect(fill('距“{name}”（{date}）还有 {days} 天', { name: '进驻', days: 6 })).toBe('距“进驻”（{date}）还有 6 天');
    expect(fill('{ days } {} {{days}}', { days: 1 })).toBe('{ days } {} {1}');
    expect(fill('/ducha/units/{id}/', { id: 'gongan' })).toBe('/ducha/units/gongan/');
  });

  it('does not read values from the prototype', () => {
    expect(fill('{toString}', {})).toBe('{toString}');
  });
});

describe('fillParts', () => {
  it('gives the words and each value as pieces, which join to what fill gives', () => {
    const template = '逾期 {overdue} 项；{unreported} 个单位未报送，{missing}。';
    const parts = fillParts(template, { overdue: 3, unreported: 0 });
    expect(parts).toEqual([
      { text: '逾期 ' },
      { text: '3', name: 'overdue' },
      { text: ' 项；' },
      { text: '0', name: 'unreported' },
      { text: ' 个单位未报送，{missing}。' },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(fill(template, { overdue: 3, unreported: 0 }));
    expect(fillParts('{a}{b}', { a: 1, b: 2 })).toEqual([{ text: '1', name: 'a' }, { text: '2', name: 'b' }]);
  });
});
