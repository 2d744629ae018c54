/**
 * The shape of a cross-entry rule (src/check/rules/), how rules are run, and the little they
 * share: how a quote is shortened in a message, and how a repeated value is found in a list.
 */
import type { Problem } from '../lib/problems.ts';
import type { CheckSite, Checked } from './context.ts';

/**
 * Records a problem in `entry` at `field` (a path inside the entry, `members[1]`; empty for the
 * entry as a whole). `message` says what is wrong and, in brackets, how to fix it.
 */
export type Report = (entry: Checked<unknown>, field: string, message: string) => void;

/** A rule: looks at the content and reports what breaks it. Never throws, never stops early. */
export type Rule = (site: CheckSite, report: Report) => void;

/** A quote shortened for a message: “前二十个字…”. */
export function excerpt(text: string): string {
  const chars = [...text];
  return `“${chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : text}”`;
}

/** Indexes of values that already appeared earlier in the list: the lines to delete. */
export function repeatedIndexes(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeats: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeats.push(index);
    seen.add(value);
  });
  return repeats;
}

/**
 * Runs `rules` over `site` and returns what they report, in no particular order. Field paths get
 * the entry's prefix (`[2].id` in milestones.yaml); an empty field stays empty.
 */
export function runRules(site: CheckSite, rules: Iterable<Rule>): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (entry, field, message) => {
    problems.push({ file: entry.file, field: `${entry.at}${field}`.replace(/\.$/, ''), message });
  };
  for (const rule of rules) rule(site, report);
  return problems;
}
