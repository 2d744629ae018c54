/**
 * Reading a meeting's transcript: the body of content/meetings/<id>.md, one Markdown paragraph
 * per paragraph of the speech. Paragraphs are numbered p1, p2, … in order; those ids are the
 * anchors that tasks link to and that the meeting's `unreflected` list names.
 */

/** A paragraph that is exactly this stands where the record left something out. */
export const OMISSION_MARK = '…………';

/** One paragraph of a transcript. */
export interface Paragraph {
  /** Anchor id: `p1`, `p2`, … */
  id: string;
  /** The text, lines joined (Chinese needs no space between them). */
  text: string;
  /** True for the "…………" gap. */
  omitted: boolean;
}

/** Splits a transcript body into numbered paragraphs. Blank lines separate paragraphs. */
export function parseTranscript(body: string): Paragraph[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .join(''),
    )
    .filter((text) => text !== '')
    .map((text, index) => ({ id: `p${index + 1}`, text, omitted: text === OMISSION_MARK }));
}

/** The first paragraph that contains `quote` literally, if any. */
export function findQuote(paragraphs: readonly Paragraph[], quote: string): Paragraph | undefined {
  return paragraphs.find((paragraph) => !paragraph.omitted && paragraph.text.includes(quote));
}

/**
 * Where `quote` sits in the transcript, as a sortable number (paragraph index × 1e6 + offset), so
 * tasks can be listed in the order the speech gives them. Unknown quotes sort last.
 */
export function quotePosition(paragraphs: readonly Paragraph[], quote: string): number {
  for (const [index, paragraph] of paragraphs.entries()) {
    const offset = paragraph.omitted ? -1 : paragraph.text.indexOf(quote);
    if (offset >= 0) return index * 1e6 + offset;
  }
  return Number.MAX_SAFE_INTEGER;
}
