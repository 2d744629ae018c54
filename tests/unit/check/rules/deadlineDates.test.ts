import { describe, expect, it } from 'vitest';
import { deadlineDates } from '~/check/rules/deadlineDates';
import { meeting, problems, task } from '../inlineSite';

const moved = { date: '2022-05-20', reason: '经协调联络组办公室同意，延后一天', decidedOn: '2022-05-12' };

describe('deadlineDates', () => {
  it('accepts a date the speech names, moved or not, and wording without a day', () => {
    expect(problems(deadlineDates, {
      meetings: { m: meeting() },
      tasks: {
        said: task(),
        withYear: task({ deadline: { date: '2022-05-19', text: '2022年5月19日前' } }),
        moved: task({ deadline: { date: '2022-05-19', text: '5月19日前', adjusted: moved } }),
        noDay: task({ deadline: { date: '2022-05-31', text: '5月底前' } }),
        milestone: task({ deadline: { milestone: 'xiachen', text: '6月1日前' } }),
      },
    })).toEqual([]);
  });

  it('refuses a date edited in place, and words the speech did not say', () => {
    expect(problems(deadlineDates, {
      meetings: { m: meeting() },
      tasks: {
        dateOnly: task({ deadline: { date: '2022-05-20', text: '5月19日前' } }),
        wrongYear: task({ deadline: { date: '2023-05-19', text: '2022年5月19日前' } }),
        both: task({ deadline: { date: '2022-05-20', text: '5月20日前' } }),
        movedWrongly: task({ deadline: { date: '2022-05-20', text: '5月19日前', adjusted: { ...moved, date: '2022-05-25' } } }),
      },
    })).toEqual([
      'content/tasks/both.md: deadline.text: 原话“5月20日前”中的“5月20日”不见于会议记录 "m"（text 照录讲话对时限的原话；办公室会后调整时限的，date 和 text 保留讲话原样，新的时限写在 adjusted 中（见编辑指南“调整时限”））',
      'content/tasks/dateOnly.md: deadline.date: 日期 2022-05-20 与原话“5月19日前”不符（若是录入错误，请改正 date；办公室会后调整时限的，date 和 text 保留讲话原样，新的时限写在 adjusted 中（见编辑指南“调整时限”））',
      'content/tasks/movedWrongly.md: deadline.date: 日期 2022-05-20 与原话“5月19日前”不符（若是录入错误，请改正 date；办公室会后调整时限的，date 和 text 保留讲话原样，新的时限写在 adjusted 中（见编辑指南“调整时限”））',
      'content/tasks/wrongYear.md: deadline.date: 日期 2023-05-19 与原话“2022年5月19日前”不符（若是录入错误，请改正 date；办公室会后调整时限的，date 和 text 保留讲话原样，新的时限写在 adjusted 中（见编辑指南“调整时限”））',
    ]);
  });

  it('leaves words alone when the meeting cannot be read', () => {
    expect(problems(deadlineDates, { tasks: { t: task({ deadline: { date: '2022-05-20', text: '5月20日前' } }) } })).toEqual([]);
  });
});
