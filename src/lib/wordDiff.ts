/**
 * A word-level diff of two lines, for "deadline 5月19日 → 5月25日": Chinese is compared character
 * by character, Latin words and numbers whole. Longest common subsequence over tokens; lines are
 * short (one field), so the quadratic table is small.
 */

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
  const a = tokens(before);
  const b = tokens(after);
  // table[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i += 1;
      j += 1;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
      push('removed', a[i++]!);
    } else {
      push('inserted', b[j++]!);
    }
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('inserted', b[j++]!);
  return parts;
}
