import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { UNIT_INLINE, unitPage, unitPaths, unitTaskListPages } from '~/data/views/unit';
import { fixtureEntries, withManyTasks } from '../fixture';

const site = indexSite(fixtureEntries());
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

describe('unitPage', () => {
  const view = unitPage(site, 'a');

  it('lists what the unit leads, supports, and receives through a group, with its role there', () => {
    expect([ids(view.lead.rows), ids(view.support.rows), ids(view.viaGroup.rows)]).toEqual([['taizhang', 'koujing'], ['zhenggai'], ['zicha']]);
    expect(view.lead.rows[0]?.own).toBeUndefined();
    expect(view.support.rows[0]?.own).toEqual({ role: '配合', viaName: undefined });
    expect(view.viaGroup.rows[0]?.own).toEqual({ role: '牵头', viaName: '各单位' });
    expect([view.lead.count, view.support.count, view.viaGroup.count, view.namedCount]).toEqual([2, 1, 1, 3]);
    expect(view.viaGroups).toEqual([{ id: 'all', name: '各单位', count: 1 }]);
  });

  it('puts its deadlines in the order to act on them, and counts the dated and undated', () => {
    expect(view.deadlines.map((row) => [row.id, row.own?.role])).toEqual([
      ['zicha', '牵头'],
      ['taizhang', '牵头'],
      ['koujing', '牵头'],
      ['zhenggai', '配合'],
    ]);
    expect([view.moreDeadlines, view.untimed, view.dated, view.undated]).toEqual([false, 0, 3, 1]);
  });

  it('names who in the unit must act, its groups and checklists', () => {
    expect(view.who).toEqual([{ who: '主要负责同志', taskId: 'zicha', title: '完成自查', viaName: '各单位' }]);
    expect(view.groups).toEqual(['bumen', 'all']);
    expect(view.checklists.map((checklist) => checklist.id)).toEqual(['taizhang']);
    expect(view.isGroup).toBe(false);
  });

  it('counts standing rules without a time limit apart from the deadlines', () => {
    const c = unitPage(site, 'c');
    expect([ids(c.deadlines), c.untimed, c.undated]).toEqual([['zhuanban', 'zicha'], 1, 1]);
  });

  it('shows the first rows of a long list and says there are more', () => {
    const busy = unitPage(indexSite(withManyTasks(10, '2022-05-01')), 'a');
    expect(busy.lead.rows).toHaveLength(UNIT_INLINE);
    expect([busy.lead.count, busy.lead.more, busy.support.more, busy.deadlines.length, busy.moreDeadlines]).toEqual([12, true, false, UNIT_INLINE, true]);
  });

  it('knows a group, and refuses an unknown id', () => {
    expect(unitPage(site, 'bumen').isGroup).toBe(true);
    expect(() => unitPage(site, 'nobody')).toThrow('unitPage: no entry "nobody"');
  });
});

describe("a unit's full task list", () => {
  it('has the tasks that name the unit, lead first, with its role, a hundred to a page', () => {
    const pages = unitTaskListPages(site);
    expect(pages.map((page) => [page.unit.id, ids(page.rows)])).toEqual([
      ['c', ['changqi', 'zhuanban']],
      ['bumen', ['zhenggai']],
      ['all', ['zicha']],
      ['a', ['taizhang', 'koujing', 'zhenggai']],
      ['b', ['zhuanban', 'taizhang']],
    ]);
    expect(pages.find((page) => page.unit.id === 'b')?.rows.map((row) => row.own?.role)).toEqual(['牵头', '配合']);
    const long = unitTaskListPages(indexSite(withManyTasks(150, '2022-05-01'))).filter((page) => page.unit.id === 'a');
    expect(long.map((page) => [page.page, page.pages, page.rows.length])).toEqual([
      [1, 2, 100],
      [2, 2, 53],
    ]);
  });

  it('gives every unit and group a path', () => {
    expect(unitPaths(site).map((path) => path.params.id)).toEqual(['c', 'bumen', 'all', 'a', 'b']);
  });
});
