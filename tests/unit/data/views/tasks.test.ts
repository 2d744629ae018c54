import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { taskListPage } from '~/data/views/tasks';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());

describe('taskListPage', () => {
  it('gives each row what the filter reads: every unit reached and its role, the date, the sort key, the order', () => {
    const view = taskListPage(site, site.content.tasks.slice(1, 3));
    expect(view.rows.map((row) => [row.id, row.leads, row.supports, row.filter])).toEqual([
      ['taizhang', ['a'], ['b'], { roles: 'a:牵头 b:配合', due: '2022-05-24', dueKey: '0 2022-05-24', order: 0 }],
      ['zhenggai', ['bumen'], ['a'], { roles: 'bumen:牵头 a:配合 b:牵头', due: '', dueKey: '1 xiachen', order: 1 }],
    ]);
  });

  it('counts every task, and those without a date for the calendar note', () => {
    const view = taskListPage(site, []);
    expect([view.rows.length, view.total, view.undated]).toEqual([0, 6, 2]);
  });
});
