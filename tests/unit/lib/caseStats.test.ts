import { describe, expect, it } from 'vitest';
import { cases as caseConfig } from '~/config';
import { indexCases } from '~/data/cases';
import { indexContent } from '~/data/content';
import { caseStats, percent, type CountedCase, type Tally } from '~/lib/caseStats';
import { caseEntries } from '../data/cases.ts';

const records = indexCases(indexContent(caseEntries())).all;
const stats = caseStats(records, caseConfig);

/** Tallies as `[key, count]` pairs, to read a breakdown at a glance. */
const pairs = (tallies: readonly Tally[]) => tallies.map((tally) => [tally.key, tally.count]);

// Every figure below is worked out by hand from the table at the head of tests/unit/data/cases.ts.
describe('caseStats on the case fixture', () => {
  it('totals the cases batch by batch and day by day', () => {
    expect(stats.total).toBe(5);
    expect(stats.batches).toEqual([
      { batch: 1, date: '2022-09-20', count: 3, cumulative: 3 },
      { batch: 2, date: '2022-09-21', count: 2, cumulative: 5 },
    ]);
    expect(stats.days).toEqual([
      { date: '2022-09-20', batches: [1], count: 3, cumulative: 3 },
      { date: '2022-09-21', batches: [2], count: 2, cumulative: 5 },
    ]);
  });

  it('counts a case under each of its 污染类型 (7 for 5 cases), most first, ties in the configured order', () => {
    // 大气 D1 D3, 噪声 D1 D5, 水 D2, 扬尘 D4, 其他 D5.
    expect(pairs(stats.types)).toEqual([['大气', 2], ['噪声', 2], ['水', 1], ['扬尘', 1], ['其他', 1]]);
    expect(stats.types.reduce((sum, tally) => sum + tally.count, 0)).toBe(7);
  });

  it('counts by 行业 (the case naming none last), 区域, 牵头 unit and 来源', () => {
    expect([pairs(stats.industries), pairs(stats.regions), pairs(stats.leads), pairs(stats.sources), stats.focus]).toEqual([
      [['餐饮业', 2], ['化工', 1], ['建筑业', 1], ['', 1]],
      [['c', 3], ['d', 2]],
      [['a', 2], ['b', 2], ['c', 1]],
      [['来电', 3], ['来信', 2]],
      1,
    ]);
  });

  it('counts 阶段性办结 as 办结 (3 of 5: 60.0%) and 属实率 over the 办结 cases (属实 + 部分属实, 2 of 3: 66.7%)', () => {
    expect(stats.states).toEqual({ 已交办: 1, 办理中: 1, 阶段性办结: 1, 已办结: 2 });
    expect(stats.concluded).toEqual({ count: 3, of: 5, percent: '60.0' });
    expect(stats.truths).toEqual({ 属实: 1, 部分属实: 1, 不属实: 1 });
    expect(stats.truthful).toEqual({ count: 2, of: 3, percent: '66.7' });
  });

  it('as a 督查通报 of 9月25日 saw them: D1 办结 属实, nothing else reported to a close', () => {
    const early = caseStats(indexCases(indexContent(caseEntries()), '2022-09-25').all, caseConfig);
    expect([early.total, early.states, early.concluded, early.truthful]).toEqual([
      5,
      { 已交办: 3, 办理中: 1, 阶段性办结: 0, 已办结: 1 },
      { count: 1, of: 5, percent: '20.0' },
      { count: 1, of: 1, percent: '100.0' },
    ]);
  });
});

describe('caseStats on cases built here', () => {
  const item = (batch: number, date: string, extra: Partial<CountedCase['data']> = {}, state: CountedCase['state'] = '已交办'): CountedCase => ({
    batch,
    date,
    state,
    data: { source: '自查', region: 'r', types: ['水'], lead: ['a'], focus: false, ...extra },
    handling: undefined,
  });

  it('puts two batches of one day on that day, and a batch dated out of order on its own day', () => {
    const result = caseStats([item(1, '2022-09-20'), item(2, '2022-09-21'), item(3, '2022-09-21'), item(3, '2022-09-21'), item(4, '2022-09-19')], caseConfig);
    expect(result.days).toEqual([
      { date: '2022-09-19', batches: [4], count: 1, cumulative: 1 },
      { date: '2022-09-20', batches: [1], count: 1, cumulative: 2 },
      { date: '2022-09-21', batches: [2, 3], count: 3, cumulative: 5 },
    ]);
    expect(result.batches.map((batch) => [batch.batch, batch.count, batch.cumulative])).toEqual([[1, 1, 1], [2, 1, 2], [3, 2, 4], [4, 1, 5]]);
  });

  it('breaks ties in the configured order of 污染类型 and 来源, not in the order they appear', () => {
    const result = caseStats([item(1, '2022-09-20', { types: ['噪声', '大气'], source: '自查' }), item(1, '2022-09-20', { types: ['水'], source: '来电' })], caseConfig);
    expect([result.types.map((tally) => tally.key), result.sources.map((tally) => tally.key)]).toEqual([['水', '大气', '噪声'], ['来电', '自查']]);
  });

  it('counts a case with two leads under both, and a type or a lead named twice once', () => {
    const result = caseStats([item(1, '2022-09-20', { lead: ['a', 'b', 'a'], types: ['水', '水', '大气'] })], caseConfig);
    expect([pairs(result.leads), pairs(result.types)]).toEqual([[['a', 1], ['b', 1]], [['水', 1], ['大气', 1]]]);
  });

  it('has no rate without cases, and no 属实率 before a case is 办结', () => {
    expect(caseStats([], caseConfig)).toMatchObject({ total: 0, batches: [], days: [], types: [], concluded: { count: 0, of: 0, percent: undefined } });
    expect(caseStats([item(1, '2022-09-20', {}, '办理中')], caseConfig).truthful).toEqual({ count: 0, of: 0, percent: undefined });
  });
});

describe('percent', () => {
  it('rounds to one decimal, half up, exactly', () => {
    expect([percent(2, 3), percent(1, 3), percent(1, 8), percent(1, 16), percent(3, 3), percent(0, 7), percent(1, 0)]).toEqual(['66.7', '33.3', '12.5', '6.3', '100.0', '0.0', undefined]);
    // 0.5% boundaries that binary fractions get wrong: 1 of 200 is 0.5%, 29 of 2000 is 1.45% → 1.5.
    expect([percent(1, 200), percent(29, 2000), percent(1, 2000)]).toEqual(['0.5', '1.5', '0.1']);
  });
});
