/** Entries compared before and after a commit, field by field (src/lib/changes.ts). */
import { describe, expect, it } from 'vitest';
import { entryChanges, entryOfPath, fieldChanges, snapshotsOf, type CommitEntries, type Snapshot } from '~/lib/changes';

const snapshot = (collection: Snapshot['entry']['collection'], id: string, data: Snapshot['data'], body?: string): Snapshot => ({ entry: { collection, id }, data, body });
const commit = (before: Snapshot[], after: Snapshot[], hash = 'h'): CommitEntries => ({ hash, date: '2022-05-12', time: '2022-05-12T10:00:00+08:00', note: undefined, before, after });
const unit = (id: string, name?: string) => ({ kind: 'ref', collection: 'departments', id, ...(name === undefined ? {} : { name }) });

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
      { path: ['responsibilities', { role: '配合' }], kind: 'set', added: [unit('y')], removed: [] },
      { path: ['deadline'], kind: 'value', before: { kind: 'text', text: '5月19日前' }, after: { kind: 'text', text: '5月20日前' } },
      { path: [], kind: 'body' },
    ]);
  });

  it('says a deadline moved after the meeting, with its wording kept, as the deadline pages show it', () => {
    const deadline = { date: '2022-05-19', text: '5月19日前' };
    const adjusted = { ...deadline, adjusted: { date: '2022-05-20', reason: '延后一天', decidedOn: '2022-05-12' } };
    expect(fieldChanges(snapshot('tasks', 'a', { deadline }), snapshot('tasks', 'a', { deadline: adjusted }))).toEqual([
      {
        path: ['deadline'],
        kind: 'value',
        before: { kind: 'deadline', deadline: { kind: 'date', date: '2022-05-19', yearInferred: false, text: '5月19日前' } },
        after: { kind: 'deadline', deadline: { kind: 'date', date: '2022-05-20', yearInferred: false, text: '5月19日前', adjusted: { from: '2022-05-19', reason: '延后一天', decidedOn: '2022-05-12' } } },
      },
    ]);
  });

  it('follows a field the schema knows into nested objects, by its keys, with references and dates as such', () => {
    const before = snapshot('tasks', 'a', { location: 'huanbao', source: { meeting: 'm', quote: '旧的原话' }, checklist: 'old' });
    const after = snapshot('tasks', 'a', { source: { meeting: 'm2', quote: '旧的原话' }, checklist: 'new' });
    expect(fieldChanges(before, after)).toEqual([
      { path: ['source', 'meeting'], kind: 'value', before: { kind: 'ref', collection: 'meetings', id: 'm' }, after: { kind: 'ref', collection: 'meetings', id: 'm2' } },
      { path: ['location'], kind: 'value', before: unit('huanbao'), after: { kind: 'none' } },
      { path: ['checklist'], kind: 'value', before: { kind: 'ref', collection: 'checklists', id: 'old' }, after: { kind: 'ref', collection: 'checklists', id: 'new' } },
    ]);
  });

  it('says a milestone date confirmed, a yes/no field, and names a field it does not know only by its place', () => {
    const before = snapshot('milestones', 'm', { id: 'm', date: '2022-05-25', dateIsInferred: true });
    const after = snapshot('milestones', 'm', { id: 'm', date: '2022-05-25', dateIsInferred: false, editorial: true, flag: true });
    expect(fieldChanges(before, after)).toEqual([
      { path: ['date'], kind: 'value', before: { kind: 'date', date: '2022-05-25', inferred: true }, after: { kind: 'date', date: '2022-05-25', inferred: false } },
      { path: ['editorial'], kind: 'value', before: { kind: 'flag', on: false }, after: { kind: 'flag', on: true } },
      { path: ['flag'], kind: 'edited' },
    ]);
  });

  it('compares checklist items by id: added, removed, reworded, and their other fields under their words', () => {
    const before = snapshot('checklists', 'c', { items: [{ id: 'a', text: '甲' }, { id: 'b', text: '乙', unit: 'x' }, { id: 'c', text: '丙' }], retired: [] });
    const after = snapshot('checklists', 'c', { items: [{ id: 'a', text: '甲二' }, { id: 'c', text: '丙', unit: 'y' }, { id: 'd', text: '丁' }], retired: ['b'] });
    expect(fieldChanges(before, after)).toEqual([
      { path: ['items'], kind: 'set', added: [{ kind: 'text', text: '丁' }], removed: [{ kind: 'text', text: '乙' }] },
      { path: ['items'], kind: 'value', before: { kind: 'text', text: '甲' }, after: { kind: 'text', text: '甲二' } },
      { path: ['items', { item: { kind: 'text', text: '丙' } }, 'unit'], kind: 'value', before: { kind: 'none' }, after: unit('y') },
    ]);
  });

  it('compares an agenda of the same length row by row, and one that grew by its items', () => {
    const agenda = (...items: [string, string][]) => snapshot('meetings', 'm', { agenda: items.map(([item, presenter]) => ({ item, presenter })) });
    expect(fieldChanges(agenda(['部署', '书记'], ['讲话', '区长']), agenda(['部署', '书记'], ['讲话', '副区长']))).toEqual([
      { path: ['agenda', { row: 2 }, 'presenter'], kind: 'value', before: { kind: 'text', text: '区长' }, after: { kind: 'text', text: '副区长' } },
    ]);
    expect(fieldChanges(agenda(['部署', '书记']), agenda(['部署', '书记'], ['讲话', '区长']))).toEqual([
      { path: ['agenda'], kind: 'set', added: [{ kind: 'agenda', item: '讲话', presenter: '区长' }], removed: [] },
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
    expect(ended.map((change) => change.fields)).toEqual([[{ path: ['status'], kind: 'value', before: { kind: 'text', text: '长期坚持' }, after: { kind: 'none' } }]]);
  });

  it('names references as the site stood at each revision: before a later rename, and a unit deleted since by its last name', () => {
    const task = (...lines: [string, string][]) => snapshot('tasks', 't', { title: '任务', responsibilities: lines.map(([id, role]) => ({ unit: id, role })) });
    // Newest first: huanbao renamed; then (older) zhu deleted while leaving the task; then (oldest) huanbao added to it.
    const changes = entryChanges(
      [
        commit([snapshot('departments', 'huanbao', { name: '区环保局' })], [snapshot('departments', 'huanbao', { name: '区生态环境局' })], 'rename'),
        commit([task(['a', '牵头'], ['huanbao', '配合'], ['zhu', '配合']), snapshot('departments', 'zhu', { name: '区驻点办' })], [task(['a', '牵头'], ['huanbao', '配合'])], 'delete'),
        commit([task(['a', '牵头'])], [task(['a', '牵头'], ['huanbao', '配合'], ['zhu', '配合'])], 'add'),
      ],
      units,
    );
    expect(changes.filter((change) => change.entry.id === 't').map((change) => [change.commit.hash, change.fields])).toEqual([
      ['delete', [{ path: ['responsibilities', { role: '配合' }], kind: 'set', added: [], removed: [unit('zhu', '区驻点办')] }]],
      ['add', [{ path: ['responsibilities', { role: '配合' }], kind: 'set', added: [unit('huanbao', '区环保局'), unit('zhu', '区驻点办')], removed: [] }]],
    ]);
  });
});
