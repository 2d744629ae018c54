/**
 * Every quote (a source, a directive's requirement, a checklist item) is a literal part of one
 * paragraph of its meeting's transcript, so that every page can link to the exact paragraph. A
 * quote that fails only because of characters the editor cannot see or tell apart (a zero-width
 * space, an ASCII comma for "，") says which characters, and what they should be. A quote that is
 * right but names the wrong meeting (several meetings say 各板块各部门) says where it was found.
 */
import type { Paragraph } from '../../lib/transcript.ts';
import { describeChar, lookAlikeMismatches } from '../../schemas/characters.ts';
import type { Quote } from '../context.ts';
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

/** The other meetings whose transcript holds `text` literally, with the first paragraph holding it. */
function otherMeetings(text: string, meeting: string, transcripts: ReadonlyMap<string, readonly Paragraph[]>): { id: string; paragraph: string }[] {
  return [...transcripts].flatMap(([id, paragraphs]) => {
    const paragraph = id === meeting ? undefined : paragraphs.find((candidate) => !candidate.omitted && candidate.text.includes(text));
    return paragraph === undefined ? [] : [{ id, paragraph: paragraph.id }];
  });
}

/** Which kind of entry made a quote: it decides the field that names the quote's meeting. */
type Quoter = 'task' | 'directive' | 'other';

/**
 * How to point a quote at another meeting: the field that names its meeting (a directive's own
 * quotes are of its `meeting`), and for a task its directive too.
 */
function repointing(quote: Quote, change: string, quoter: Quoter): string {
  if (quoter === 'directive' && quote.field !== 'source.quote') return `请把 meeting ${change}`;
  return `请把 source.meeting ${change}${quoter === 'task' ? '，directive 也须是那次会议的要求' : ''}`;
}

/** Quotes found in no paragraph: a typo, a restored wording, a quote across two paragraphs, or another meeting's words. */
export const quotesInTranscript: Rule = (site, report) => {
  const quoters = new Map<string, Quoter>([...site.tasks.map(({ file }) => [file, 'task'] as const), ...site.directives.map(({ file }) => [file, 'directive'] as const)]);
  for (const quote of site.quotes) {
    const quoter = quoters.get(quote.entry.file) ?? 'other';
    if (quote.paragraph !== undefined) continue;
    const fix = `须从 content/meetings/${quote.meeting}.md 逐字复制，且不跨段`;
    const [first, ...more] = otherMeetings(quote.text, quote.meeting, site.transcripts);
    if (first !== undefined && more.length === 0) {
      report(quote.entry, quote.field, `引文未在会议记录 "${quote.meeting}" 中找到，但在另一次会议 "${first.id}" 中找到（${first.paragraph}）：${excerpt(quote.text)}（引的若是那次会议，${repointing(quote, `改为 ${first.id}`, quoter)}；否则${fix}）`);
    } else if (first !== undefined) {
      const ids = [first, ...more].map(({ id }) => `"${id}"`).join('、');
      report(quote.entry, quote.field, `引文未在会议记录 "${quote.meeting}" 中找到，但在其他会议 ${ids} 中找到：${excerpt(quote.text)}（引的若是其中一次，${repointing(quote, '改为它的 id', quoter)}；否则${fix}）`);
    } else {
      const hint = lookAlikeHint(quote.text, site.transcripts.get(quote.meeting)!);
      report(quote.entry, quote.field, `引文未在会议记录 "${quote.meeting}" 中找到：${excerpt(quote.text)}（${hint === undefined ? fix : `${hint}；${fix}`}）`);
    }
  }
};
