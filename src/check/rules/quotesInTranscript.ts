/**
 * Every quote (a source, a directive's requirement, a checklist item) is a literal part of one
 * paragraph of its meeting's transcript, so that every page can link to the exact paragraph.
 */
import { excerpt, type Rule } from '../rule.ts';

/** Quotes found in no paragraph: a typo, a restored wording, or a quote across two paragraphs. */
export const quotesInTranscript: Rule = (site, report) => {
  for (const quote of site.quotes) {
    if (quote.paragraph !== undefined) continue;
    report(quote.entry, quote.field, `引文未在会议记录 "${quote.meeting}" 中找到：${excerpt(quote.text)}（须从 content/meetings/${quote.meeting}.md 逐字复制，且不跨段）`);
  }
};
