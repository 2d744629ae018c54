import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { overviewRows, progressOverview, progressPaths, progressSheet, sortRows } from '~/data/views/progress';
import { caseEntries } from '../cases';
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

describe('the petition cases in the 进度总览 (the case fixture, ../cases.ts)', () => {
  const cases = indexSite(caseEntries());

  it('count each unit’s cases as lead: 办结 with 阶段性办结, 逾期 on the day, and the 办理时限 still ahead for the browser', () => {
    // a leads D1 (已办结) and D4 (办理中, due 10-06); b D2 (阶段性办结) and D5 (已办结); c D3 (已交办, due 9-25).
    const on = (today: string) => overviewRows(cases, today).map((row) => [row.unit, row.cases]);
    expect(on('2022-09-26')).toEqual([
      ['c', { lead: 1, concluded: 0, overdue: 1, dues: '' }],
      ['a', { lead: 2, concluded: 1, overdue: 0, dues: '2022-10-06' }],
      ['b', { lead: 2, concluded: 2, overdue: 0, dues: '' }],
    ]);
    expect(on('2022-09-25').map(([unit, counts]) => [unit, counts])[0]).toEqual(['c', { lead: 1, concluded: 0, overdue: 0, dues: '2022-09-25' }]);
    // The site without cases has no case columns.
    expect(overviewRows(site, '2022-09-26').map((row) => row.cases)).toEqual([undefined, undefined, undefined]);
  });

  it('add the cases up for the totals line, its 逾期 count set apart for the browser', () => {
    expect(progressOverview(cases, 'unit', '2022-09-26').caseTotals).toEqual({ lead: 5, concluded: 3, overdue: 1, text: ['各单位牵头交办信访件 5 件：已办结 3 件，逾期 ', ' 件。'] });
    expect(progressOverview(site, 'unit', '2022-09-26').caseTotals).toBeUndefined();
  });

  it('put the case columns in the Excel sheet after the tasks’ 逾期', () => {
    const sheet = progressSheet(cases, '2022-10-10');
    expect(sheet.columns.map((column) => column.header)).toEqual(['序号', '单位', '已销号', '已完成待销号', '推进中', '未启动', '逾期', '牵头交办件', '交办件已办结', '交办件逾期', '最近报送', '未报送']);
    // By 10-10 D4 is late too.
    expect(sheet.rows.map((row) => [row[1], ...row.slice(7, 10)])).toEqual([
      ['丙镇', 1, 0, 1],
      ['区甲局', 2, 1, 1],
      ['区乙局', 2, 2, 0],
    ]);
    expect(progressSheet(site, '2022-10-10').columns).toHaveLength(9);
  });
});
