import { describe, expect, it } from 'vitest';
import { reportReach } from '~/check/rules/reportReach';
import { group, meeting, problems, task, unit } from '../inlineSite';

/** a leads t, b supports it, c supervises it (督办), d only belongs to the group g that supports it too. */
const base = {
  meetings: { m: meeting() },
  departments: { a: unit(), b: unit({ name: '区乙局' }), c: unit({ name: '区丙局' }), d: unit({ name: '区丁局' }), e: unit({ name: '区戊局' }), g: group(['d']) },
  tasks: { t: task({ responsibilities: [{ unit: 'a', role: '牵头' }, { unit: 'b', role: '配合' }, { unit: 'c', role: '督办' }, { unit: 'g', role: '配合' }] }) },
};
const line = (fields: Record<string, unknown> = {}) => ({ task: 't', state: '推进中', progress: '推进中。', ...fields });

describe('reportReach', () => {
  it('accepts reports from the units that lead or support a task, named or through a group', () => {
    expect(problems(reportReach, { ...base, reports: { 'a/2022-05-20': { tasks: [line()] }, 'b/2022-05-20': { tasks: [line()] }, 'd/2022-05-20': { tasks: [line()] } } })).toEqual([]);
  });

  it('names the unit or group that cannot report, and the task the unit does not report on', () => {
    expect(problems(reportReach, {
      ...base,
      reports: {
        'zz/2022-05-20': { tasks: [line()] },
        'g/2022-05-20': { tasks: [line()] },
        'c/2022-05-20': { tasks: [line()] },
        'e/2022-05-20': { tasks: [line(), line({ task: 'tt' })] },
      },
    })).toEqual([
      'content/reports/c/2022-05-20.yaml: tasks[0].task: “区丙局”在任务 "t" 中为督办单位，只有牵头、配合单位报送进展、办理销号',
      'content/reports/e/2022-05-20.yaml: tasks[0].task: 任务 "t" 不由“区戊局”承担（承担单位：区甲局、区乙局、区丁局；请核对任务 id 或单位）',
      'content/reports/e/2022-05-20.yaml: tasks[1].task: 任务 "tt" 不存在（是否想写 "t"？）',
      'content/reports/g/2022-05-20.yaml: “各单位”是单位组，不报送：请由其成员单位各自报送（放在成员单位的目录下）',
      'content/reports/zz/2022-05-20.yaml: 单位 "zz" 不存在（报送文件所在的目录名须为报送单位的 id；可用：a, b, c, d, e, g）',
    ]);
  });
});
