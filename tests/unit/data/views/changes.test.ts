import { describe, expect, it } from 'vitest';
import type { History } from '~/data/history';
import { indexSite } from '~/data/site';
import { changeDays, changesPage, changeView, ENTRIES_PER_COMMIT, feedEntry, unitChangePaths, unitChanges, unitChangesPage, UNIT_CHANGES } from '~/data/views/changes';
import type { CommitEntries, Snapshot } from '~/lib/changes';
import { COMMIT, fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());
const snapshot = (collection: Snapshot['entry']['collection'], id: string, data: Snapshot['data'], body = '正文。'): Snapshot => ({ entry: { collection, id }, data, body });
const siteWith = (...recent: CommitEntries[]) => indexSite(fixtureEntries({ available: true, last: new Map(), recent } satisfies History));
const lines = (commit: Omit<CommitEntries, 'hash' | 'date' | 'time' | 'note'>) => {
  const changed = siteWith({ ...COMMIT, ...commit });
  return changed.history.changes.map((change) => {
    const view = changeView(changed, change);
    return [`${view.action} ${view.title}`, ...view.lines.map((line) => line.text)];
  });
};

describe('changeDays', () => {
  it('groups by day and publication, with the 更新说明, and names each entry, linked while it exists', () => {
    const [day, ...rest] = changeDays(site, site.history.changes);
    expect(rest).toEqual([]);
    expect([day!.date, day!.label]).toEqual(['2022-05-12', '2022年5月12日']);
    const [publication] = day!.publications;
    expect([publication!.note, publication!.more]).toEqual(['按督查中心通知调整', 0]);
    expect(publication!.changes.map((change) => [change.action, change.title, change.path, change.units, change.lines.map((line) => line.text)])).toEqual([
      ['修改任务', '报送台账', 'tasks/taizhang/', ['a', 'b'], ['状态：未开始 → 进行中']],
      ['新增单位', '丙镇', 'units/c/', ['c'], []],
      ['删除任务', '已撤销的任务', undefined, ['b'], []],
    ]);
  });

  it('lists at most twenty entries of a publication and counts the rest', () => {
    const after = Array.from({ length: ENTRIES_PER_COMMIT + 3 }, (_, index) => snapshot('tasks', `t${index}`, { title: `任务${index}` }));
    const [day] = changeDays(siteWith({ ...COMMIT, before: [], after }), siteWith({ ...COMMIT, before: [], after }).history.changes);
    expect([day!.publications[0]!.changes.length, day!.publications[0]!.more]).toEqual([ENTRIES_PER_COMMIT, 3]);
  });

  it('keeps publications of one day apart, each with its own 更新说明', () => {
    const changed = siteWith(
      { ...COMMIT, hash: 'second', note: undefined, before: [snapshot('tasks', 'zicha', { title: '完成自查', status: '未开始' })], after: [snapshot('tasks', 'zicha', { title: '完成自查', status: '进行中' })] },
      COMMIT,
    );
    const [day] = changeDays(changed, changed.history.changes);
    expect(day!.publications.map((publication) => [publication.note, publication.changes.length])).toEqual([[undefined, 1], ['按督查中心通知调整', 3]]);
  });
});

describe('changeView: each field in the district words', () => {
  const was = { title: '报送台账', responsibilities: [{ unit: 'a', role: '牵头' }, { unit: 'b', role: '配合', who: '分管负责同志' }], deadline: { date: '2022-05-19', yearInferred: true, text: '5月19日前' }, status: '未开始', acceptance: '报送。' };

  it('says a deadline, units per role, who acts, and a body edited', () => {
    const now = { ...was, responsibilities: [{ unit: 'a', role: '牵头' }, { unit: 'c', role: '牵头' }, { unit: 'b', role: '配合', who: '主要负责同志' }], deadline: { ...was.deadline, text: '5月20日前' } };
    expect(lines({ before: [snapshot('tasks', 'taizhang', was)], after: [snapshot('tasks', 'taizhang', now, '新的正文。')] })).toEqual([
      ['修改任务 报送台账', '牵头单位 增加 丙镇', '具体落实人员（区乙局）：分管负责同志 → 主要负责同志', '时限：5月19日前 → 5月20日前', '说明有修改'],
    ]);
  });

  it('says a confirmed year as a date change, and a unit removed from a role', () => {
    const now = { ...was, responsibilities: [{ unit: 'a', role: '牵头' }], deadline: { date: '2022-05-19', text: '5月19日前' } };
    expect(lines({ before: [snapshot('tasks', 'taizhang', was)], after: [snapshot('tasks', 'taizhang', now)] })).toEqual([
      ['修改任务 报送台账', '配合单位 减少 区乙局', '时限日期：2022年5月19日（年份待确认） → 2022年5月19日'],
    ]);
  });

  it('says what a long text reads now, its new words marked, and never prints the words struck out', () => {
    const now = { ...was, acceptance: '各单位报送完整、真实的台账资料，经协调联络组核对后销号；资料缺失的限期补齐。' };
    const before = { ...was, acceptance: '各单位报送完整、真实的台账资料，经协调联络组核对后销号。' };
    const changed = siteWith({ ...COMMIT, before: [snapshot('tasks', 'taizhang', before)], after: [snapshot('tasks', 'taizhang', now)] });
    const [line] = changeView(changed, changed.history.changes[0]!).lines;
    expect(line!.text).toBe(`销号要求改为：${now.acceptance}`);
    expect(line!.diff).toEqual({ lead: '销号要求改为：', parts: [{ kind: 'same', text: '各单位报送完整、真实的台账资料，经协调联络组核对后销号' }, { kind: 'inserted', text: '；资料缺失的限期补齐' }, { kind: 'same', text: '。' }] });
  });

  it('says checklist items added, removed and reworded, and units added to a checklist', () => {
    const before = { title: '台账资料', appliesTo: ['bumen'], items: [{ id: 'zhenshi', text: '真实反映' }, { id: 'koujing', text: '统一口径', unit: 'a' }, { id: 'mulu', text: '建立目录', quote: '旧' }], retired: [] };
    const after = { title: '台账资料', appliesTo: ['bumen', 'c'], items: [{ id: 'zhenshi', text: '真实、完整反映', unit: 'b' }, { id: 'xin', text: '新条目' }, { id: 'mulu', text: '建立目录', quote: '新' }], retired: ['koujing'] };
    expect(lines({ before: [snapshot('checklists', 'taizhang', before)], after: [snapshot('checklists', 'taizhang', after)] })).toEqual([
      ['修改核查清单 台账资料', '适用单位 增加 丙镇', '条目 增加 新条目；减少 统一口径', '条目：真实反映 → 真实、完整反映', '条目“真实、完整反映”的负责单位：（无） → 区乙局', '条目“建立目录”有修改'],
    ]);
  });

  it('says a milestone dated, each milestone of the list on its own', () => {
    const list = (date: string | null) => [
      snapshot('milestones', 'jinzhu', { id: 'jinzhu', name: '督察组进驻', date }, undefined),
      snapshot('milestones', 'xiachen', { id: 'xiachen', name: '下沉督察', date: null }, undefined),
    ];
    expect(lines({ before: list(null), after: list('2022-05-25') })).toEqual([['修改时间节点 督察组进驻', '日期：（无） → 2022年5月25日']]);
  });

  it('leaves out what staff never see: editors’ notes, retired ids, a move to another name', () => {
    const data = { name: '区甲局', kind: '职能部门' };
    expect(lines({ before: [snapshot('departments', 'a', { ...data, editorNote: '旧' })], after: [snapshot('departments', 'a', { ...data, editorNote: '新' })] })).toEqual([]);
    expect(lines({ before: [snapshot('tasks', 'old-name', was)], after: [snapshot('tasks', 'new-name', was)] })).toEqual([]);
  });

  it('does not print again what a note moved to the editors said', () => {
    const note = '讲话要求涉及环保的工程报区委书记与张区长同意后方可批准。';
    const before = { name: '区甲局', kind: '职能部门', note: `讲话中唯一未作匿名处理的人名。${note}` };
    const after = { name: '区甲局', kind: '职能部门', note, editorNote: '讲话中唯一未作匿名处理的人名。' };
    expect(lines({ before: [snapshot('departments', 'a', before)], after: [snapshot('departments', 'a', after)] })).toEqual([['修改单位 区甲局', `备注改为：${note}`]]);
  });

  it('names a field it does not know only as 其他信息', () => {
    expect(lines({ before: [snapshot('tasks', 'taizhang', was)], after: [snapshot('tasks', 'taizhang', { ...was, location: '区环保局' })] })).toEqual([['修改任务 报送台账', '其他信息有修改']]);
  });
});

describe('feedEntry', () => {
  it('titles a change by its action and entry, its summary the lines and the 更新说明', () => {
    expect(feedEntry(site, site.history.changes[0]!)).toEqual({ title: '修改任务：报送台账', path: 'tasks/taizhang/', summary: '状态：未开始 → 进行中\n更新说明：按督查中心通知调整' });
    expect(feedEntry(site, site.history.changes[1]!)).toEqual({ title: '新增单位：丙镇', path: 'units/c/', summary: '新增单位\n更新说明：按督查中心通知调整' });
  });
});

describe('changesPage', () => {
  it('counts the changes per single unit, most first, leaving groups out', () => {
    const second: CommitEntries = { ...COMMIT, hash: 'def', before: [snapshot('tasks', 'zicha', { status: '未开始' })], after: [snapshot('tasks', 'zicha', { status: '进行中' })] };
    const view = changesPage(siteWith(second, COMMIT));
    expect(view.changes).toHaveLength(4);
    expect(view.units).toEqual([
      { id: 'b', count: 3 },
      { id: 'a', count: 2 },
      { id: 'c', count: 2 },
    ]);
  });
});

describe('a unit’s changes', () => {
  it('lists the first three on its page, the rest on its own list', () => {
    const commits = Array.from({ length: UNIT_CHANGES + 1 }, (_, index): CommitEntries => ({
      ...COMMIT,
      hash: `c${index}`,
      before: [snapshot('tasks', 'koujing', { status: `状态${index}` })],
      after: [snapshot('tasks', 'koujing', { status: `状态${index + 1}` })],
    }));
    const changed = siteWith(...commits);
    expect(unitChanges(changed, 'a')).toMatchObject({ total: UNIT_CHANGES + 1, changes: { length: UNIT_CHANGES } });
    expect(unitChangePaths(changed)).toEqual([{ params: { id: 'a' } }]);
    expect(unitChangesPage(changed, 'a').changes).toHaveLength(UNIT_CHANGES + 1);
    expect(unitChanges(site, 'a')).toMatchObject({ total: 1 });
    expect(unitChangePaths(site)).toEqual([]);
  });
});
