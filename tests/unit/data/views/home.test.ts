import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { HOME_DUE_SPAN, homePage } from '~/data/views/home';
import { fixtureEntries, withManyTasks } from '../fixture';
import { withSecondMeeting } from '../secondMeeting';

describe('homePage', () => {
  const view = homePage(indexSite(fixtureEntries()), '2022-05-20');

  it('carries the open tasks with a confirmed date, in date order, with their lead units', () => {
    // koujing is signed off (已销号), so closed; zhuanban is only claimed done (已完成) and stays
    // open until the office signs it off; zhenggai and changqi have no date; zicha's year waits for
    // confirmation, so it raises no alarm.
    expect(view.due.map((row) => [row.id, row.resolved.date, row.leads])).toEqual([
      ['zhuanban', '2022-05-10', ['b']],
      ['taizhang', '2022-05-24', ['a']],
    ]);
  });

  it('carries the earliest open deadlines and those from the build date on, not every one', () => {
    const many = homePage(indexSite(withManyTasks(200, '2022-01-01')), '2022-05-01');
    const dates = many.due.map((row) => row.resolved.date!);
    expect(many.due).toHaveLength(2 * HOME_DUE_SPAN);
    expect(dates.slice(0, HOME_DUE_SPAN).at(-1)).toBe('2022-02-09');
    expect(dates.slice(HOME_DUE_SPAN, HOME_DUE_SPAN + 2)).toEqual(['2022-05-01', '2022-05-02']);
    // Built after every deadline: only the earliest ones.
    expect(homePage(indexSite(withManyTasks(200, '2022-01-01')), '2030-01-01').due).toHaveLength(HOME_DUE_SPAN);
  });

  it('shows the one meeting\'s points under its title, numbered as it numbers them, and no earlier meetings', () => {
    expect(view.current).toEqual({
      id: 'm',
      title: '测试会议',
      short: '测试会议',
      date: '2022-05-10',
      dateText: '2022年5月10日',
      host: '区委书记',
      directiveCount: 2,
      taskCount: 6,
      checklistCount: 2,
      points: '两',
      directives: [
        { id: 'zhenggai', heading: '一、要抓好整改', summary: '抓好整改。', taskCount: 3 },
        { id: 'tongyi', heading: '二、要统一口径', summary: '统一口径。', taskCount: 3 },
      ],
    });
    expect(view.earlier).toEqual([]);
  });

  it('with several meetings, shows the latest one\'s points and lists the earlier ones, latest first, with their counts', () => {
    const two = homePage(indexSite(withSecondMeeting()), '2022-07-20');
    expect([two.current?.id, two.current?.title, two.current?.dateText, two.current?.host, two.current?.points, two.current?.taskCount]).toEqual([
      'm2',
      '区长在整改推进会上的讲话',
      '2022年7月15日',
      '区长',
      '两',
      3,
    ]);
    expect(two.current?.directives.map((directive) => [directive.heading, directive.taskCount])).toEqual([
      ['一、要加快整改', 2],
      ['二、要严格督办', 1],
    ]);
    expect(two.earlier.map((meeting) => [meeting.id, meeting.dateText, meeting.host, meeting.directiveCount, meeting.taskCount, meeting.checklistCount])).toEqual([
      ['m', '2022年5月10日', '区委书记', 2, 6, 2],
    ]);
    // A record without a date counts as the earliest: the dated meeting stays the current one.
    const undatedFirst = withSecondMeeting();
    const meetings = undatedFirst.meetings.map((meeting) => (meeting.id === 'm' ? { ...meeting, data: { ...meeting.data, date: null } } : meeting));
    const undated = homePage(indexSite({ ...undatedFirst, meetings }), '2022-07-20');
    expect([undated.current?.id, undated.earlier.map((meeting) => [meeting.id, meeting.dateText])]).toEqual(['m2', [['m', '日期原稿未载明']]]);
  });

  it('lists the checklists that reach each unit', () => {
    expect(view.checklistIds).toEqual(['taizhang', 'zhenban']);
    expect(view.applies).toEqual({ bumen: ['taizhang'], b: ['taizhang'], a: ['taizhang'], c: ['zhenban'] });
    expect([view.taskCount, view.checklistCount]).toEqual([6, 2]);
  });

  it('shows the latest changes', () => {
    expect(view.recent.map((change) => change.entry.id)).toEqual(['taizhang', 'c', 'gone']);
  });
});
