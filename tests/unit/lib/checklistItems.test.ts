/** A checklist's items as one attribute (src/lib/checklistItems.ts). */
import { describe, expect, it } from 'vitest';
import { decodeItems, encodeItems } from '~/lib/checklistItems';
import { textHash } from '~/lib/checklistProgress';

const items = [
  { id: 'quanmian-jiancha', text: '没有全面检查的不放过' },
  { id: 'luoshi-zeren', text: '没有落实责任的不放过' },
];

describe('checklist items in an attribute', () => {
  it('are id:hash pairs, read back with no text', () => {
    const encoded = encodeItems(items);
    expect(encoded).toBe(`quanmian-jiancha:${textHash('没有全面检查的不放过')} luoshi-zeren:${textHash('没有落实责任的不放过')}`);
    expect(decodeItems(encoded)).toEqual(items.map(({ id, text }) => ({ id, hash: textHash(text), text: '' })));
  });

  it('read nothing from an empty attribute, and skip what is not a pair', () => {
    expect(encodeItems([])).toBe('');
    expect(decodeItems('')).toEqual([]);
    expect(decodeItems('  a:1  junk ')).toEqual([{ id: 'a', hash: '1', text: '' }]);
  });
});
