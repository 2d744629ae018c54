/**
 * Reading a meeting's transcript: the body of content/meetings/<id>.md, one Markdown paragraph
 * per paragraph of the speech. Paragraphs are numbered p1, p2, … in order; those ids are the
 * anchors that tasks link to and that the meeting's `unreflected` list names. The words the
 * editors restored from the scraped copy (the meeting's `restorations`) are found again in the
 * text, so the page can mark them; quotes keep matching the plain text.
 */
import { diffArrays } from 'diff';

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

/** A wording restored from the scraped copy, as a meeting's `restorations` list gives it. */
export interface Restoration {
  /** The words as the scraped copy has them. */
  copy: string;
  /** The words as the transcript has them. */
  standard: string;
}

/** Words of a paragraph restored from the scraped copy: where they stand, and what the copy had. */
export interface RestoredSpan {
  /** Offset of the first restored character in the paragraph's text. */
  start: number;
  /** Offset just after the last one. */
  end: number;
  /** The scraped copy's words in their place. */
  copy: string;
}

/** A stretch of a paragraph's text: as it stands, or (with `copy`) restored from the copy's words. */
export interface Run {
  text: string;
  /** The scraped copy's words, when `text` was restored from them. */
  copy?: string;
}

/** Chinese word boundaries (Intl.Segmenter's dictionary), so a mark covers 做好, not only 做. */
let segmenter: Intl.Segmenter | undefined;

/** The offsets where words of `text` begin, and its end. */
function wordBoundaries(text: string): Set<number> {
  // Made on first use: `npm run check` reads transcripts but never marks them.
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return new Set([...segmenter.segment(text)].map((segment) => segment.index).concat(text.length));
}

/**
 * Where `standard` differs from `copy`, as whole words: the characters that changed, changes at
 * most one character apart joined (职责 → 责任 is one change, not a deletion and an insertion),
 * each widened until it begins and ends on a word boundary of both wordings (四个 ← 四次, not
 * 个 ← 次: the dictionary knows the copy's 四次). Offsets are in `standard`.
 */
export function restoredWords({ copy, standard }: Restoration): RestoredSpan[] {
  // The two wordings aligned: each unchanged character is one atom, each run of changes one atom.
  // Atom boundary k lies at offset std[k] of `standard` and cop[k] of `copy`.
  const changed: boolean[] = [];
  const std = [0];
  const cop = [0];
  for (const part of diffArrays(Array.from(copy), Array.from(standard))) {
    const length = part.value.join('').length;
    const [stdAt, copAt] = [std.at(-1)!, cop.at(-1)!];
    if (!part.added && !part.removed) {
      for (const char of part.value) {
        changed.push(false);
        std.push(std.at(-1)! + char.length);
        cop.push(cop.at(-1)! + char.length);
      }
    } else if (changed.at(-1) === true) {
      // The other half of a replacement: the same atom grows in the other wording.
      if (part.added) std[std.length - 1] = stdAt + length;
      else cop[cop.length - 1] = copAt + length;
    } else {
      changed.push(true);
      std.push(stdAt + (part.added ? length : 0));
      cop.push(copAt + (part.removed ? length : 0));
    }
  }

  // One mark per change, those at most one unchanged character apart joined.
  const marks: { from: number; to: number }[] = [];
  changed.forEach((isChanged, atom) => {
    if (!isChanged) return;
    const last = marks.at(-1);
    if (last !== undefined && atom - last.to <= 1) last.to = atom + 1;
    else marks.push({ from: atom, to: atom + 1 });
  });

  const stdWords = wordBoundaries(standard);
  const copWords = wordBoundaries(copy);
  const onBoundary = (atom: number) => stdWords.has(std[atom]!) && copWords.has(cop[atom]!);
  const widened: typeof marks = [];
  for (let { from, to } of marks) {
    // A deletion leaves nothing to underline: take in the character before it (after it, at the start).
    if (std[from] === std[to]) {
      if (from > 0) from -= 1;
      else if (to < changed.length) to += 1;
    }
    while (!onBoundary(from)) from -= 1;
    while (!onBoundary(to)) to += 1;
    const last = widened.at(-1);
    if (last !== undefined && from <= last.to) last.to = Math.max(last.to, to);
    else widened.push({ from, to });
  }
  return widened.map(({ from, to }) => ({ start: std[from]!, end: std[to]!, copy: copy.slice(cop[from], cop[to]) }));
}

/**
 * The restored words of one paragraph: every place where a restoration's `standard` stands, its
 * changed words. A stretch two restorations both claim keeps the first (in text order) only.
 */
export function restoredSpans(text: string, restorations: readonly Restoration[]): RestoredSpan[] {
  const spans: RestoredSpan[] = [];
  for (const restoration of restorations) {
    // An empty standard stands everywhere and nowhere: nothing to mark (the schema refuses one).
    const words = restoration.standard === '' ? [] : restoredWords(restoration);
    if (words.length === 0) continue;
    for (let at = text.indexOf(restoration.standard); at >= 0; at = text.indexOf(restoration.standard, at + restoration.standard.length)) {
      for (const word of words) spans.push({ start: at + word.start, end: at + word.end, copy: word.copy });
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  let end = 0;
  return spans.filter((span) => {
    if (span.start < end) return false;
    end = span.end;
    return true;
  });
}

/** A paragraph's text cut into runs: unchanged text, and words restored from the scraped copy. */
export function markRestorations(text: string, restorations: readonly Restoration[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const span of restoredSpans(text, restorations)) {
    if (span.start > at) runs.push({ text: text.slice(at, span.start) });
    runs.push({ text: text.slice(span.start, span.end), copy: span.copy });
    at = span.end;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at) });
  return runs;
}
