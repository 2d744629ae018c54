import { describe, expect, it } from 'vitest';
import { reportsAfterSignOff } from '~/check/rules/reportsAfterSignOff';
import { meeting, problems, task, unit } from '../inlineSite';

const base = { meetings: { m: meeting() }, departments: { a: unit(), b: unit({ name: '区乙局' }) }, tasks: { t: task({ responsibilities: [{ unit: 'a', role: '牵头' }] }) } };
const report = (state: string) => ({ tasks: [{ task: 't', state, progress: '进展。' }] });

describe('reportsAfterSignOff', () => {
  it('accepts a report on the day of the sign-off, and reports after a 退回 reopens the task', () => {
    expect(problems(reportsAfterSignOff, {
      ...base,
      reports: { 'a/2022-05-16': report('申请销号'), 'a/2022-05-25': report('推进中') },
      signoffs: { t: [{ unit: 'a', date: '2022-05-16', decision: '同意销号' }, { unit: 'a', date: '2022-05-20', decision: '退回', note: '复查发现问题。' }] },
    })).toEqual([]);
  });

  it('refuses a report after a sign-off that stands, and ignores a decision for a unit that cannot be signed off', () => {
    expect(problems(reportsAfterSignOff, {
      ...base,
      reports: { 'a/2022-05-17': report('推进中'), 'b/2022-05-17': report('推进中') },
      signoffs: { t: [{ unit: 'a', date: '2022-05-16', decision: '同意销号' }, { unit: 'b', date: '2022-05-16', decision: '同意销号' }] },
    })).toEqual([
      'content/reports/a/2022-05-17.yaml: tasks[0].state: 任务 "t" 已于 2022-05-16 销号，之后不能再报送它（完成情况 "推进中"）：确需重新办理的，须先由办公室退回（在 content/signoffs/t.yaml 中加一条 decision: 退回）',
    ]);
  });
});
