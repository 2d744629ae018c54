import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { caseBatchPaths, caseLedgerPaths, caseRows, ledgerFilters, ledgerSummary, openDues, unitCasePaths } from '~/data/views/caseLedger';
import { fixtureEntries } from '../fixture.ts';
import { caseEntries } from '../cases.ts';

const site = indexSite(caseEntries());
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('the ledger', () => {
  it('lists every case newest batch first, one page at this size', () => {
    expect(caseLedgerPaths(site).map(({ page, pages, items }) => [page, pages, ids(items)])).toEqual([[1, 1, ['D4', 'D5', 'D1', 'D2', 'D3']]]);
    expect(ledgerSummary(site)).toEqual({ total: 5, batches: 2, last: { number: 2, date: '2022-09-21' } });
  });

  it('writes a line per case with 逾期 on the given date', () => {
    expect(caseRows(site.cases.all, '2022-10-07')).toEqual([
      { id: 'D1', batch: 1, region: 'c', types: '大气、噪声', lead: ['a'], focus: false, state: '已办结', due: { due: '2022-10-05', closed: true, overdue: 0 } },
      { id: 'D2', batch: 1, region: 'd', types: '水', lead: ['b'], focus: true, state: '阶段性办结', due: { due: '2022-10-05', closed: true, overdue: 0 } },
      { id: 'D3', batch: 1, region: 'c', types: '大气', lead: ['c'], focus: false, state: '已交办', due: { due: '2022-09-25', closed: false, overdue: 12 } },
      { id: 'D4', batch: 2, region: 'd', types: '扬尘', lead: ['a'], focus: false, state: '办理中', due: { due: '2022-10-06', closed: false, overdue: 1 } },
      { id: 'D5', batch: 2, region: 'c', types: '噪声、其他', lead: ['b'], focus: false, state: '已办结', due: { due: '2022-10-06', closed: true, overdue: 0 } },
    ]);
  });

  it('has a list per batch and per unit that leads or assists', () => {
    expect(caseBatchPaths(site).map(({ params, props }) => [params.batch, params.page, props.date, props.total, ids(props.items)])).toEqual([
      ['1', undefined, '2022-09-20', 3, ['D1', 'D2', 'D3']],
      ['2', undefined, '2022-09-21', 2, ['D4', 'D5']],
    ]);
    expect(unitCasePaths(site).map(({ params, props }) => [params.id, props.total, ids(props.items)])).toEqual([
      ['c', 1, ['D3']],
      ['a', 3, ['D4', 'D5', 'D1']],
      ['b', 3, ['D5', 'D1', 'D2']],
    ]);
  });

  it('offers the filters the cases fill, with the values the index holds', () => {
    expect(ledgerFilters(site).map(({ name, choices }) => [name, choices.map((choice) => (choice.label === choice.value ? choice.value : `${choice.value}=${choice.label}`))])).toEqual([
      ['batch', ['第1批=第1批（2022-09-20）', '第2批=第2批（2022-09-21）']],
      ['type', ['水', '大气', '噪声', '扬尘', '其他']],
      ['industry', ['餐饮业', '化工', '建筑业']],
      ['region', ['丙镇', '丁街道']],
      ['unit', ['区甲局', '区乙局', '丙镇']],
      ['state', ['已交办', '办理中', '阶段性办结', '已办结']],
      ['truth', ['属实', '部分属实', '不属实']],
      ['focus', ['yes=']],
      ['overdue', ['yes=']],
    ]);
  });

  it('is one empty page, with no filters, on a site without cases', () => {
    const empty = indexSite(fixtureEntries());
    expect([caseLedgerPaths(empty).map(({ items }) => items.length), caseBatchPaths(empty), unitCasePaths(empty), ledgerFilters(empty), ledgerSummary(empty)]).toEqual([[0], [], [], [], { total: 0, batches: 0, last: undefined }]);
  });
});

describe('openDues', () => {
  it('lists the 办理时限 of the cases not 办结 nor 销号, each once, in order', () => {
    expect(openDues(site)).toEqual(['2022-09-25', '2022-10-06']);
  });
});
