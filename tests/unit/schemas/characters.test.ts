/** Invisible and look-alike characters, shown and pointed out (src/schemas/characters.ts). */
import { describe, expect, it } from 'vitest';
import { asciiLookAlikes, describeChar, foldChar, lookAlikeMismatches, showInvisible } from '~/schemas/characters';

describe('showInvisible', () => {
  it('writes hidden and space-like characters as their code point, and leaves Chinese text alone', () => {
    expect(showInvisible('各单位\u200b要\u00a0在\u3000前\ufeff，“五个不放过”。\n')).toBe('各单位<U+200B>要<U+00A0>在<U+3000>前<U+FEFF>，“五个不放过”。<U+000A>');
    expect(showInvisible('a\u202eb\u{e0041}')).toBe('a<U+202E>b<U+E0041>');
  });
});

describe('look-alikes', () => {
  it('folds what an editor cannot tell apart', () => {
    expect(['，', '、', ',', '。', '.', '５', '\u200b', 'о', '—', '“'].map(foldChar)).toEqual([',', ',', ',', '.', '.', '5', '', 'o', '-', '"']);
    expect(describeChar('，')).toBe('“，”<U+FF0C>');
    expect(describeChar('\u200b')).toBe('<U+200B>');
  });

  it('finds where a quote differs from a passage that looks the same', () => {
    expect(lookAlikeMismatches('要在5月19日前,完成', '各单位要在5月19日前，完成自查')).toEqual([{ found: ',', wanted: '，' }]);
    expect(lookAlikeMismatches('单位\u200b要', '各单位要在')).toEqual([{ found: '\u200b', wanted: '' }]);
    expect(lookAlikeMismatches('单位\u200b要', '各单位\u200b要在')).toBeUndefined();
    expect(lookAlikeMismatches('完全不同', '各单位要在')).toBeUndefined();
    expect(lookAlikeMismatches('ａｂｃｄ', 'abcd', 2)).toEqual([{ found: 'ａ', wanted: 'a' }, { found: 'ｂ', wanted: 'b' }]);
  });

  it('names the letters of an id that only look Latin', () => {
    expect(asciiLookAlikes('gоngаn')).toEqual(['“о”<U+043E>', '“а”<U+0430>']);
    expect(asciiLookAlikes('ｇongan-公安')).toEqual(['“ｇ”<U+FF47>']);
    expect(asciiLookAlikes('gongan')).toEqual([]);
  });
});
