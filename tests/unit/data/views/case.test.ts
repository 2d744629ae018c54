import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { casePage, casePaths, ledgerRecords } from '~/data/views/case';
import { caseEntries, PERSONAL } from '../cases.ts';

const site = indexSite(caseEntries());

describe('casePage', () => {
  it('shows D1 as handed over, handled by its lead, published and signed off', () => {
    const view = casePage(site, 'D1', '2022-10-10');
    expect([view.title, view.batch, view.record.date, view.record.data.source, view.record.data.focus, view.record.data.region, view.record.data.types, view.record.data.industry]).toEqual(['交办件 D1', '第1批', '2022-09-20', '来电', false, 'c', ['大气', '噪声'], '餐饮业']);
    expect([view.record.data.lead, view.record.data.assist, view.record.state]).toEqual([['a'], ['b'], '已办结']);
    expect(view.due).toEqual({ due: '2022-10-05', closed: true, overdue: 0 });
    expect(view.record.data.summary).toBe('张某（电话138******78，身份证320*************34）反映某饭店油烟和噪声扰民。');
    expect([view.record.handling?.unit, view.record.handling?.date, view.record.handling?.line.truth]).toEqual(['a', '2022-09-25', '属实']);
    expect([view.record.data.published, view.record.data.signedOff]).toEqual(['2022-09-27', { date: '2022-09-28', note: '现场核查已整改。' }]);
    expect(view.history).toEqual([
      { unit: 'a', date: '2022-09-25', state: '已办结', verification: '经查，该饭店油烟净化器未开启。', truth: '属实', handling: '责令整改，已安装新净化器。张某已获告知。', accountability: '无' },
      { unit: 'b', date: '2022-09-24', state: '办理中', verification: '配合现场检查。', truth: undefined, handling: undefined, accountability: undefined },
    ]);
    expect([view.asOf, view.order]).toEqual(['2022-10-10', '000002']);
  });

  it('judges D3 逾期 from the day after its own 办理时限, while nobody has reported', () => {
    expect([casePage(site, 'D3', '2022-09-25').due, casePage(site, 'D3', '2022-09-28').due]).toEqual([
      { due: '2022-09-25', closed: false, overdue: 0 },
      { due: '2022-09-25', closed: false, overdue: 3 },
    ]);
    expect(casePage(site, 'D3').history).toEqual([]);
  });

  it('gives the search index its facets and the ledger its filters', () => {
    expect(casePage(site, 'D1').facets).toEqual([
      ['类型', '交办件'],
      ['批次', '第1批'],
      ['污染类型', '大气'],
      ['污染类型', '噪声'],
      ['责任单位', '区甲局'],
      ['责任单位', '区乙局'],
      ['状态', '已办结'],
      ['行政区域', '丙镇'],
      ['办理时限', '2022-10-05'],
      ['行业类别', '餐饮业'],
      ['是否属实', '属实'],
      ['已办结或销号', '是'],
    ]);
    expect(casePage(site, 'D2').facets).toEqual([
      ['类型', '交办件'],
      ['批次', '第1批'],
      ['污染类型', '水'],
      ['责任单位', '区乙局'],
      ['状态', '阶段性办结'],
      ['行政区域', '丁街道'],
      ['办理时限', '2022-10-05'],
      ['行业类别', '化工'],
      ['是否属实', '部分属实'],
      ['重点关注', '是'],
      ['已办结或销号', '是'],
    ]);
  });

  it('holds no personal data of the fixture, on any case', () => {
    const shown = JSON.stringify(site.cases.all.map((record) => casePage(site, record.id)));
    for (const text of PERSONAL) expect(shown).not.toContain(text);
  });

  it('has a page per case, and refuses an unknown one', () => {
    expect(casePaths(site).map((path) => path.params.id)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5']);
    expect(ledgerRecords(site).map((record) => record.id)).toEqual(['D4', 'D5', 'D1', 'D2', 'D3']);
    expect(() => casePage(site, 'X9')).toThrow('没有受理编号为 X9 的交办件');
  });
});
