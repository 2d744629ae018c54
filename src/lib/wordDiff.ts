/**
 * A word-level diff of two lines, for "deadline 5月19日 → 5月25日": Chinese is compared character
 * by character, Latin words and numbers whole. The `diff` package (jsdiff, Myers' algorithm)
 * compares the tokens; this module only decides what a token is and merges the runs.
 */
import { diffArrays } from 'diff';

/** A run of the diff: kept, removed or inserted text. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'inserted';
  text: string;
}

const TOKEN = /[A-Za-z0-9_.-]+|\s+|./gsu;

/** Splits text into comparison tokens. */
export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The diff from `before` to `after`, adjacent parts of one kind merged. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(tokens(before), tokens(after))) {
    const kind = change.added ? 'inserted' : change.removed ? 'removed' : 'same';
    const text = change.value.join('');
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  }
  return parts;
}
