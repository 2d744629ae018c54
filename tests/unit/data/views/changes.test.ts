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
      ['修改任务', '报送台账', 'tasks/taizhang/', [{ name: '区甲局', path: 'units/a/' }, { name: '区乙局', path: 'units/b/' }], ['状态：未开始 → 进行中']],
      ['新增单位', '丙镇', 'units/c/', [{ name: '丙镇', path: 'units/c/' }], []],
      ['删除任务', '已撤销的任务', undefined, [{ name: '区乙局', path: 'units/b/' }], []],
    ]);
  });

  it('names a unit deleted since by the name it had, without a link', () => {
    const changed = siteWith({ ...COMMIT, before: [snapshot('departments', 'zhu', { name: '区驻点办', kind: '职能部门' })], after: [] });
    const [day] = changeDays(changed, changed.history.changes);
    expect(day!.publications[0]!.changes.map((change) => [change.action, change.title, change.path, change.units])).toEqual([['删除单位', '区驻点办', undefined, [{ name: '区驻点办', path: undefined }]]]);
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
  const task = (before: Snapshot['data'], after: Snapshot['data'], body?: string) => lines({ before: [snapshot('tasks', 'taizhang', before)], after: [snapshot('tasks', 'taizhang', after, body)] });

  it('names each field as its schema describes it: units per role, who acts in a unit, the deadline, the body', () => {
    const now = { ...was, responsibilities: [{ unit: 'a', role: '牵头' }, { unit: 'c', role: '牵头' }, { unit: 'b', role: '配合', who: '主要负责同志' }], deadline: { ...was.deadline, text: '5月20日前' } };
    expect(task(was, now, '新的正文。')).toEqual([
      ['修改任务 报送台账', '责任分工 › 牵头单位 增加 丙镇', '责任分工 › 区乙局 › 具体落实人员：分管负责同志 → 主要负责同志', '完成时限：5月19日前 → 5月20日前', '说明有修改'],
    ]);
  });

  it('says a deadline as the pages do: a year confirmed, a date moved after the meeting, a kind corrected, a milestone', () => {
    const confirmed = { ...was, responsibilities: [{ unit: 'a', role: '牵头' }], deadline: { date: '2022-05-19', text: '5月19日前' } };
    expect(task(was, confirmed)).toEqual([['修改任务 报送台账', '责任分工 › 配合单位 减少 区乙局', '完成时限：5月19日（年份待确认） → 2022年5月19日']]);
    const moved = { ...confirmed, deadline: { ...confirmed.deadline, adjusted: { date: '2022-05-20', reason: '经协调联络组办公室同意，延后一天', decidedOn: '2022-05-12' } } };
    expect(task(confirmed, moved)).toEqual([['修改任务 报送台账', '完成时限：2022年5月19日 → 2022年5月20日（原定2022年5月19日，2022年5月12日调整：经协调联络组办公室同意，延后一天）']]);
    expect(task({ ...was, deadline: { unspecified: true, text: '会后立即' } }, { ...was, deadline: { immediate: true, text: '会后立即' } })).toEqual([['修改任务 报送台账', '完成时限：未规定时限 → 会后立即']]);
    expect(task({ ...was, deadline: { milestone: 'jinzhu', offsetDays: -1, text: '进驻前' } }, { ...was, deadline: { milestone: 'xiachen', text: '进驻前' } })).toEqual([['修改任务 报送台账', '完成时限：督察组进驻前1天 → 下沉督察']]);
  });

  it('shows ids as names: a unit, a checklist, a directive, a requirement, a meeting; nested fields by their path', () => {
    const before = { ...was, directive: 'tongyi', location: 'a', checklist: 'zhenban', source: { meeting: 'm', quote: '督察组进驻前一天报送台账' } };
    const after = { ...was, directive: 'zhenggai', requirement: 'zicha', checklist: 'taizhang', source: { meeting: 'm', quote: '进驻前一天报送台账' } };
    expect(task(before, after)).toEqual([
      ['修改任务 报送台账', '所属要求：要统一口径 → 要抓好整改', '所属分项要求：（无） → 完成自查', '出处 › 讲话原文：督察组进驻前一天报送台账 → 进驻前一天报送台账', '办公地点：区甲局 → （无）', '核查清单：专班 → 台账资料'],
    ]);
  });

  it('reads a rename as old → new whole, and in a long text marks the new words, never interleaving characters', () => {
    const unit = (name: string, short: string, aliases: string[], note: string) => ({ name, short, kind: '职能部门', aliases, note });
    const note = (name: string) => `讲话要求抽调一名熟悉业务的工作人员到${name}驻点脱产办公，由其统筹协调联络工作。`;
    const changed = siteWith({ ...COMMIT, before: [snapshot('departments', 'a', unit('区环保局', '环保局', ['环保'], note('区环保局')))], after: [snapshot('departments', 'a', unit('区生态环境局', '生态环境局', ['环保', '生态环境'], note('区生态环境局')))] });
    const view = changeView(changed, changed.history.changes[0]!);
    expect(view.lines.map((line) => line.text)).toEqual(['单位全称：区环保局 → 区生态环境局', '简称：环保局 → 生态环境局', '别名 增加 生态环境', `备注改为：${note('区生态环境局')}`]);
    expect(view.lines[3]!.diff).toEqual({
      lead: '备注改为：',
      parts: [
        { kind: 'same', text: '讲话要求抽调一名熟悉业务的工作人员到区' },
        { kind: 'inserted', text: '生态环境' },
        { kind: 'same', text: '局驻点脱产办公，由其统筹协调联络工作。' },
      ],
    });
  });

  it('says what a long text reads now, its new words marked, and never prints the words struck out', () => {
    const now = { ...was, acceptance: '各单位报送完整、真实的台账资料，经协调联络组核对后销号；资料缺失的限期补齐。' };
    const before = { ...was, acceptance: '各单位报送完整、真实的台账资料，经协调联络组核对后销号。' };
    const changed = siteWith({ ...COMMIT, before: [snapshot('tasks', 'taizhang', before)], after: [snapshot('tasks', 'taizhang', now)] });
    const [line] = changeView(changed, changed.history.changes[0]!).lines;
    expect(line!.text).toBe(`销号要求改为：${now.acceptance}`);
    expect(line!.diff).toEqual({ lead: '销号要求改为：', parts: [{ kind: 'same', text: '各单位报送完整、真实的台账资料，经协调联络组核对后销号' }, { kind: 'inserted', text: '；资料缺失的限期补齐' }, { kind: 'same', text: '。' }] });
  });

  it('marks nothing in a long text rewritten for the most part: it is simply the new text', () => {
    const changed = siteWith({ ...COMMIT, before: [snapshot('tasks', 'taizhang', { ...was, acceptance: '各单位报送完整、真实的台账资料，经协调联络组核对后销号。' })], after: [snapshot('tasks', 'taizhang', { ...was, acceptance: '讲话未明确销号要求，由督查中心会同牵头单位确定后另行通知。' })] });
    expect(changeView(changed, changed.history.changes[0]!).lines[0]!.diff).toEqual({ lead: '销号要求改为：', parts: [{ kind: 'same', text: '讲话未明确销号要求，由督查中心会同牵头单位确定后另行通知。' }] });
  });

  it('says checklist items added, removed and reworded, and an item’s other fields under its words', () => {
    const before = { title: '台账资料', appliesTo: ['bumen'], items: [{ id: 'zhenshi', text: '真实反映' }, { id: 'koujing', text: '统一口径', unit: 'a' }, { id: 'mulu', text: '建立目录', quote: '旧' }], retired: [] };
    const after = { title: '台账资料', appliesTo: ['bumen', 'c'], items: [{ id: 'zhenshi', text: '真实、完整反映', unit: 'b' }, { id: 'xin', text: '新条目' }, { id: 'mulu', text: '建立目录', quote: '新' }], retired: ['koujing'] };
    expect(lines({ before: [snapshot('checklists', 'taizhang', before)], after: [snapshot('checklists', 'taizhang', after)] })).toEqual([
      ['修改核查清单 台账资料', '适用单位 增加 丙镇', '条目 增加 新条目；减少 统一口径', '条目：真实反映 → 真实、完整反映', '条目 › “真实、完整反映” › 负责单位：（无） → 区乙局', '条目 › “建立目录” › 讲话原文：旧 → 新'],
    ]);
  });

  it('says a milestone dated, confirmed or marked as the editors’, each milestone of the list on its own', () => {
    const list = (jinzhu: Snapshot['data']) => [
      snapshot('milestones', 'jinzhu', { id: 'jinzhu', name: '督察组进驻', ...jinzhu }, undefined),
      snapshot('milestones', 'xiachen', { id: 'xiachen', name: '下沉督察', date: null }, undefined),
    ];
    expect(lines({ before: list({ date: null }), after: list({ date: '2022-05-25', dateIsInferred: true }) })).toEqual([['修改时间节点 督察组进驻', '日期：（无） → 2022年5月25日（日期待确认）']]);
    expect(lines({ before: list({ date: '2022-05-25', dateIsInferred: true }), after: list({ date: '2022-05-25', editorial: true }) })).toEqual([
      ['修改时间节点 督察组进驻', '日期：2022年5月25日（日期待确认） → 2022年5月25日', '编者所加节点：否 → 是'],
    ]);
  });

  it('says a meeting’s agenda row by row, its paragraphs not reflected and why, and a directive’s requirement reworded', () => {
    const agenda = (presenter: string) => ({ title: '测试会议', agenda: [{ item: '部署工作', presenter }] });
    expect(lines({ before: [snapshot('meetings', 'm', agenda('区委书记'))], after: [snapshot('meetings', 'm', agenda('区长'))] })).toEqual([['修改会议记录 测试会议', '议程 › 第1项 › 主讲人：区委书记 → 区长']]);
    const unreflected = (...reasons: [string, string][]) => ({ title: '测试会议', unreflected: reasons.map(([paragraph, why]) => ({ paragraph, why })) });
    expect(lines({ before: [snapshot('meetings', 'm', unreflected(['p1', '称呼语。'], ['p4', '省略号。']))], after: [snapshot('meetings', 'm', unreflected(['p1', '称呼语，不含要求。'], ['p2', '号召。']))] })).toEqual([
      ['修改会议记录 测试会议', '未转化为任务的段落 增加 第 2 段；减少 第 4 段', '未转化为任务的段落 › 第 1 段 › 原因：称呼语。 → 称呼语，不含要求。'],
    ]);
    const directive = (title: string) => ({ number: 1, title: '要抓好整改', requirements: [{ id: 'zicha', title, quote: '各单位要在5月19日前完成自查' }] });
    expect(lines({ before: [snapshot('directives', 'zhenggai', directive('完成自查'))], after: [snapshot('directives', 'zhenggai', directive('全面完成自查'))] })).toEqual([['修改工作要求 要抓好整改', '分项要求：完成自查 → 全面完成自查']]);
  });

  it('names a unit as it was then: a unit deleted keeps its last name, a unit renamed since its old one', () => {
    const responsible = (...units: string[]) => ({ ...was, responsibilities: units.map((unit) => ({ unit, role: '配合' })) });
    const changed = siteWith(
      { ...COMMIT, hash: 'rename', before: [snapshot('departments', 'b', { name: '区旧乙局', kind: '职能部门' })], after: [snapshot('departments', 'b', { name: '区乙局', kind: '职能部门' })] },
      { ...COMMIT, hash: 'remove', before: [snapshot('tasks', 'taizhang', responsible('b', 'zhu')), snapshot('departments', 'zhu', { name: '区驻点办', kind: '职能部门' })], after: [snapshot('tasks', 'taizhang', responsible('b'))] },
      { ...COMMIT, hash: 'add', before: [snapshot('tasks', 'taizhang', responsible())], after: [snapshot('tasks', 'taizhang', responsible('b', 'zhu'))] },
    );
    expect(changed.history.changes.map((change) => [change.commit.hash, ...changeView(changed, change).lines.map((line) => line.text)])).toEqual([
      ['rename', '单位全称：区旧乙局 → 区乙局'],
      ['remove', '责任分工 › 配合单位 减少 区驻点办'],
      ['remove'],
      ['add', '责任分工 › 配合单位 增加 区旧乙局、区驻点办'],
    ]);
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

  it('names a field its schema does not know only as 其他信息', () => {
    expect(task(was, { ...was, flag: '区环保局' })).toEqual([['修改任务 报送台账', '其他信息有修改']]);
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
