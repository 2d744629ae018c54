import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { assignedTasks, taskRows } from '~/data/views/taskRows';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());

describe('taskRows', () => {
  it('shows each task with its lead and other units, its deadline as resolved, and its status', () => {
    const [row] = taskRows(site, [site.content.taskById.get('zhuanban')!]);
    expect(row).toEqual({
      id: 'zhuanban',
      title: '成立专班',
      status: '已完成',
      deadline: { kind: 'immediate', text: '会后立即' },
      resolved: { date: '2022-05-10', inferred: false },
      leads: ['b'],
      supports: ['c'],
    });
  });

  it("adds the viewing unit's role, naming the group a task came through", () => {
    const own = new Map([['zicha', { role: '牵头', via: 'all' }] as const]);
    expect(taskRows(site, assignedTasks(site, [{ taskId: 'zicha', role: '牵头', who: undefined, via: 'all' }]), { own }).map((row) => row.own)).toEqual([
      { role: '牵头', viaName: '各单位' },
    ]);
  });
});
