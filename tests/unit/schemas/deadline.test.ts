/** The deadline field: each shorthand an editor writes, normalised to a tagged value (src/schemas/deadline.ts). */
import { describe, expect, it } from 'vitest';
import { DeadlineSchema } from '~/schemas/deadline';

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
