/** The site index, built from a few entries: order, lookups, reach through groups, deadlines, history. */
import { describe, expect, it } from 'vitest';
import { paragraphOf, unitName, unitNames } from '~/data/content';
import { indexSite } from '~/data/site';
import { changedEntry } from '~/data/siteHistory';
import { COMMIT, fixtureEntries } from './fixture';
import { withSecondMeeting } from './secondMeeting';

const site = indexSite(fixtureEntries());
const ids = (entries: readonly { id: string }[] | undefined) => entries?.map((entry) => entry.id);
const tasksOf = (items: readonly { taskId: string }[] | undefined) => items?.map((item) => item.taskId);

describe('indexSite: content and lookups', () => {
  it('orders directives by number and tasks by directive, then by where the speech assigns them', () => {
    expect(ids(site.content.directives)).toEqual(['zhenggai', 'tongyi']);
    expect(ids(site.content.tasks)).toEqual(['zicha', 'taizhang', 'zhenggai', 'koujing', 'zhuanban', 'changqi']);
  });

  it('orders meetings oldest first, then directives by meeting and number, and tasks with them', () => {
    const two = indexSite(withSecondMeeting());
    expect(ids(two.content.meetings)).toEqual(['m', 'm2']);
    expect(ids(two.content.directives)).toEqual(['zhenggai', 'tongyi', 'jiakuai', 'dubang']);
    expect(ids(two.content.tasks)).toEqual(['zicha', 'taizhang', 'zhenggai', 'koujing', 'zhuanban', 'changqi', 'tuijin', 'wancheng', 'zhoubao']);
    // A record without a date is the earliest.
    const undated = indexSite(withSecondMeeting(null));
    expect([ids(undated.content.meetings), ids(undated.content.directives)]).toEqual([['m2', 'm'], ['jiakuai', 'dubang', 'zhenggai', 'tongyi']]);
  });

  it('orders milestones by date, then those without one as the speech mentions them', () => {
    expect(ids(site.content.milestones)).toEqual(['jinzhu', 'xiachen', 'changqi']);
  });

  it('orders units by name in Chinese collation, and groups them by kind in the index order', () => {
    expect(ids(site.content.departments)).toEqual(['c', 'bumen', 'all', 'a', 'b']);
    expect(site.content.departmentsByKind.map(([kind, units]) => [kind, ids(units)])).toEqual([
      ['职能部门', ['a', 'b']],
      ['板块', ['c']],
      ['单位组', ['bumen', 'all']],
    ]);
  });

  it('looks entries up by id', () => {
    expect(site.content.taskById.get('zicha')?.data.title).toBe('完成自查');
    expect(site.content.directiveById.get('tongyi')?.data.number).toBe(2);
    expect(site.content.departmentById.get('all')?.data.members).toEqual(['bumen', 'c']);
    expect(site.content.checklistById.get('taizhang')?.data.items.map((item) => item.id)).toEqual(['zhenshi', 'koujing']);
    expect(site.content.milestoneById.get('jinzhu')?.data.date).toBe('2022-05-25');
    expect(site.content.meetingById.get('m')?.data.title).toBe('测试会议');
    expect(site.content.taskById.get('nothing')).toBeUndefined();
  });

  it('numbers the transcript paragraphs and finds the one a quote is in', () => {
    expect(site.content.paragraphs.get('m')?.map((paragraph) => [paragraph.id, paragraph.omitted])).toEqual([
      ['p1', false],
      ['p2', false],
      ['p3', false],
      ['p4', true],
    ]);
    expect(paragraphOf(site.content, { meeting: 'm', quote: '会后立即成立专班' })?.id).toBe('p3');
    expect(paragraphOf(site.content, { meeting: 'm', quote: '不在记录中' })).toBeUndefined();
    expect(paragraphOf(site.content, { meeting: 'other', quote: '同志们' })).toBeUndefined();
  });

  it('names units by id, leaving unknown ids out of lists and showing them as they are alone', () => {
    expect(unitNames(site.content, ['b', 'x', 'a'])).toEqual(['区乙局', '区甲局']);
    expect(unitName(site.content, 'c')).toBe('丙镇');
    expect(unitName(site.content, 'x')).toBe('x');
  });
});

describe('indexSite: relations', () => {
  it('knows every group that holds a unit, and every unit a group reaches, through nesting', () => {
    expect(site.relations.groupsByUnit.get('a')).toEqual(['bumen', 'all']);
    expect(site.relations.groupsByUnit.get('c')).toEqual(['all']);
    expect(site.relations.groupsByUnit.get('all')).toBeUndefined();
    expect([...(site.relations.unitsByGroup.get('all') ?? [])].sort()).toEqual(['a', 'b', 'bumen', 'c']);
    expect([...(site.relations.unitsByGroup.get('bumen') ?? [])].sort()).toEqual(['a', 'b']);
  });

  it('reaches the members of a named group with its role, unless they are named themselves', () => {
    expect(Object.fromEntries(site.relations.reach.get('zicha')!)).toEqual({ all: '牵头', a: '牵头', b: '牵头', bumen: '牵头', c: '牵头' });
    expect(Object.fromEntries(site.relations.reach.get('zhenggai')!)).toEqual({ bumen: '牵头', a: '配合', b: '牵头' });
  });

  it('files each task under each unit: as lead, as support, or through a group (saying which)', () => {
    const { assignments } = site.relations;
    expect([tasksOf(assignments.get('a')?.lead), tasksOf(assignments.get('a')?.support), tasksOf(assignments.get('a')?.viaGroup)]).toEqual([
      ['taizhang', 'koujing'],
      ['zhenggai'],
      ['zicha'],
    ]);
    expect(assignments.get('b')?.viaGroup.map((item) => [item.taskId, item.via])).toEqual([
      ['zicha', 'all'],
      ['zhenggai', 'bumen'],
    ]);
    expect(assignments.get('b')?.support).toEqual([{ taskId: 'taizhang', role: '配合', who: '分管负责同志', via: undefined }]);
    expect(tasksOf(assignments.get('bumen')?.lead)).toEqual(['zhenggai']);
  });

  it('resolves deadlines: dates, milestones with offsets, the meeting for 会后立即, none when unknown', () => {
    const { deadlines, dueKeys } = site.relations;
    expect(Object.fromEntries(deadlines)).toEqual({
      zicha: { date: '2022-05-19', inferred: true },
      taizhang: { date: '2022-05-24', inferred: false },
      zhenggai: { date: null, inferred: false },
      koujing: { date: '2022-06-01', inferred: false },
      zhuanban: { date: '2022-05-10', inferred: false },
      changqi: { date: null, inferred: false },
    });
    // 会后立即 first, dates in order, milestones without a date by their place in the milestone list.
    expect([dueKeys.get('zhuanban'), dueKeys.get('zicha'), dueKeys.get('zhenggai'), dueKeys.get('changqi')]).toEqual(['0 2022-05-10', '1 2022-05-19', '2 000001', '4']);
  });

  it('lists the tasks of each directive and of each checklist, in the speech order', () => {
    expect(ids(site.relations.tasksByDirective.get('zhenggai'))).toEqual(['zicha', 'taizhang', 'zhenggai']);
    expect(ids(site.relations.tasksByDirective.get('tongyi'))).toEqual(['koujing', 'zhuanban', 'changqi']);
    expect(ids(site.relations.tasksByChecklist.get('taizhang'))).toEqual(['zicha', 'koujing']);
    expect(site.relations.tasksByChecklist.get('zhenban')).toBeUndefined();
  });

  it('lists what came from each meeting: its directives, tasks and checklists', () => {
    const { relations } = indexSite(withSecondMeeting());
    expect([ids(relations.directivesByMeeting.get('m')), ids(relations.directivesByMeeting.get('m2'))]).toEqual([['zhenggai', 'tongyi'], ['jiakuai', 'dubang']]);
    expect([ids(relations.tasksByMeeting.get('m')), ids(relations.tasksByMeeting.get('m2'))]).toEqual([
      ['zicha', 'taizhang', 'zhenggai', 'koujing', 'zhuanban', 'changqi'],
      ['tuijin', 'wancheng', 'zhoubao'],
    ]);
    expect([ids(relations.checklistsByMeeting.get('m')), ids(relations.checklistsByMeeting.get('m2'))]).toEqual([['taizhang', 'zhenban'], ['kaohe']]);
    expect(relations.dueKeys.get('tuijin')).toBe('0 2022-07-15');
  });

  it('applies a checklist to a group and to each of its members', () => {
    expect([...(site.relations.checklistUnits.get('taizhang') ?? [])].sort()).toEqual(['a', 'b', 'bumen']);
    expect(ids(site.relations.checklistsByUnit.get('a'))).toEqual(['taizhang']);
    expect(ids(site.relations.checklistsByUnit.get('c'))).toEqual(['zhenban']);
    expect(site.relations.checklistsByUnit.get('all')).toBeUndefined();
  });
});

describe('indexSite: history', () => {
  it('names the units each change concerns, and lists the changes per unit', () => {
    expect(site.history.changes.map((change) => [change.entry.collection, change.entry.id, change.status, [...change.units].sort()])).toEqual([
      ['tasks', 'taizhang', 'modified', ['a', 'b']],
      ['departments', 'c', 'added', ['c']],
      ['tasks', 'gone', 'deleted', ['b']],
    ]);
    expect(site.history.changesByUnit.get('a')?.map((change) => change.entry.id)).toEqual(['taizhang']);
    expect(site.history.changesByUnit.get('c')?.map((change) => change.entry.id)).toEqual(['c']);
    expect(site.history.changesByUnit.get('b')?.map((change) => change.entry.id)).toEqual(['taizhang', 'gone']);
    expect(site.history.changesByUnit.get('bumen')).toBeUndefined();
  });

  it('knows the last change of a file, and the date of the newest', () => {
    expect(site.history.lastChange.get('content/tasks/taizhang.md')).toBe(COMMIT);
    expect(site.history.lastChange.get('content/tasks/zicha.md')).toBeUndefined();
    expect(site.history.contentDate).toBe('2022-05-12');
  });

  it('describes a changed entry while it exists, a milestone by its anchor on the list', () => {
    expect(changedEntry(site.content, { collection: 'tasks', id: 'taizhang' })).toEqual({ title: '报送台账', path: 'tasks/taizhang/' });
    expect(changedEntry(site.content, { collection: 'departments', id: 'c' })).toEqual({ title: '丙镇', path: 'units/c/' });
    expect(changedEntry(site.content, { collection: 'checklists', id: 'taizhang' })).toEqual({ title: '台账资料', path: 'checklists/taizhang/' });
    expect(changedEntry(site.content, { collection: 'directives', id: 'tongyi' })).toEqual({ title: '要统一口径', path: 'directives/tongyi/' });
    expect(changedEntry(site.content, { collection: 'meetings', id: 'm' })).toEqual({ title: '测试会议', path: 'meetings/m/' });
    expect(changedEntry(site.content, { collection: 'milestones', id: 'jinzhu' })).toEqual({ title: '督察组进驻', path: 'milestones/#jinzhu' });
    expect(changedEntry(site.content, { collection: 'tasks', id: 'gone' })).toBeUndefined();
  });

  it('has no changes without git', () => {
    const bare = indexSite(fixtureEntries({ available: false, last: new Map(), recent: [] }));
    expect(bare.history.changes).toEqual([]);
    expect(bare.history.changesByUnit.size).toBe(0);
    expect(bare.history.contentDate).toBeUndefined();
  });
});
