import { describe, expect, it } from 'vitest';
import { progressDates } from '~/check/rules/progressDates';
import { meeting, problems, task, unit } from '../inlineSite';

/** The meeting is on 2022-05-10; the check runs on 2022-06-30. */
const base = { meetings: { m: meeting() }, departments: { a: unit() }, tasks: { t: task() } };
const report = { tasks: [{ task: 't', state: '推进中', progress: '推进中。' }] };

describe('progressDates', () => {
  it('accepts reports and decisions from the meeting\'s day to the check\'s', () => {
    expect(problems(progressDates, {
      ...base,
      reports: { 'a/2022-05-10': report, 'a/2022-06-30': report },
      signoffs: { t: [{ unit: 'a', date: '2022-05-10', decision: '退回', note: '重做。' }, { unit: 'a', date: '2022-06-30', decision: '同意销号' }] },
    })).toEqual([]);
  });

  it('refuses a date still to come, or before the task\'s meeting', () => {
    expect(problems(progressDates, {
      ...base,
      reports: { 'a/2022-07-01': report, 'a/2022-05-09': report },
      signoffs: { t: [{ unit: 'a', date: '2022-07-01', decision: '同意销号' }, { unit: 'a', date: '2022-05-09', decision: '同意销号' }] },
    })).toEqual([
      'content/reports/a/2022-05-09.yaml: tasks[0].task: 报送日期 2022-05-09 早于任务 "t" 所在会议的日期 2022-05-10（请核对文件名中的日期，或任务 id）',
      'content/reports/a/2022-07-01.yaml: 报送日期 2022-07-01 晚于检查当天：不能报送尚未到来的日期（请核对文件名中的日期）',
      'content/signoffs/t.yaml: [0].date: 决定日期 2022-07-01 晚于检查当天：不能记录尚未作出的决定（请核对日期）',
      'content/signoffs/t.yaml: [1].date: 决定日期 2022-05-09 早于任务 "t" 所在会议的日期 2022-05-10（请核对日期）',
    ]);
  });

  it('judges no date when the meeting has none, and leaves a name that is no date to the reader', () => {
    expect(problems(progressDates, { ...base, meetings: { m: meeting({ date: null }) }, reports: { 'a/2000-01-01': report, 'a/zhoubao': report } })).toEqual([]);
  });
});
