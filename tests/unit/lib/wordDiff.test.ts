/** Word diffs of a changed text (src/lib/wordDiff.ts). */
import { describe, expect, it } from 'vitest';
import { tokens, wordDiff } from '~/lib/wordDiff';

describe('tokens', () => {
  it('cuts Chinese into words, numbers whole', () => {
    expect(tokens('力争在下沉督察之前')).toEqual(['力争', '在', '下沉', '督察', '之前']);
    expect(tokens('区生态环境局')).toEqual(['区', '生态', '环境', '局']);
    expect(tokens('5月19日前')).toEqual(['5', '月', '19', '日前']);
  });
});

describe('wordDiff', () => {
  it('reads a rename old → new whole, never as interleaved characters', () => {
    expect(wordDiff('区环保局', '区生态环境局')).toEqual([
      { kind: 'removed', text: '区环保局' },
      { kind: 'inserted', text: '区生态环境局' },
    ]);
  });

  it('marks whole words inside a longer text', () => {
    expect(wordDiff('由区环保局牵头，区公安分局配合', '由区生态环境局牵头，区公安分局配合')).toEqual([
      { kind: 'same', text: '由区' },
      { kind: 'removed', text: '环保' },
      { kind: 'inserted', text: '生态环境' },
      { kind: 'same', text: '局牵头，区公安分局配合' },
    ]);
    expect(wordDiff('加速形成资源节约', '加快形成资源节约')).toEqual([
      { kind: 'removed', text: '加速' },
      { kind: 'inserted', text: '加快' },
      { kind: 'same', text: '形成资源节约' },
    ]);
    expect(wordDiff('5月19日前完成自查', '5月20日前完成自查')).toEqual([
      { kind: 'same', text: '5月' },
      { kind: 'removed', text: '19' },
      { kind: 'inserted', text: '20' },
      { kind: 'same', text: '日前完成自查' },
    ]);
  });

  it('keeps two changes apart when a word of two characters or more stands between them', () => {
    expect(wordDiff('力争在下沉督察之前', '力争在督察组进驻之前')).toEqual([
      { kind: 'same', text: '力争在' },
      { kind: 'removed', text: '下沉' },
      { kind: 'same', text: '督察' },
      { kind: 'inserted', text: '组进驻' },
      { kind: 'same', text: '之前' },
    ]);
  });

  it('joins two changes with the one-character word between them', () => {
    expect(wordDiff('请环保局和公安局于月底前报送', '请生态局与公安局于月底前报送')).toEqual([
      { kind: 'same', text: '请' },
      { kind: 'removed', text: '环保局和' },
      { kind: 'inserted', text: '生态局与' },
      { kind: 'same', text: '公安局于月底前报送' },
    ]);
  });

  it('gives the whole text as the change when most of it changed', () => {
    expect(wordDiff('各单位报送台账', '讲话未明确')).toEqual([
      { kind: 'removed', text: '各单位报送台账' },
      { kind: 'inserted', text: '讲话未明确' },
    ]);
    expect(wordDiff('', '新增')).toEqual([{ kind: 'inserted', text: '新增' }]);
    expect(wordDiff('2022-05-19', '2022-05-19')).toEqual([{ kind: 'same', text: '2022-05-19' }]);
  });
});
