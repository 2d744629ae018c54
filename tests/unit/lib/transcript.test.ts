import { describe, expect, it } from 'vitest';
import { findQuote, parseTranscript, quotePosition } from '~/lib/transcript';

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
