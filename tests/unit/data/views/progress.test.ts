import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { overviewRows, progressOverview, progressPaths, progressSheet, sortRows } from '~/data/views/progress';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());

describe('overviewRows', () => {
  it('keeps for the browser only the deadlines still ahead', () => {
    expect(overviewRows(site, '2022-05-20').map((row) => row.dues)).toEqual(['', '2022-05-24', '2022-05-24']);
  });

  it('counts each reporting unit’s tasks by state on the given day, with its last report and 未报送', () => {
    const rows = overviewRows(site, '2022-05-27');
    expect(rows.map((row) => [row.unit, row.total, row.counts, row.lastReport?.date, row.unreported?.days, row.dues])).toEqual([
      ['c', 2, { signedOff: 0, claimed: 0, underway: 0, notStarted: 2, overdue: 0 }, undefined, 17, ''],
      ['a', 4, { signedOff: 1, claimed: 0, underway: 1, notStarted: 2, overdue: 1 }, '2022-05-15', 12, ''],
      ['b', 4, { signedOff: 0, claimed: 1, underway: 0, notStarted: 3, overdue: 2 }, '2022-05-14', 13, ''],
    ]);
  });
});

describe('sortRows', () => {
  const rows = overviewRows(site, '2022-05-27');
  it('sorts by overdue, by time without a report (never reported first), by share signed off; ties in unit order', () => {
    expect(sortRows(rows, 'unit').map((row) => row.unit)).toEqual(['c', 'a', 'b']);
    expect(sortRows(rows, 'overdue').map((row) => row.unit)).toEqual(['b', 'a', 'c']);
    expect(sortRows(rows, 'unreported').map((row) => row.unit)).toEqual(['c', 'b', 'a']);
    expect(sortRows(rows, 'signedOff').map((row) => row.unit)).toEqual(['a', 'c', 'b']);
  });
});

describe('progressOverview', () => {
  it('adds up the district, links every order, and charts the rows in the table’s order', () => {
    const view = progressOverview(site, 'overdue', '2022-05-27');
    expect(view.totals).toEqual({ signedOff: 1, claimed: 1, underway: 1, notStarted: 7, overdue: 3, units: 3, unreported: 3 });
    expect(Object.values(view.sorts).map((link) => [link.sort, link.label, link.path, link.current])).toEqual([
      ['unit', '按单位排列', 'progress/', false],
      ['overdue', '按逾期项数排列', 'progress/overdue/', true],
      ['unreported', '按未报送时间排列', 'progress/unreported/', false],
      ['signedOff', '按销号比例排列', 'progress/signedOff/', false],
    ]);
    const labels = /<g class="labels"[^>]*>(.*?)<\/g>/.exec(view.chart)![1]!;
    expect([...labels.matchAll(/>([^<]+)<\/text>/g)].map((match) => match[1])).toEqual(['区乙局', '区甲局', '丙镇']);
  });

  it('has a page per order', () => {
    expect(progressPaths()).toEqual([
      { params: { sort: undefined }, props: { sort: 'unit' } },
      { params: { sort: 'overdue' }, props: { sort: 'overdue' } },
      { params: { sort: 'unreported' }, props: { sort: 'unreported' } },
      { params: { sort: 'signedOff' }, props: { sort: 'signedOff' } },
    ]);
  });
});

describe('progressSheet', () => {
  it('writes a numbered row per unit with its counts, last report and 未报送', () => {
    const sheet = progressSheet(site, '2022-05-27');
    expect([sheet.name, sheet.subtitle, sheet.columns.map((column) => column.header)]).toEqual([
      '进度总览',
      '按各单位报送和销号情况统计　　统计日期：2022年5月27日',
      ['序号', '单位', '已销号', '已完成待销号', '推进中', '未启动', '逾期', '最近报送', '未报送'],
    ]);
    expect(sheet.rows).toEqual([
      [1, '丙镇', 0, 0, 0, 2, 0, '尚未报送', '已 17 天未报送'],
      [2, '区甲局', 1, 0, 1, 2, 1, '2022年5月15日', '已 12 天未报送'],
      [3, '区乙局', 0, 1, 0, 3, 2, '2022年5月14日', '已 13 天未报送'],
    ]);
  });
});
