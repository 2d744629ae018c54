import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { taskPage } from '~/data/views/task';
import { fixtureEntries } from '../fixture';
import { withSecondMeeting } from '../secondMeeting';

const site = indexSite(fixtureEntries());

describe('taskPage', () => {
  it('groups the named units by role, in the order of the roles', () => {
    const view = taskPage(site, 'zhuanban');
    expect(view.byRole).toEqual([
      { role: '牵头', lines: [{ unit: 'b', who: undefined }] },
      { role: '督办', lines: [{ unit: 'c', who: undefined }] },
    ]);
    expect(taskPage(site, 'taizhang').byRole[1]).toEqual({ role: '配合', lines: [{ unit: 'b', who: '分管负责同志' }] });
  });

  it('places the task under its directive, between its neighbours, at its paragraph', () => {
    const view = taskPage(site, 'taizhang');
    expect([view.directive.id, view.directiveHeading, view.previous?.id, view.next?.id, view.paragraph?.id, view.meeting?.id]).toEqual([
      'zhenggai',
      '一、要抓好整改',
      'zicha',
      'zhenggai',
      'p2',
      'm',
    ]);
    expect([taskPage(site, 'zicha').previous, taskPage(site, 'changqi').next]).toEqual([undefined, undefined]);
  });

  it('pages on through the tasks of its meeting, directive by directive, and never into another meeting', () => {
    const two = indexSite(withSecondMeeting());
    const neighbours = (id: string) => {
      const view = taskPage(two, id);
      return [view.previous?.id, view.next?.id];
    };
    // Across its meeting's directives: 一、 to 二、.
    expect(neighbours('zhenggai')).toEqual(['taizhang', 'koujing']);
    expect([neighbours('zicha'), neighbours('changqi')]).toEqual([
      [undefined, 'taizhang'],
      ['zhuanban', undefined],
    ]);
    expect([neighbours('tuijin'), neighbours('wancheng'), neighbours('zhoubao')]).toEqual([
      [undefined, 'wancheng'],
      ['tuijin', 'zhoubao'],
      ['wancheng', undefined],
    ]);
  });

  it('names its requirement, checklist and resolved deadline when it has them', () => {
    const zicha = taskPage(site, 'zicha');
    expect([zicha.requirement, zicha.checklist?.id, zicha.resolved]).toEqual(['完成自查', 'taizhang', { date: '2022-05-19', inferred: true }]);
    const taizhang = taskPage(site, 'taizhang');
    expect([taizhang.requirement, taizhang.checklist]).toEqual([undefined, undefined]);
  });

  it('names the unit where the work is done, which takes no role by it', () => {
    const entries = fixtureEntries();
    const tasks = entries.tasks.map((entry) => (entry.id === 'taizhang' ? { ...entry, data: { ...entry.data, location: 'c' } } : entry));
    const view = taskPage(indexSite({ ...entries, tasks }), 'taizhang');
    expect(view.location).toBe('c');
    expect(view.byRole.flatMap(({ lines }) => lines.map((line) => line.unit))).not.toContain('c');
    expect(taskPage(site, 'taizhang').location).toBeUndefined();
  });

  it('names every unit it reaches for search, members of its groups included', () => {
    expect(taskPage(site, 'zhenggai').search).toEqual({ units: ['区甲局'], groups: ['各部门'] });
  });

  it('refuses an unknown id', () => {
    expect(() => taskPage(site, 'nothing')).toThrow('taskPage: no entry "nothing"');
  });
  it('lists each unit that reports on it, leads first, with its state judged on the given day', () => {
    const view = taskPage(site, 'taizhang', '2022-05-27');
    expect(view.units.map((row) => [row.unit, row.role, row.state, row.overdue])).toEqual([
      ['a', '牵头', '推进中', 3],
      ['b', '配合', '尚未报送', 3],
    ]);
    expect(view.asOf).toBe('2022-05-27');
  });

  it('names in one line the units reached through a group that have not reported', () => {
    const view = taskPage(site, 'zicha', '2022-05-27');
    expect([view.units, view.silent]).toEqual([[], { units: ['c', 'a', 'b'], due: null, overdue: 0 }]);
  });
});
