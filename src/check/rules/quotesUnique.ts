/**
 * A quote is long enough to be unique in its meeting: pages link it to the paragraph it lies in,
 * and a quote found in several places ("要") would link to whichever comes first, not
 * necessarily the one the editor meant.
 */
import { excerpt, type Rule } from '../rule.ts';

/** Quotes that occur more than once in their meeting's transcript. */
export const quotesUnique: Rule = (site, report) => {
  for (const quote of site.quotes) {
    if (quote.places.length < 2) continue;
    const where = [...new Set(quote.places.map((paragraph) => paragraph.id))].join('、');
    report(quote.entry, quote.field, `引文${excerpt(quote.text)}在会议记录 "${quote.meeting}" 中出现 ${quote.places.length} 处（${where}）：请多复制几个字，使它只对应一处，页面才能链接到正确的段落`);
  }
};
