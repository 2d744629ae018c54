import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { UNIT_INLINE, UNIT_TABLE_ROWS, unitMeetings, unitPage, unitPaths, unitTaskListPages } from '~/data/views/unit';
import { fixtureEntries, withManyTasks } from '../fixture';
import { twoMeetingEntries } from '../twoMeetings';

const site = indexSite(fixtureEntries());
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

describe('unitPage', () => {
  const view = unitPage(site, 'a');

  it('lists what the unit leads, supports, and carries out as a member of a group — never as its own 牵头', () => {
    expect([ids(view.lead.rows), ids(view.support.rows), ids(view.viaGroup.rows)]).toEqual([['taizhang', 'koujing'], ['zhenggai'], ['zicha']]);
    expect(view.lead.rows[0]?.own).toBeUndefined();
    expect(view.support.rows[0]?.own).toEqual({ role: '配合', viaName: undefined, label: '配合' });
    expect(view.viaGroup.rows[0]?.own).toEqual({ role: '牵头', viaName: '各单位', label: '作为“各单位”成员落实' });
    expect([view.lead.count, view.support.count, view.viaGroup.count, view.namedCount]).toEqual([2, 1, 1, 3]);
    expect(view.viaGroups).toEqual([{ id: 'all', name: '各单位', count: 1 }]);
  });

  it('puts its deadlines in the order to act on them, and counts the confirmed dates and what the calendar leaves out', () => {
    expect(view.deadlines.map((row) => [row.id, row.own?.label])).toEqual([
      ['zicha', '作为“各单位”成员落实'],
      ['taizhang', '牵头'],
      ['koujing', '牵头'],
      ['zhenggai', '配合'],
    ]);
    // zicha's year is inferred: not a confirmed date, and not in the calendar until it is.
    expect([view.moreDeadlines, view.timed, view.untimed, view.dated, view.calendar]).toEqual([false, 4, 0, 2, { pending: 1, undated: 1 }]);
  });

  it('names who in the unit must act, its groups and checklists', () => {
    expect(view.who).toEqual([{ who: '主要负责同志', taskId: 'zicha', title: '完成自查', label: '作为“各单位”成员落实' }]);
    expect(view.groups).toEqual(['bumen', 'all']);
    expect(view.checklists.map((checklist) => checklist.id)).toEqual(['taizhang']);
    expect(view.isGroup).toBe(false);
  });

  it('puts 会后立即 first, and counts standing rules and starts apart from the deadlines', () => {
    const c = unitPage(site, 'c');
    expect([ids(c.deadlines), c.untimed, c.calendar]).toEqual([['zhuanban', 'zicha'], 1, { pending: 1, undated: 0 }]);
    const entries = fixtureEntries();
    const model = entries.tasks.find((task) => task.id === 'changqi')!;
    const started = { ...model, id: 'kaishi', data: { ...model.data, deadline: { kind: 'start' as const, text: '今天会议以后' } } };
    const withStart = unitPage(indexSite({ ...entries, tasks: [...entries.tasks, started] }), 'c');
    expect([ids(withStart.deadlines), withStart.untimed, withStart.calendar]).toEqual([['zhuanban', 'zicha'], 2, { pending: 1, undated: 0 }]);
  });

  it('drops the lead column only where the unit alone leads every task shown', () => {
    expect(view.leadsAlone).toBe(true);
    const entries = fixtureEntries();
    const model = entries.tasks.find((task) => task.id === 'koujing')!;
    const shared = { ...model, id: 'gongtong', data: { ...model.data, responsibilities: [...model.data.responsibilities, { ...model.data.responsibilities[0]!, unit: 'b' }] } };
    const withShared = unitPage(indexSite({ ...entries, tasks: [...entries.tasks, shared] }), 'a');
    expect([ids(withShared.lead.rows), withShared.leadsAlone]).toEqual([['taizhang', 'gongtong'], false]);
  });

  it('counts per group the tasks it carries out as a member', () => {
    expect(unitPage(site, 'b').viaGroups).toEqual([{ id: 'all', name: '各单位', count: 1 }, { id: 'bumen', name: '各部门', count: 1 }]);
  });

  it('shows the first rows of a long list and says there are more', () => {
    const busy = unitPage(indexSite(withManyTasks(10, '2022-05-01')), 'a');
    expect(busy.lead.rows).toHaveLength(UNIT_TABLE_ROWS);
    expect([busy.lead.count, busy.lead.more, busy.support.more, busy.deadlines.length, busy.moreDeadlines]).toEqual([12, true, false, UNIT_INLINE, true]);
  });

  it('knows a group, and refuses an unknown id', () => {
    expect(unitPage(site, 'bumen').isGroup).toBe(true);
    expect(() => unitPage(site, 'nobody')).toThrow('unitPage: no entry "nobody"');
  });
});

describe("a unit's full task list", () => {
  it('has the tasks that name the unit, lead first, with its role, a hundred to a page', () => {
    const pages = unitTaskListPages(site);
    expect(pages.map((page) => [page.unit.id, ids(page.rows)])).toEqual([
      ['c', ['changqi', 'zhuanban']],
      ['bumen', ['zhenggai']],
      ['all', ['zicha']],
      ['a', ['taizhang', 'koujing', 'zhenggai']],
      ['b', ['zhuanban', 'taizhang']],
    ]);
    expect(pages.find((page) => page.unit.id === 'b')?.rows.map((row) => row.own?.role)).toEqual(['牵头', '配合']);
    const long = unitTaskListPages(indexSite(withManyTasks(150, '2022-05-01'))).filter((page) => page.unit.id === 'a');
    expect(long.map((page) => [page.page, page.pages, page.rows.length])).toEqual([
      [1, 2, 100],
      [2, 2, 53],
    ]);
  });

  it('gives every unit and group a path', () => {
    expect(unitPaths(site).map((path) => path.params.id)).toEqual(['c', 'bumen', 'all', 'a', 'b']);
  });
});

describe('a unit’s tasks from two meetings', () => {
  const two = indexSite(twoMeetingEntries());

  it('says which meeting gave the unit how many tasks, and names each task’s meeting in every list', () => {
    const a = unitPage(two, 'a');
    expect(a.meetings.map((meeting) => [meeting.title, meeting.dateText, meeting.count])).toEqual([
      ['测试会议', '2022年5月10日', 4],
      ['区长在整改推进会上的讲话', '2022年7月15日', 1],
    ]);
    expect(a.byMeeting).toBe(true);
    expect([a.lead.rows, a.support.rows, a.viaGroup.rows].map((rows) => rows.map((row) => `${row.id}:${row.meeting}`))).toEqual([
      // Two rows a table: tuijin, from the other meeting, is third (on the full list and among the deadlines).
      ['taizhang:m', 'koujing:m'],
      ['zhenggai:m'],
      ['zicha:m'],
    ]);
    expect(a.deadlines.map((row) => `${row.id}:${row.meeting}`)).toEqual(['zicha:m', 'taizhang:m', 'koujing:m', 'tuijin:n']);
  });

  it('counts the tasks a new 街道 supports and those it carries out through its groups', () => {
    expect(unitMeetings(two, 'd').map((meeting) => [meeting.id, meeting.count])).toEqual([
      ['m', 1],
      ['n', 2],
    ]);
  });

  it('names no meeting where all the unit’s tasks come from one, and none where it has none', () => {
    expect([unitPage(two, 'c').byMeeting, unitPage(two, 'c').meetings.map((meeting) => meeting.id)]).toEqual([false, ['m']]);
    expect([unitPage(site, 'a').byMeeting, unitMeetings(two, 'nobody')]).toEqual([false, []]);
  });

  it('names each task’s meeting on the full list of a unit whose tasks come from several', () => {
    const pages = unitTaskListPages(two);
    expect(pages.filter((page) => page.byMeeting).map((page) => page.unit.id)).toEqual(['d', 'jiedao', 'a', 'e']);
  });
});
