/** Field names for staff, read from the schemas' descriptions (src/schemas/fieldLabels.ts). */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '~/schemas/common';
import { fieldInfo, fieldNames, labelOf } from '~/schemas/fieldLabels';

/** Every field path of a collection, nested fields and list items' fields included. */
function paths(collection: CollectionName, path: readonly string[] = []): string[][] {
  return fieldNames(collection, path).flatMap((key) => [[...path, key], ...paths(collection, [...path, key])]);
}

describe('labelOf', () => {
  it('takes the words before the first "：" "，" "（" or "；"', () => {
    expect(labelOf('单位全称，如“区公安分局”')).toBe('单位全称');
    expect(labelOf('状态：未开始、进行中')).toBe('状态');
    expect(labelOf('标题（不含序号）')).toBe('标题');
    expect(labelOf('会议日期；原稿未载明时写 null')).toBe('会议日期');
    expect(labelOf('主持人/讲话人')).toBe('主持人/讲话人');
  });
});

describe('every field is named for staff by its description', () => {
  const all = COLLECTIONS.flatMap((collection) => paths(collection).map((path) => ({ collection, path, info: fieldInfo(collection, path) })));

  it('walks every collection down to its list items’ fields', () => {
    expect(all.length).toBeGreaterThan(80);
    expect(paths('tasks').map((path) => path.join('.'))).toContain('deadline.adjusted.reason');
    expect(paths('checklists').map((path) => path.join('.'))).toContain('items.unit');
  });

  it('in a few Chinese words: no field name, id or English, which staff never read', () => {
    const bad = all.filter(({ info }) => info?.label === undefined || info.label === '' || [...info.label].length > 12 || /[A-Za-z0-9]/.test(info.label));
    expect(bad.map(({ collection, path, info }) => `${collection}: ${path.join('.')}: ${info?.label ?? '（无说明）'}`)).toEqual([]);
  });

  it('with the words the pages use', () => {
    const label = (collection: CollectionName, path: string) => fieldInfo(collection, path.split('.'))?.label;
    expect([
      label('departments', 'name'),
      label('departments', 'members'),
      label('tasks', 'responsibilities'),
      label('tasks', 'responsibilities.who'),
      label('tasks', 'deadline'),
      label('tasks', 'source.quote'),
      label('checklists', 'items.unit'),
      label('milestones', 'editorial'),
    ]).toEqual(['单位全称', '成员单位', '责任分工', '具体落实人员', '完成时限', '讲话原文', '负责单位', '编者所加节点']);
  });
});

describe('what a field holds', () => {
  it('a reference, to which collection, through a list and an optional field', () => {
    expect(fieldInfo('tasks', ['directive'])).toMatchObject({ label: '所属要求', ref: 'directives' });
    expect(fieldInfo('tasks', ['location'])).toMatchObject({ label: '办公地点', ref: 'departments' });
    expect(fieldInfo('tasks', ['deadline', 'milestone'])).toMatchObject({ label: '时间节点', ref: 'milestones' });
    expect(fieldInfo('departments', ['members'])).toMatchObject({ label: '成员单位', ref: 'departments' });
    expect(fieldInfo('checklists', ['appliesTo'])).toMatchObject({ label: '适用单位', ref: 'departments' });
    expect(fieldInfo('tasks', ['title'])?.ref).toBeUndefined();
  });

  it('a date, nullable or nested', () => {
    expect(fieldInfo('milestones', ['date'])).toMatchObject({ label: '日期', date: true });
    expect(fieldInfo('tasks', ['deadline', 'adjusted', 'decidedOn'])).toMatchObject({ label: '作出调整决定的日期', date: true });
    expect(fieldInfo('tasks', ['deadline', 'text'])?.date).toBeUndefined();
  });

  it('nothing for a field the schema does not have', () => {
    expect(fieldInfo('tasks', ['flag'])).toBeUndefined();
    expect(fieldInfo('tasks', ['title', 'flag'])).toBeUndefined();
    expect(fieldInfo('tasks', [])).toBeUndefined();
    expect(fieldNames('tasks', ['title'])).toEqual([]);
  });
});
