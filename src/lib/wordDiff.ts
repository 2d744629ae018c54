/**
 * A word-level diff of two texts, for "a reworded note, its new words marked". Chinese has no
 * spaces, so the texts are cut into words by the ICU word segmenter (`Intl.Segmenter`, 'zh'),
 * which knows 环保 and 生态 from 环 and 保: a rename reads 区[生态环境]局, never the character
 * interleaving 区[生态]环[保][境]局. The `diff` package (jsdiff, Myers' algorithm) compares the
 * words; this module decides what a word is and how the runs read:
 * - a kept word of one character between two changes is part of the change (区[环保→生态环境]局
 *   rather than a change, "的", a change);
 * - when most of the text changed, the whole text is the change: old → new, not a patchwork.
 */
import { diffArrays } from 'diff';

/** A run of the diff: kept, removed or inserted text. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'inserted';
  text: string;
}

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

/** Splits text into comparison tokens: words, numbers, punctuation and spaces, in order. */
export function tokens(text: string): string[] {
  return [...SEGMENTER.segment(text)].map((part) => part.segment);
}

/** A stretch of the diff: words kept, or words removed and inserted in their place. */
type Hunk = { kept: string } | { removed: string; inserted: string };

/** Characters (code points) in a text. */
const length = (text: string) => [...text].length;

/**
 * The diff from `before` to `after` by words: kept, removed and inserted runs in reading order, a
 * removal before the insertion that replaces it. When more than half of the longer text changed,
 * one removal of `before` and one insertion of `after`.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const hunks: Hunk[] = [];
  const change = () => {
    const last = hunks.at(-1);
    if (last !== undefined && 'removed' in last) return last;
    const fresh = { removed: '', inserted: '' };
    hunks.push(fresh);
    return fresh;
  };
  for (const part of diffArrays(tokens(before), tokens(after))) {
    const text = part.value.join('');
    if (part.added) change().inserted += text;
    else if (part.removed) change().removed += text;
    else hunks.push({ kept: text });
  }
  // A one-character word kept between two changes joins them: the reader sees one change.
  for (let index = hunks.length - 2; index > 0; index--) {
    const [previous, middle, next] = [hunks[index - 1]!, hunks[index]!, hunks[index + 1]!];
    if (!('kept' in middle) || length(middle.kept) > 1 || 'kept' in previous || 'kept' in next) continue;
    hunks.splice(index - 1, 3, { removed: previous.removed + middle.kept + next.removed, inserted: previous.inserted + middle.kept + next.inserted });
  }
  const changed = hunks.reduce((sum, hunk) => sum + ('kept' in hunk ? 0 : Math.max(length(hunk.removed), length(hunk.inserted))), 0);
  if (changed * 2 > Math.max(length(before), length(after))) {
    return [
      ...(before === '' ? [] : [{ kind: 'removed' as const, text: before }]),
      ...(after === '' ? [] : [{ kind: 'inserted' as const, text: after }]),
    ];
  }
  return hunks.flatMap((hunk): DiffPart[] =>
    'kept' in hunk
      ? [{ kind: 'same', text: hunk.kept }]
      : [
          ...(hunk.removed === '' ? [] : [{ kind: 'removed' as const, text: hunk.removed }]),
          ...(hunk.inserted === '' ? [] : [{ kind: 'inserted' as const, text: hunk.inserted }]),
        ],
  );
}
