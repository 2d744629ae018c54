import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { taskListPage } from '~/data/views/tasks';
import { fixtureEntries } from '../fixture';

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
