/**
 * `npm run check`, as a function: read content/ with the reader the build's loader uses too
 * (./read.ts), validate every entry with the collection schemas, then run the cross-entry rules
 * over everything that passed. Returns every problem at once.
 */
import type { z } from 'astro/zod';
import { fieldPath, sortProblems, type Problem } from '../lib/problems.ts';
import { COLLECTION_SCHEMAS } from '../schemas/collections.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/common.ts';
import { editorErrorMap } from '../schemas/messages.ts';
import { entryBodyProblems } from './body.ts';
import type { Checked, ContentSet } from './context.ts';
import { readContent } from './read.ts';
import { ruleProblems } from './rules/index.ts';

/** The outcome of a check: the problems, sorted, and the entries that passed their schema. */
export interface CheckResult {
  problems: Problem[];
  content: ContentSet;
  /** How many entries each collection has (valid or not). */
  counts: Record<CollectionName, number>;
}

/** Checks the content folder of the project at `root`. */
export function checkContent(root: string): CheckResult {
  const { entries, problems } = readContent(root);
  const existing = Object.fromEntries(COLLECTIONS.map((name) => [name, new Set<string>()])) as Record<CollectionName, Set<string>>;
  const valid: Record<CollectionName, Checked<unknown>[]> = Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as never;

  for (const entry of entries) {
    existing[entry.collection].add(entry.id);
    if (!('data' in entry)) continue; // unreadable: already reported
    const schema: z.ZodType = COLLECTION_SCHEMAS[entry.collection];
    const result = schema.safeParse(entry.data, { error: editorErrorMap });
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: entry.file, field: `${entry.at}${fieldPath(issue.path)}`.replace(/\.$/, ''), message: issue.message });
      }
      continue;
    }
    if ((entry.collection === 'tasks' || entry.collection === 'directives') && (entry.body ?? '') === '') {
      problems.push({ file: entry.file, field: '', message: `正文为空：请在第二个 --- 之后写明${entry.collection === 'tasks' ? '任务' : '要求'}的具体内容（可用讲话原话）` });
    }
    const data = entry.collection === 'meetings' ? { ...(result.data as object), body: entry.body ?? '' } : result.data;
    valid[entry.collection].push({ id: entry.id, file: entry.file, at: entry.at, data });
  }

  // Bodies are checked whatever their frontmatter: a body that could run code is refused in any case.
  for (const entry of entries) problems.push(...entryBodyProblems(entry, existing.checklists));
  const content = { ...valid, existing } as ContentSet;
  problems.push(...ruleProblems(content, { root, baseRef: process.env['DUBAN_BASE_REF'] || 'HEAD' }));
  const counts = Object.fromEntries(COLLECTIONS.map((name) => [name, entries.filter((entry) => entry.collection === name).length])) as Record<CollectionName, number>;
  return { problems: sortProblems(problems), content, counts };
}
