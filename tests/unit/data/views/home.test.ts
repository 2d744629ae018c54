import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { HOME_DUE_SPAN, homePage } from '~/data/views/home';
import { fixtureEntries, withManyTasks } from '../fixture';

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

  it('lists the directives with their task counts, and the checklists that reach each unit', () => {
    expect(view.directives).toEqual([
      { id: 'zhenggai', title: '要抓好整改', summary: '抓好整改。', taskCount: 3 },
      { id: 'tongyi', title: '要统一口径', summary: '统一口径。', taskCount: 3 },
    ]);
    expect(view.checklistIds).toEqual(['taizhang', 'zhenban']);
    expect(view.applies).toEqual({ bumen: ['taizhang'], b: ['taizhang'], a: ['taizhang'], c: ['zhenban'] });
    expect([view.taskCount, view.checklistCount]).toEqual([6, 2]);
  });

  it('shows the latest changes', () => {
    expect(view.recent.map((change) => change.entry.id)).toEqual(['taizhang', 'c', 'gone']);
  });
});
