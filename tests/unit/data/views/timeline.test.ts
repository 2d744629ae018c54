import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { timelinePages } from '~/data/views/timeline';
import { fixtureEntries, withManyTasks } from '../fixture';

describe('timelinePages', () => {
  it('groups deadlines by date and dated milestone, then undated milestones, then the unset', () => {
    const pages = timelinePages(indexSite(fixtureEntries()));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.sections.map((section) => [section.id, section.title, section.groups.map((group) => [group.heading, group.unspecified, group.rows.map((row) => row.id)])])).toEqual([
      [
        'dated',
        '已有日期',
        [
          ['2022-05-10', false, ['zhuanban']],
          ['2022-05-19', false, ['zicha']],
          ['督察组进驻（2022-05-24）', false, ['taizhang']],
          ['2022-06-01', false, ['koujing']],
        ],
      ],
      ['undated', '日期未定', [['下沉督察（日期待定）', false, ['zhenggai']]]],
      ['unspecified', '讲话未规定时限', [['共 1 项，多为长期坚持的要求', true, ['changqi']]]],
    ]);
  });

  it('continues a long group on the next page, saying so in its heading', () => {
    const pages = timelinePages(indexSite(withManyTasks(150, '2022-05-19', true)));
    expect(pages.map((page) => [page.page, page.pages])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const second = pages[1]!.sections[0]!.groups[0]!;
    expect([second.heading, second.continued, second.rows.length]).toEqual(['2022-05-19（续）', true, 52]);
  });
});
