/**
 * Every quote (a source, a directive's requirement, a checklist item) is a literal part of one
 * paragraph of its meeting's transcript, so that every page can link to the exact paragraph. A
 * quote that fails only because of characters the editor cannot see or tell apart (a zero-width
 * space, an ASCII comma for "，") says which characters, and what they should be.
 */
import type { Paragraph } from '../../lib/transcript.ts';
import { describeChar, lookAlikeMismatches } from '../../schemas/characters.ts';
import { excerpt, type Rule } from '../rule.ts';

/** "含不可见字符 <U+200B>（请删除）；“,”<U+002C> 应为 “，”<U+FF0C>" for the first paragraph a look-alike quote matches. */
function lookAlikeHint(quote: string, paragraphs: readonly Paragraph[]): string | undefined {
  for (const paragraph of paragraphs) {
    if (paragraph.omitted) continue;
    const mismatches = lookAlikeMismatches(quote, paragraph.text);
    if (mismatches === undefined) continue;
    const invisible = mismatches.filter((mismatch) => mismatch.wanted === '').map((mismatch) => describeChar(mismatch.found));
    const different = mismatches.filter((mismatch) => mismatch.wanted !== '').map((mismatch) => `${describeChar(mismatch.found)} 应为 ${describeChar(mismatch.wanted)}`);
    const parts = [
      ...(invisible.length === 0 ? [] : [`含看不见的字符 ${[...new Set(invisible)].join('、')}（请删除）`]),
      ...(different.length === 0 ? [] : [`与 ${paragraph.id} 相比，${different.join('，')}`]),
    ];
    return parts.length === 0 ? undefined : parts.join('；');
  }
  return undefined;
}

/** Quotes found in no paragraph: a typo, a restored wording, or a quote across two paragraphs. */
export const quotesInTranscript: Rule = (site, report) => {
  for (const quote of site.quotes) {
    if (quote.paragraph !== undefined) continue;
    const hint = lookAlikeHint(quote.text, site.transcripts.get(quote.meeting)!);
    const fix = `须从 content/meetings/${quote.meeting}.md 逐字复制，且不跨段`;
    report(quote.entry, quote.field, `引文未在会议记录 "${quote.meeting}" 中找到：${excerpt(quote.text)}（${hint === undefined ? fix : `${hint}；${fix}`}）`);
  }
};
