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
    expect(DeadlineSchema.parse({ unspecified: true, text: '今后' })).toEqual({ kind: 'unspecified', text: '今后' });
  });
});
