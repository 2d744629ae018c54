import { describe, expect, it } from 'vitest';
import { signoffReach } from '~/check/rules/signoffReach';
import { group, meeting, problems, task, unit } from '../inlineSite';

const base = {
  meetings: { m: meeting() },
  departments: { a: unit(), b: unit({ name: '区乙局' }), c: unit({ name: '区丙局' }), g: group(['a', 'b']) },
  tasks: {
    t: task({ responsibilities: [{ unit: 'g', role: '牵头' }, { unit: 'c', role: '审核' }] }),
    changqi: task({ status: '长期坚持', source: { meeting: 'm', quote: '台账资料要真实反映' } }),
  },
};
const decision = (unit: string, fields: Record<string, unknown> = {}) => ({ unit, date: '2022-05-20', decision: '同意销号', ...fields });

describe('signoffReach', () => {
  it('accepts decisions for the units that report on a task', () => {
    expect(problems(signoffReach, { ...base, signoffs: { t: [decision('a'), decision('b', { decision: '退回', note: '缺材料。' })] } })).toEqual([]);
  });

  it('names an unknown task once per file, a task that never closes, and a unit that does not report on it', () => {
    expect(problems(signoffReach, {
      ...base,
      signoffs: { tt: [decision('a'), decision('b')], changqi: [decision('a')], t: [decision('zz'), decision('g'), decision('c')] },
    })).toEqual([
      'content/signoffs/changqi.yaml: [0].decision: 任务 "changqi" 为长期坚持，不销号也不退回（请删除这条决定）',
      'content/signoffs/t.yaml: [0].unit: 单位 "zz" 不存在（可用：a, b, c, g）',
      'content/signoffs/t.yaml: [1].unit: “各单位”是单位组，不报送也不销号：由其成员单位各自报送',
      'content/signoffs/t.yaml: [2].unit: “区丙局”在任务 "t" 中为审核单位，只有牵头、配合单位报送进展、办理销号',
      'content/signoffs/tt.yaml: 任务 "tt" 不存在：销号文件以所销号任务的 id 命名（是否想写 "t"？）',
    ]);
  });
});
