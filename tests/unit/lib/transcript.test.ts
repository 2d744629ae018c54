import { describe, expect, it } from 'vitest';
import { findQuote, markRestorations, parseTranscript, quotePosition, restoredSpans, restoredWords } from '~/lib/transcript';

const body = '\n同志们：\n\n第一段，\n接着一行。\r\n\r\n…………\n\n  \n第三段有“引文”。\n';

describe('parseTranscript', () => {
  it('numbers paragraphs, joins lines and marks the gap', () => {
    expect(parseTranscript(body)).toEqual([
      { id: 'p1', text: '同志们：', omitted: false },
      { id: 'p2', text: '第一段，接着一行。', omitted: false },
      { id: 'p3', text: '…………', omitted: true },
      { id: 'p4', text: '第三段有“引文”。', omitted: false },
    ]);
  });

  it('finds the paragraph of a quote, and its position for ordering', () => {
    const paragraphs = parseTranscript(body);
    expect(findQuote(paragraphs, '“引文”')?.id).toBe('p4');
    expect(findQuote(paragraphs, '…')).toBeUndefined();
    expect(findQuote(paragraphs, '一行。第三段')).toBeUndefined();
    expect(quotePosition(paragraphs, '接着')).toBeLessThan(quotePosition(paragraphs, '引文'));
    expect(quotePosition(paragraphs, '没有')).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('restoredWords', () => {
  it('marks the changed words whole, where the two wordings both have a word boundary', () => {
    expect(restoredWords({ copy: '我就当好省环保督察', standard: '我就做好省环保督察' })).toEqual([{ start: 2, end: 4, copy: '当好' }]);
    expect(restoredWords({ copy: '树牢“四次意识”', standard: '树牢“四个意识”' })).toEqual([{ start: 3, end: 5, copy: '四次' }]);
  });

  it('joins changes one character apart: 职责 → 责任 is one word, not a deletion and an insertion', () => {
    expect(restoredWords({ copy: '没有落实职责的不放过', standard: '没有落实责任的不放过' })).toEqual([{ start: 4, end: 6, copy: '职责' }]);
  });

  it('keeps changes further apart as separate marks', () => {
    expect(restoredWords({ copy: '把这个省环保督察作为补软肋', standard: '把这次省环保督察作为补短板' })).toEqual([
      { start: 1, end: 3, copy: '这个' },
      { start: 10, end: 13, copy: '补软肋' },
    ]);
  });

  it('marks a word next to a deletion, takes in an insertion, and marks nothing when nothing changed', () => {
    expect(restoredWords({ copy: 'ABC', standard: 'AC' })).toEqual([{ start: 0, end: 2, copy: 'ABC' }]);
    expect(restoredWords({ copy: 'AC', standard: 'ABC' })).toEqual([{ start: 0, end: 3, copy: 'AC' }]);
    expect(restoredWords({ copy: '不变', standard: '不变' })).toEqual([]);
    expect(restoredWords({ copy: '删去', standard: '' })).toEqual([{ start: 0, end: 0, copy: '删去' }]);
  });
});

describe('markRestorations', () => {
  const restorations = [
    { copy: '要当好自查', standard: '要做好自查' },
    { copy: '当好', standard: '做好' },
  ];

  it('cuts a paragraph into runs, marking every place a restoration stands, plain text kept whole', () => {
    const text = '同志们：要做好自查，要做好台账。';
    const runs = markRestorations(text, restorations);
    expect(runs).toEqual([{ text: '同志们：要' }, { text: '做好', copy: '当好' }, { text: '自查，要' }, { text: '做好', copy: '当好' }, { text: '台账。' }]);
    expect(runs.map((run) => run.text).join('')).toBe(text);
  });

  it('marks a stretch two restorations claim once, for the first', () => {
    expect(restoredSpans('要做好自查', restorations)).toEqual([{ start: 1, end: 3, copy: '当好' }]);
  });

  it('leaves a paragraph without restored words as one run', () => {
    expect(markRestorations('没有恢复。', restorations)).toEqual([{ text: '没有恢复。' }]);
    expect(markRestorations('', [])).toEqual([{ text: '' }]);
    expect(markRestorations('全文。', [{ copy: '删去', standard: '' }])).toEqual([{ text: '全文。' }]);
  });
});
