import { describe, expect, it } from 'vitest';
import { caseLedger } from '~/check/rules/caseLedger';
import { problems, unit } from '../inlineSite';

const units = { a: unit(), b: unit({ name: '区乙局' }), d: unit({ name: '丁街道', kind: '街道' }), g: unit({ name: '各部门', kind: '单位组', members: ['a', 'b'] }) };
const item = (fields: Record<string, unknown> = {}) => ({ id: 'D1', source: '来电', region: 'd', types: ['大气'], summary: '反映油烟扰民。', lead: ['a'], ...fields });
const concluded = { cases: [{ case: 'D1', state: '已办结', verification: '经查属实。', truth: '属实', handling: '已整改。' }] };

describe('caseLedger', () => {
  it('accepts a batch whose cases lie in a 街道, name units, and are published and signed off once concluded', () => {
    expect(problems(caseLedger, {
      departments: units,
      cases: { 1: { date: '2022-06-01', cases: [item({ assist: ['b'], due: '2022-06-10', published: '2022-06-20', signedOff: { date: '2022-06-21' } })] } },
      casework: { 'a/2022-06-15': concluded },
    })).toEqual([]);
  });

  it('refuses a misnamed batch, a repeated 受理编号, a region that is no 街道, groups and repeated units, and dates out of order', () => {
    expect(problems(caseLedger, {
      departments: units,
      cases: {
        1: { date: '2022-06-01', cases: [item({ region: 'a', lead: ['g'], assist: ['g'], due: '2022-05-30' })] },
        '01': { date: '2022-07-01', cases: [item({ region: 'x', published: '2022-06-20' })] },
      },
    })).toEqual([
      'content/cases/01.yaml: 文件名 "01" 不是批次号：交办批次的文件名应为批次数字，如 1.yaml、12.yaml（请改名为 第N批 的 N）',
      'content/cases/01.yaml: cases[0].id: 受理编号 "D1" 已在第1批（content/cases/1.yaml）第 1 件出现（受理编号全区唯一：同一件不要重复导入；确是两件时请核对编号）',
      'content/cases/01.yaml: cases[0].published: 公开日期 2022-06-20 早于交办日期 2022-07-01（请核对日期）',
      'content/cases/01.yaml: cases[0].region: 单位 "x" 不存在（是否想写 "a"？）',
      'content/cases/01.yaml: date: 交办日期 2022-07-01 晚于检查当天（请核对日期）',
      'content/cases/1.yaml: cases[0].assist[0]: "g"（各部门）是单位组：交办件须由具体单位办理（请改为组内的单位）',
      'content/cases/1.yaml: cases[0].assist[0]: 单位 "g" 已列为本件的责任单位（每个单位只写一次：牵头就不再列为配合）',
      'content/cases/1.yaml: cases[0].due: 办理时限 2022-05-30 早于交办日期 2022-06-01（请核对日期）',
      'content/cases/1.yaml: cases[0].lead[0]: "g"（各部门）是单位组：交办件须由具体单位办理（请改为组内的单位）',
      'content/cases/1.yaml: cases[0].region: 行政区域 "a"（区甲局）是职能部门，不是街道、镇或板块（是否想写 "d"？）',
    ]);
  });

  it('refuses 公开 or 销号 before a lead unit reported the case concluded', () => {
    expect(problems(caseLedger, {
      departments: units,
      cases: { 1: { date: '2022-06-01', cases: [item({ assist: ['b'], published: '2022-06-14', signedOff: { date: '2022-06-20' } })] } },
      casework: { 'a/2022-06-15': concluded, 'b/2022-06-10': { cases: [{ ...concluded.cases[0], case: 'D1' }] } },
    })).toEqual([
      'content/cases/1.yaml: cases[0].published: 公开日期 2022-06-14 时本件尚未办结：须先由牵头单位报送“阶段性办结”或“已办结”（请先导入办理情况，或删去 published）',
    ]);
  });
});
