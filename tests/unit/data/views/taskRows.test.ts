import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { assignedTasks, meetingsOf, roleLabel, taskRows } from '~/data/views/taskRows';
import { fixtureEntries } from '../fixture';
import { twoMeetingEntries } from '../twoMeetings';

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
      meeting: 'm',
      leads: ['b'],
      supports: ['c'],
    });
  });

  it("adds the viewing unit's part: as a member of the group a task came through, never 牵头", () => {
    const own = new Map([['zicha', { role: '牵头', via: 'all' }] as const]);
    expect(taskRows(site, assignedTasks(site, [{ taskId: 'zicha', role: '牵头', who: undefined, via: 'all' }]), { own }).map((row) => row.own)).toEqual([
      { role: '牵头', viaName: '各单位', label: '作为“各单位”成员落实' },
    ]);
  });

  it('words each part in the one vocabulary', () => {
    expect([roleLabel('牵头', undefined), roleLabel('审核', undefined), roleLabel('牵头', '各板块各部门'), roleLabel('配合', '各板块')]).toEqual([
      '牵头',
      '审核',
      '作为“各板块各部门”成员落实',
      '作为“各板块”成员配合',
    ]);
  });
});

describe('meetings in task lists', () => {
  const two = indexSite(twoMeetingEntries());

  it('lists the meetings some tasks come from, in the site’s order', () => {
    const tasks = (...ids: string[]) => ids.map((id) => two.content.taskById.get(id)!);
    expect(meetingsOf(two, tasks('tuijin', 'zicha')).map((meeting) => meeting.id)).toEqual(['m', 'n']);
    expect(meetingsOf(two, tasks('bushu', 'tuijin')).map((meeting) => meeting.id)).toEqual(['n']);
    expect(meetingsOf(two, [])).toEqual([]);
  });
});
