import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { timelinePages, unitTimelinePages, type TimelinePage } from '~/data/views/timeline';
import { fixtureEntries, withManyTasks } from '../fixture';
import { withSecondMeeting } from '../secondMeeting';

const outline = (page: TimelinePage) =>
  page.sections.map((section) => [section.id, section.title, section.groups.map((group) => [group.heading, group.unspecified, group.rows.map((row) => row.id)])]);

describe('timelinePages', () => {
  it('puts 会后立即 first, then dates in order, then undated milestones, then what has no time limit', () => {
    const pages = timelinePages(indexSite(fixtureEntries()));
    expect(pages).toHaveLength(1);
    expect(outline(pages[0]!)).toEqual([
      ['immediate', '会后立即', [['会后立即（自会议之日起）', false, ['zhuanban']]]],
      [
        'dated',
        '已有日期',
        [
          ['5月19日（年份待确认）', false, ['zicha']],
          ['督察组进驻（2022年5月24日）', false, ['taizhang']],
          ['2022年6月1日', false, ['koujing']],
        ],
      ],
      ['undated', '日期未定', [['下沉督察（日期待定）', false, ['zhenggai']]]],
      ['unspecified', '讲话未规定时限', [['共 1 项，多为长期坚持的要求', true, ['changqi']]]],
    ]);
  });

  it('says when the meeting date of 会后立即 is unknown, and groups starts apart from standing rules', () => {
    const entries = fixtureEntries();
    const model = entries.tasks.find((task) => task.id === 'changqi')!;
    const started = { ...model, id: 'kaishi', data: { ...model.data, deadline: { kind: 'start' as const, text: '当前' } } };
    const meetings = entries.meetings.map((meeting) => ({ ...meeting, data: { ...meeting.data, date: null } }));
    const [page] = timelinePages(indexSite({ ...entries, meetings, tasks: [...entries.tasks, started] }));
    expect(outline(page!).filter(([id]) => id === 'immediate' || id === 'unspecified')).toEqual([
      ['immediate', '会后立即', [['会后立即（会议日期原稿未载明）', false, ['zhuanban']]]],
      [
        'unspecified',
        '讲话未规定时限',
        [
          ['共 1 项自会后即行开展，讲话未规定完成时限', false, ['kaishi']],
          ['共 1 项，多为长期坚持的要求', true, ['changqi']],
        ],
      ],
    ]);
  });

  it('with several meetings, groups 会后立即 and the starts by meeting, oldest first, each naming its meeting', () => {
    const [page] = timelinePages(indexSite(withSecondMeeting()));
    expect(outline(page!)).toEqual([
      [
        'immediate',
        '会后立即',
        [
          ['会后立即（测试会议，2022年5月10日）', false, ['zhuanban']],
          ['会后立即（整改推进会，2022年7月15日）', false, ['tuijin']],
        ],
      ],
      [
        'dated',
        '已有日期',
        [
          ['5月19日（年份待确认）', false, ['zicha']],
          ['督察组进驻（2022年5月24日）', false, ['taizhang']],
          ['2022年6月1日', false, ['koujing']],
          ['2022年7月31日', false, ['wancheng']],
        ],
      ],
      ['undated', '日期未定', [['下沉督察（日期待定）', false, ['zhenggai']]]],
      [
        'unspecified',
        '讲话未规定时限',
        [
          ['共 1 项自整改推进会后即行开展，讲话未规定完成时限', false, ['zhoubao']],
          ['共 1 项，多为长期坚持的要求', true, ['changqi']],
        ],
      ],
    ]);
    // A record without a date comes first, and says so.
    const [undated] = timelinePages(indexSite(withSecondMeeting(null)));
    expect(undated!.sections[0]!.groups.map((group) => group.heading)).toEqual(['会后立即（整改推进会，会议日期原稿未载明）', '会后立即（测试会议，2022年5月10日）']);
  });

  it('continues a long group on the next page, saying so in its heading', () => {
    const pages = timelinePages(indexSite(withManyTasks(150, '2022-05-19', true)));
    expect(pages.map((page) => [page.page, page.pages])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const second = pages[1]!.sections[0]!.groups[0]!;
    expect([second.heading, second.continued, second.rows.length]).toEqual(['2022年5月19日（续）', true, 51]);
  });
});

describe('unitTimelinePages', () => {
  it('gives a unit with more deadlines than its page shows its own timeline, with its part in each', () => {
    const pages = unitTimelinePages(indexSite(withManyTasks(3, '2022-06-10')));
    expect(pages.map((page) => [page.unit.id, page.page, page.pages])).toEqual([['a', 1, 1]]);
    expect(pages[0]!.sections.map((section) => [section.id, section.groups.map((group) => [group.heading, group.rows.map((row) => [row.id, row.own?.label])])])).toEqual([
      [
        'dated',
        [
          ['5月19日（年份待确认）', [['zicha', '作为“各单位”成员落实']]],
          ['督察组进驻（2022年5月24日）', [['taizhang', '牵头']]],
          ['2022年6月1日', [['koujing', '牵头']]],
          ['2022年6月10日', [['extra-000', '牵头']]],
          ['2022年6月11日', [['extra-001', '牵头']]],
          ['2022年6月12日', [['extra-002', '牵头']]],
        ],
      ],
      ['undated', [['下沉督察（日期待定）', [['zhenggai', '配合']]]]],
    ]);
  });

  it('gives none to units whose page lists every deadline', () => {
    expect(unitTimelinePages(indexSite(fixtureEntries()))).toEqual([]);
  });
});
