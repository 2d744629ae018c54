import { describe, expect, it } from 'vitest';
import { closest, editDistance, listSome, suggestion } from '~/schemas/suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
    expect(editDistance('gongan', 'gongan')).toBe(0);
    expect(editDistance('gongan', 'gongann')).toBe(1);
    expect(editDistance('gongan', 'gong')).toBe(2);
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('完成', '已完成')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closest', () => {
  const units = ['gongan', 'fagai', 'huanbao', 'ge-bankuai'];
  it('names a plausible typo', () => {
    expect(closest('gongan-ju', units)).toBe('gongan');
    expect(closest('huanbo', units)).toBe('huanbao');
    expect(closest('完成', ['未开始', '已完成'])).toBe('已完成');
  });
  it('names nothing when nothing is close', () => {
    expect(closest('zz', units)).toBeUndefined();
    expect(closest('jiwei', units)).toBeUndefined();
  });
});

describe('suggestion', () => {
  it('offers the near miss, else the list, else says there is none yet', () => {
    expect(suggestion('fagia', ['fagai', 'gongan'])).toBe('是否想写 "fagai"？');
    expect(suggestion('zz', ['fagai', 'gongan'])).toBe('可用：fagai, gongan');
    expect(suggestion('zz', [])).toBe('目前一个也没有，请先建立');
  });
  it('cuts long lists', () => {
    expect(listSome(['a', 'b', 'c'], 2)).toBe('a, b, …');
  });
});
