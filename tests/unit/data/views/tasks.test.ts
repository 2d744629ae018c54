import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { taskListPage } from '~/data/views/tasks';
import { fixtureEntries } from '../fixture';
import { twoMeetingEntries } from '../twoMeetings';

const site = indexSite(fixtureEntries());

describe('taskListPage', () => {
  it('gives each row what the filter reads: every unit reached and how, the confirmed date, the sort key, the order', () => {
    const view = taskListPage(site, site.content.tasks.slice(0, 3));
    expect(view.rows.map((row) => [row.id, row.leads, row.supports, row.filter])).toEqual([
      // The year of zicha's date is inferred: the filter sees no date, so it is never overdue.
      ['zicha', ['all'], [], { standings: 'all:lead b:member a:member c:member bumen:member', due: '', dueKey: '1 2022-05-19', order: 0 }],
      ['taizhang', ['a'], ['b'], { standings: 'a:lead b:support', due: '2022-05-24', dueKey: '1 2022-05-24', order: 1 }],
      ['zhenggai', ['bumen'], ['a'], { standings: 'bumen:lead a:support b:member', due: '', dueKey: '2 000001', order: 2 }],
    ]);
  });

  it('counts every task, and the deadlines the calendar leaves out', () => {
    const view = taskListPage(site, []);
    expect([view.rows.length, view.total, view.calendar]).toEqual([0, 6, { pending: 1, undated: 1 }]);
  });
});

describe('taskListPage with two meetings', () => {
  const two = indexSite(twoMeetingEntries());

  it('lists the tasks meeting by meeting, each row naming its meeting for the column and the filter', () => {
    const view = taskListPage(two, two.content.tasks);
    expect(view.rows.map((row) => [row.id, row.meeting])).toEqual([
      ['zicha', 'm'],
      ['taizhang', 'm'],
      ['zhenggai', 'm'],
      ['koujing', 'm'],
      ['zhuanban', 'm'],
      ['changqi', 'm'],
      ['bushu', 'n'],
      ['tuijin', 'n'],
      ['changxiao', 'n'],
    ]);
    expect([view.byMeeting, view.total]).toEqual([true, 9]);
  });

  it('offers every meeting to the filter on every page, with its date when the record gives one', () => {
    expect(taskListPage(two, two.content.tasks.slice(0, 1)).meetings).toEqual([
      { id: 'm', title: '测试会议', date: '2022-05-10', dateText: '2022年5月10日' },
      { id: 'n', title: '区长在整改推进会上的讲话', date: '2022-07-15', dateText: '2022年7月15日' },
    ]);
  });

  it('with one meeting, names no meeting on the rows but keeps it for a link that filters by it', () => {
    const view = taskListPage(site, site.content.tasks);
    expect([view.byMeeting, view.meetings.map((meeting) => meeting.id)]).toEqual([false, ['m']]);
  });
});
