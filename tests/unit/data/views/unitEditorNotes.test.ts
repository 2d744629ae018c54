import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { unitEditorNotes } from '~/data/views/unitEditorNotes';
import { fixtureEntries } from '../fixture';

describe('unitEditorNotes', () => {
  it('lists the units with an editor\'s note, by name, and no other', () => {
    const entries = fixtureEntries();
    const notes: Record<string, string> = { a: '讲话只说“甲”；全称系编者补全。', c: '名称系编者概括。' };
    const departments = entries.departments.map((unit) => (notes[unit.id] === undefined ? unit : { ...unit, data: { ...unit.data, editorNote: notes[unit.id] } }));
    expect(unitEditorNotes(indexSite({ ...entries, departments }))).toEqual([
      { id: 'c', name: '丙镇', note: '名称系编者概括。' },
      { id: 'a', name: '区甲局', note: '讲话只说“甲”；全称系编者补全。' },
    ]);
    expect(unitEditorNotes(indexSite(entries))).toEqual([]);
  });
});
