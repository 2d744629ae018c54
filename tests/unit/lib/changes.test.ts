/** Entries compared before and after a commit, field by field (src/lib/changes.ts). */
import { describe, expect, it } from 'vitest';
import { entryChanges, entryOfPath, fieldChanges, snapshotsOf, type CommitEntries, type Snapshot } from '~/lib/changes';

const snapshot = (collection: Snapshot['entry']['collection'], id: string, data: Snapshot['data'], body?: string): Snapshot => ({ entry: { collection, id }, data, body });
const commit = (before: Snapshot[], after: Snapshot[]): CommitEntries => ({ hash: 'h', date: '2022-05-12', time: '2022-05-12T10:00:00+08:00', note: undefined, before, after });

describe('entryOfPath and snapshotsOf', () => {
  it('names the entry a content file holds, each milestone of the list on its own', () => {
    expect(entryOfPath('content/departments/gongan.yaml')).toEqual({ collection: 'departments', id: 'gongan' });
    expect(entryOfPath('content/tasks/a.mdx')).toEqual({ collection: 'tasks', id: 'a' });
    expect(entryOfPath('content/milestones.yaml')).toEqual({ collection: 'milestones', id: '' });
    expect(entryOfPath('content/published.json')).toBeUndefined();
    expect(entryOfPath('src/x.ts')).toBeUndefined();
    expect(snapshotsOf('content/tasks/a.md', { data: { title: '甲' }, body: '正文' })).toEqual([snapshot('tasks', 'a', { title: '甲' }, '正文')]);
    expect(snapshotsOf('content/milestones.yaml', { data: [{ id: 'jinzhu', name: '进驻' }, { name: '无 id' }] })).toEqual([snapshot('milestones', 'jinzhu', { id: 'jinzhu', name: '进驻' })]);
  });
});

describe('fieldChanges', () => {
  it('says the deadline by its wording, units by role, and a body edited; key order and editors’ notes do not count', () => {
    const before = snapshot('tasks', 'a', { title: '甲', deadline: { text: '5月19日前', date: '2022-05-19' }, responsibilities: [{ unit: 'x', role: '牵头' }], editorNote: '旧' }, '正文');
    const after = snapshot('tasks', 'a', { responsibilities: [{ role: '牵头', unit: 'x' }, { unit: 'y', role: '配合' }], deadline: { date: '2022-05-20', text: '5月20日前' }, title: '甲', editorNote: '新' }, '新正文');
    expect(fieldChanges(before, after)).toEqual([
      { field: 'units', kind: 'set', role: '配合', added: [{ kind: 'ref', collection: 'departments', id: 'y' }], removed: [] },
      { field: 'deadline', kind: 'value', before: { kind: 'text', text: '5月19日前' }, after: { kind: 'text', text: '5月20日前' } },
      { field: 'body', kind: 'edited' },
    ]);
  });

  it('says a milestone date confirmed, and names a field it does not know only as other', () => {
    const before = snapshot('milestones', 'm', { id: 'm', date: '2022-05-25', dateIsInferred: true });
    const after = snapshot('milestones', 'm', { id: 'm', date: '2022-05-25', dateIsInferred: false, flag: true });
    expect(fieldChanges(before, after)).toEqual([
      { field: 'date', kind: 'value', before: { kind: 'date', date: '2022-05-25', yearPending: true }, after: { kind: 'date', date: '2022-05-25', yearPending: false } },
      { field: 'other', kind: 'edited' },
    ]);
  });
});

describe('entryChanges', () => {
  const units = (_entry: unknown, mentioned: readonly string[]) => [...mentioned];

  it('lists entries added, removed and changed, with the units their versions name', () => {
    const changes = entryChanges(
      [commit([snapshot('tasks', 'a', { title: '甲', status: '未开始' }), snapshot('tasks', 'b', { title: '乙', responsibilities: [{ unit: 'x', role: '牵头' }] })], [snapshot('tasks', 'a', { title: '甲', status: '进行中' }), snapshot('departments', 'c', { name: '丙' })])],
      units,
    );
    expect(changes.map((change) => [change.status, change.entry.id, change.title, change.fields.length, change.units])).toEqual([
      ['modified', 'a', '甲', 1, []],
      ['added', 'c', '丙', 0, ['c']],
      ['deleted', 'b', '乙', 0, ['x']],
    ]);
  });

  it('lists nothing for a file renamed or moved with its content, nor for a commit that changed no field', () => {
    const task = { title: '甲', status: '未开始' };
    // .mdx → .md keeps the id; a new file name moves the entry.
    expect(entryChanges([commit([snapshot('tasks', 'a', task, '正文')], [snapshot('tasks', 'a', task, '正文\n')])], units)).toEqual([]);
    expect(entryChanges([commit([snapshot('tasks', 'a', task, '正文')], [snapshot('tasks', 'b', task, '正文')])], units)).toEqual([]);
    expect(entryChanges([commit([snapshot('tasks', 'a', { ...task, editorNote: '旧' })], [snapshot('tasks', 'a', { ...task, editorNote: '新' })])], units)).toEqual([]);
  });

  it('lists nothing for a status dropped once reports sum it up, but a standing rule that ends is a change', () => {
    expect(entryChanges([commit([snapshot('tasks', 'a', { title: '甲', status: '未开始' })], [snapshot('tasks', 'a', { title: '甲' })])], units)).toEqual([]);
    const ended = entryChanges([commit([snapshot('tasks', 'a', { title: '甲', status: '长期坚持' })], [snapshot('tasks', 'a', { title: '甲' })])], units);
    expect(ended.map((change) => change.fields)).toEqual([[{ field: 'status', kind: 'value', before: { kind: 'text', text: '长期坚持' }, after: { kind: 'none' } }]]);
  });
});
