/**
 * "Did you mean" suggestions for editors' typos: a unit id, a field name, a status.
 * Pure and dependency-free, so schemas can use it (schemas import nothing from lib/); the
 * cross-entry rules in src/check/rules/ use it too.
 */

/**
 * Edit distance between two strings, by code point: insertions, deletions, substitutions and
 * swaps of two neighbours (`titel` → `title` is one edit, the commonest typo in a field name).
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let before = Array.from({ length: y.length + 1 }, () => 0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The candidate closest to `input`, if it is close enough to be a plausible typo:
 * within a third of the longer length (at least 1, at most 3 edits), or one contains the other.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === input) return candidate;
    const distance = editDistance(input, candidate);
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(input.length, candidate.length) / 3)));
    const contains = input.length >= 2 && (candidate.includes(input) || input.includes(candidate));
    if ((distance <= limit || contains) && distance < bestScore) {
      best = candidate;
      bestScore = distance;
    }
  }
  return best;
}

/** Lists candidates for a message, cut after `max` with an ellipsis: "gongan, fagai, …". */
export function listSome(candidates: readonly string[], max = 8): string {
  const shown = candidates.slice(0, max).join(', ');
  return candidates.length > max ? `${shown}, …` : shown;
}

/** The hint part of a message: "是否想写 "x"？" when a close candidate exists, else "可用：…" (or that there are none yet). */
export function suggestion(input: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return '目前一个也没有，请先建立';
  const near = closest(input, candidates);
  return near === undefined ? `可用：${listSome(candidates)}` : `是否想写 "${near}"？`;
}
