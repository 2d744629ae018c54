/** Word diffs of a changed line (src/lib/wordDiff.ts). */
import { describe, expect, it } from 'vitest';
import { wordDiff } from '~/lib/wordDiff';

describe('word diff', () => {
  it('compares Chinese by character and numbers whole', () => {
    expect(wordDiff('力争在下沉督察之前', '力争在督察组进驻之前')).toEqual([
      { kind: 'same', text: '力争在' },
      { kind: 'removed', text: '下沉' },
      { kind: 'same', text: '督察' },
      { kind: 'inserted', text: '组进驻' },
      { kind: 'same', text: '之前' },
    ]);
    expect(wordDiff('2022-05-19', '2022-05-19')).toEqual([{ kind: 'same', text: '2022-05-19' }]);
  });
});
