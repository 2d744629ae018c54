/** The deadline field: each shorthand an editor writes, normalised to a tagged value (src/schemas/deadline.ts). */
import { describe, expect, it } from 'vitest';
import { fieldPath } from '~/lib/problems';
import { DeadlineSchema } from '~/schemas/deadline';
import { editorErrorMap } from '~/schemas/messages';

describe('DeadlineSchema', () => {
  it('normalises each kind to a tagged value', () => {
    expect(DeadlineSchema.parse({ date: '2022-05-19', yearInferred: true, text: '5月19日前' })).toEqual({
      kind: 'date', date: '2022-05-19', yearInferred: true, text: '5月19日前',
    });
    expect(DeadlineSchema.parse({ date: ' 2022-05-19 ', text: '5月19日前' })).toMatchObject({ date: '2022-05-19', yearInferred: false });
    expect(DeadlineSchema.parse({ milestone: 'xiachen', text: '下沉督察之前' })).toEqual({ kind: 'milestone', milestone: 'xiachen', offsetDays: 0, text: '下沉督察之前' });
    expect(DeadlineSchema.parse({ immediate: true, text: '会后立即' })).toEqual({ kind: 'immediate', text: '会后立即' });
    expect(DeadlineSchema.parse({ start: true, text: '今天会议以后' })).toEqual({ kind: 'start', text: '今天会议以后' });
    expect(DeadlineSchema.parse({ unspecified: true, text: '今后' })).toEqual({ kind: 'unspecified', text: '今后' });
  });

  it('takes a start as a kind of its own: with no other kind, and only as true', () => {
    const messages = (input: unknown) => DeadlineSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages({ start: true, date: '2022-05-19', text: '当前' })).toEqual([': 时限只能有一种类型，现同时有 date 和 start（请只保留一个）']);
    expect(messages({ start: false, text: '当前' })).toEqual(['start: start 只能写 true（讲话只说何时开始，未规定完成时限）']);
    expect(messages({ text: '当前' })).toEqual([': 缺少时限类型：请填写 date、milestone、immediate、start、unspecified 之一']);
  });
});

describe('DeadlineSchema: a date moved after the meeting', () => {
  const adjusted = { date: '2022-05-20', reason: '经协调联络组办公室同意，延后一天', decidedOn: '2022-05-12' };
  const messages = (input: unknown) => {
    const result = DeadlineSchema.safeParse(input, { error: editorErrorMap });
    return result.success ? [] : result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
  };

  it('keeps the speech\'s date and words, and resolves to the decided date, whose year is known', () => {
    expect(DeadlineSchema.parse({ date: '2022-05-19', yearInferred: true, text: '5月19日前', adjusted })).toEqual({
      kind: 'date', date: '2022-05-20', yearInferred: false, text: '5月19日前',
      adjusted: { from: '2022-05-19', reason: '经协调联络组办公室同意，延后一天', decidedOn: '2022-05-12' },
    });
  });

  it('refuses an adjustment without a date to adjust, one that changes nothing, and one half written', () => {
    expect(messages({ milestone: 'xiachen', text: '下沉督察之前', adjusted })).toEqual([
      'adjusted: adjusted 只能与 date 一起使用（讲话给了日期、会后又调整时才写；请删除，或补上讲话原来的 date）',
    ]);
    expect(messages({ date: '2022-05-20', text: '5月20日前', adjusted })).toEqual(['adjusted.date: 调整后的日期与 date 相同（2022-05-20）：时限没有变，请删除 adjusted']);
    expect(messages({ date: '2022-05-19', text: '5月19日前', adjusted: { date: '5月20日', decidedOn: '2022-05-12', note: '延后' } })).toEqual([
      'adjusted.date: 日期 "5月20日" 无效：请写成 YYYY-MM-DD 格式的真实日期，如 2022-05-19',
      'adjusted.reason: 缺少必填字段（应为文本）',
      'adjusted: 未知字段 "note"（可用：date, reason, decidedOn）',
    ]);
  });
});
