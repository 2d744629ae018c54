import { describe, expect, it } from 'vitest';
import { caseFilterToSearch, indexConditions, isFiltered, parseCaseFilter, type IndexNames } from '~/lib/caseFilter';

const names: IndexNames = {
  params: { batch: '批次', type: '污染类型', industry: '行业类别', region: '行政区域', unit: '责任单位', state: '状态', truth: '是否属实', focus: '重点关注' },
  type: '类型',
  caseType: '交办件',
  due: '办理时限',
  closed: '已办结或销号',
  yes: '是',
};
const known = { batch: new Set(['第1批', '第2批']), type: new Set(['大气']), unit: new Set(['区甲局']), focus: new Set(['yes']), overdue: new Set(['yes']) };

describe('the ledger filters in the address', () => {
  it('reads only what the form offers, and writes it back in order', () => {
    const filter = parseCaseFilter('?unit=%E5%8C%BA%E7%94%B2%E5%B1%80&batch=%E7%AC%AC9%E6%89%B9&type=大气&overdue=yes&x=1', known);
    expect(filter).toEqual({ type: '大气', unit: '区甲局', overdue: 'yes' });
    expect(decodeURIComponent(caseFilterToSearch(filter))).toBe('?type=大气&unit=区甲局&overdue=yes');
    expect([isFiltered(filter), isFiltered(parseCaseFilter('?batch=', known)), caseFilterToSearch({})]).toEqual([true, false, '']);
  });
});

describe('indexConditions', () => {
  it('asks the index for cases only, with each filter by its index name', () => {
    expect(indexConditions({ batch: '第1批', focus: 'yes' }, names, [], '2022-10-01')).toEqual({ 类型: '交办件', 批次: '第1批', 重点关注: '是' });
  });

  it('turns 逾期 into 办理时限 before today and not closed', () => {
    expect(indexConditions({ overdue: 'yes' }, names, ['2022-09-25', '2022-10-05', '2022-10-06'], '2022-10-06')).toEqual({ 类型: '交办件', 办理时限: { any: ['2022-09-25', '2022-10-05'] }, 已办结或销号: { none: ['是'] } });
  });

  it('asks nothing when no 办理时限 has passed', () => {
    expect(indexConditions({ overdue: 'yes', batch: '第1批' }, names, ['2022-10-05'], '2022-10-05')).toBeUndefined();
  });
});
