import { describe, expect, it } from 'vitest';
import { caseIdQuery, excerptParts, landingParagraph, mayBeCaseId, planQuery, rankResults, readSearchState, writeSearchState } from '~/lib/searchQuery';

describe('planQuery', () => {
  it('folds spaces and quotes, and refuses an empty query', () => {
    expect(planQuery('  台账\u3000资料 ')).toMatchObject({ text: '台账 资料', term: '台账 资料', literal: undefined, kind: 'words' });
    expect(planQuery('19')?.kind).toBe('number');
    expect(planQuery('料')?.kind).toBe('character');
    expect(planQuery('“回头看”')?.text).toBe('回头看');
    expect(planQuery(' \u3000 ')).toBeUndefined();
  });

  it('makes numbers whole and single characters literal', () => {
    const number = planQuery('19')!;
    expect(number.literal?.test('5月19日前')).toBe(true);
    expect(number.literal?.test('2019年')).toBe(false);
    expect(number.literal?.test('190')).toBe(false);
    const single = planQuery('料')!;
    expect(single.literal?.test('台账资料')).toBe(true);
    expect(single.literal?.test('台账')).toBe(false);
    expect(planQuery('台账')!.literal).toBeUndefined();
  });
});

describe('rankResults', () => {
  const result = (title: string, content: string) => ({ title, content });
  it('puts the exact phrase in a title first, then in the text, then the rest in Pagefind order', () => {
    const pagefindOrder = [
      result('环保工作', '督察 环保 分开出现'),
      result('做好信访稳控', '接受环保督察'),
      result('省环保督察组', '单位'),
      result('其他', '环保与督察'),
    ];
    expect(rankResults(pagefindOrder, planQuery('环保督察')!).map((item) => item.title)).toEqual(['省环保督察组', '做好信访稳控', '环保工作', '其他']);
  });

  it('drops results that fail a literal test', () => {
    const results = [result('a', '期限为190天'), result('b', '5月19日前'), result('c', '2019')];
    expect(rankResults(results, planQuery('19')!).map((item) => item.title)).toEqual(['b']);
  });
});

describe('search state in the URL', () => {
  it('round-trips the query and the checked filters, ignoring unknown ones', () => {
    const names = ['类型', '单位', '状态'];
    const state = readSearchState('?q=%E5%8F%B0%E8%B4%A6&%E7%B1%BB%E5%9E%8B=%E4%BB%BB%E5%8A%A1&%E5%8D%95%E4%BD%8D=%E5%8C%BA%E5%85%AC%E5%AE%89%E5%88%86%E5%B1%80&x=1', names);
    expect(state).toEqual({ query: '台账', filters: { 类型: ['任务'], 单位: ['区公安分局'] } });
    expect(readSearchState(writeSearchState(state, names), names)).toEqual(state);
    expect(writeSearchState({ query: '', filters: {} }, names)).toBe('');
  });
});

describe('rankResults among titles', () => {
  it('puts the title the phrase fills most first', () => {
    const results = [{ title: '10个部门各抽调一名工作人员到区环保局驻点脱产办公', content: '' }, { title: '区环保局', content: '' }];
    expect(rankResults(results, planQuery('环保局')!).map((item) => item.title)).toEqual(['区环保局', results[0]!.title]);
  });
});

describe('excerptParts', () => {
  it('marks the whole phrase where Pagefind marked only a segment, and decodes entities', () => {
    expect(excerptParts('到区环保局<mark>驻</mark>点脱产 &amp; 办公', '驻点')).toEqual([
      { text: '到区环保局', mark: false },
      { text: '驻点', mark: true },
      { text: '脱产 & 办公', mark: false },
    ]);
    expect(excerptParts('<mark>环保</mark>与<mark>督察</mark>', '环保督察')).toEqual([
      { text: '环保', mark: true },
      { text: '与', mark: false },
      { text: '督察', mark: true },
    ]);
    expect(excerptParts('&lt;script&gt;', 'x')).toEqual([{ text: '<script>', mark: false }]);
  });
});

describe('landingParagraph', () => {
  // A meeting page as Pagefind reports it: a heading, three paragraphs, a mark inside p2, a heading after.
  const anchors = [
    { element: 'h2', id: 'transcript', location: 10 },
    { element: 'p', id: 'p1', location: 12 },
    { element: 'p', id: 'p2', location: 20 },
    { element: 'span', id: 'r1', location: 25 },
    { element: 'p', id: 'p3', location: 40 },
    { element: 'h2', id: 'unreflected', location: 60 },
  ];
  const hit = (location: number, score = 1) => ({ location, balanced_score: score });

  it('opens the paragraph whose hits score highest, an element with an id inside it passed over', () => {
    expect(landingParagraph(anchors, [hit(13), hit(26), hit(30)])).toBe('p2');
    expect(landingParagraph(anchors, [hit(13, 5), hit(26), hit(41, 2)])).toBe('p1');
  });

  it('leaves a page without a hit in a paragraph at its top', () => {
    expect(landingParagraph(anchors, [hit(2), hit(11), hit(61)])).toBeUndefined();
    expect(landingParagraph([], [hit(3)])).toBeUndefined();
  });

  it('lets a heading end the last paragraph', () => {
    expect(landingParagraph(anchors, [hit(45), hit(61, 9)])).toBe('p3');
  });
});

describe('a 受理编号 typed into search', () => {
  it('is a letter-and-digit code or a long number, never a word or a task number', () => {
    expect(['D3SX202209200001', ' D3 ', 'X-3200-01', '2022092000012', 'PM', '12', '2022-09-20', '台账', 'D3 SX', '-D3'].map(caseIdQuery)).toEqual([
      'D3SX202209200001', 'D3', 'X-3200-01', '2022092000012', undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('may still be one while only letters, digits and hyphens are typed', () => {
    expect(['', 'D', 'D3SX-', '台', 'D3 台'].map(mayBeCaseId)).toEqual([true, true, true, false, false]);
  });
});
