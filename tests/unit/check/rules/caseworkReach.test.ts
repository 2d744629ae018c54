import { describe, expect, it } from 'vitest';
import { caseworkReach } from '~/check/rules/caseworkReach';
import { problems, unit } from '../inlineSite';

const base = {
  departments: { a: unit(), b: unit({ name: '区乙局' }), c: unit({ name: '丙镇', kind: '板块' }) },
  cases: { 3: { date: '2022-06-01', cases: [{ id: 'D1', source: '来电', region: 'c', types: ['水'], summary: '反映污水。', lead: ['a'], assist: ['b'] }] } },
};
const line = (id: string) => ({ cases: [{ case: id, state: '办理中' }] });

describe('caseworkReach', () => {
  it('accepts the lead and the assisting unit from the day of 交办 to the check', () => {
    expect(problems(caseworkReach, { ...base, casework: { 'a/2022-06-01': line('D1'), 'b/2022-06-30': line('D1') } })).toEqual([]);
  });

  it('refuses an unknown case, a unit not responsible, a day before 交办 and one still to come', () => {
    expect(problems(caseworkReach, {
      ...base,
      casework: { 'a/2022-06-02': line('D2'), 'c/2022-06-02': line('D1'), 'a/2022-05-31': line('D1'), 'b/2022-07-01': line('D1') },
    })).toEqual([
      'content/casework/a/2022-05-31.yaml: cases[0].case: 报送日期 2022-05-31 早于交办件 "D1" 的交办日期 2022-06-01（请核对文件名中的日期）',
      'content/casework/a/2022-06-02.yaml: cases[0].case: 受理编号 "D2" 不在任何交办批次中（是否想写 "D1"？）',
      'content/casework/b/2022-07-01.yaml: 报送日期 2022-07-01 晚于检查当天：不能报送尚未到来的日期（请核对文件名中的日期）',
      'content/casework/c/2022-06-02.yaml: cases[0].case: 交办件 "D1"（第3批）的责任单位中没有丙镇（只能报送本单位牵头或配合办理的交办件：请核对受理编号，或把文件放到责任单位的目录下）',
    ]);
  });
});
