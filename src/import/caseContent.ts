/**
 * The part of content/ a petition-case import needs, read and checked on its own: the units
 * (departments), the batches (cases) and the units' handling reports (casework). A case import
 * changes nothing else, so reading the rest (10,000 tasks, their meetings and quotes) would only
 * cost time: the 500-row batch an inspection team sends must import within seconds. After writing,
 * only the written file is read again, and the rules that look at cases (caseLedger,
 * caseworkReach) run over the same entries with it in place: the check `npm run check` would
 * make of the file, without checking again what the import did not touch.
 */
import type { z } from 'astro/zod';
import { checkSite, type Checked, type EntrySet } from '../check/context.ts';
import { personalDataWarnings } from '../check/personalData.ts';
import { NOTHING_PUBLISHED } from '../check/published.ts';
import { readCollection, type RawEntry } from '../check/read.ts';
import { runRules } from '../check/rule.ts';
import { caseLedger } from '../check/rules/caseLedger.ts';
import { caseworkReach } from '../check/rules/caseworkReach.ts';
import { fieldPath, sortProblems, type Problem } from '../lib/problems.ts';
import type { CaseBatch } from '../schemas/case.ts';
import type { Casework } from '../schemas/casework.ts';
import { COLLECTION_SCHEMAS } from '../schemas/collections.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/common.ts';
import type { Department } from '../schemas/department.ts';
import { editorErrorMap } from '../schemas/messages.ts';

/** The collections a case import reads. */
type CaseCollection = 'departments' | 'cases' | 'casework';

/** The units, batches and handling reports that passed their schema, and the problems of the rest. */
export interface CaseContent {
  departments: Checked<Department>[];
  cases: Checked<CaseBatch>[];
  casework: Checked<Casework>[];
  problems: Problem[];
  /** The day of the check: nothing may be dated after it. */
  today: string;
}

/** An entry validated whole, or its problems. */
function validated<T>(collection: CaseCollection, entry: RawEntry, problems: Problem[]): Checked<T> | undefined {
  if (!('data' in entry)) return undefined;
  const parsed = (COLLECTION_SCHEMAS[collection] as unknown as z.ZodType).safeParse(entry.data, { error: editorErrorMap });
  if (parsed.success) return { id: entry.id, file: entry.file, at: entry.at, data: parsed.data as T, failed: new Set() };
  for (const issue of parsed.error.issues) problems.push({ file: entry.file, field: `${entry.at}${fieldPath(issue.path)}`.replace(/\.$/, ''), message: issue.message });
  return undefined;
}

/** Reads and validates one collection into `content`. */
function readInto<T>(root: string, collection: CaseCollection, into: Checked<T>[], problems: Problem[]): void {
  const read = readCollection(root, collection);
  problems.push(...read.problems);
  for (const entry of read.entries) {
    const checked = validated<T>(collection, entry, problems);
    if (checked !== undefined) into.push(checked);
  }
}

/** Reads the units, batches and handling reports under `root`, each validated with its schema. */
export function readCaseContent(root: string, today: string): CaseContent {
  const content: CaseContent = { departments: [], cases: [], casework: [], problems: [], today };
  readInto(root, 'departments', content.departments, content.problems);
  readInto(root, 'cases', content.cases, content.problems);
  readInto(root, 'casework', content.casework, content.problems);
  return content;
}

/** The rules' view of the case content: every other collection empty. */
function caseSite(content: CaseContent) {
  const empty = Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as unknown as EntrySet;
  const existing = Object.fromEntries(COLLECTIONS.map((name) => [name, new Set<string>()])) as Record<CollectionName, Set<string>>;
  for (const name of ['departments', 'cases', 'casework'] as const) for (const entry of content[name]) existing[name].add(entry.id);
  return checkSite({ ...empty, departments: content.departments, cases: content.cases, casework: content.casework, existing }, NOTHING_PUBLISHED, new Map(), { today: content.today });
}

/**
 * Checks the file `file` (from the root) that an import has just written to the collection
 * `collection`: read again and validated, then the case rules over `before` with it in place.
 * Returns the problems in that file, sorted, and the check's warnings on it (personal data).
 */
export function recheckCaseFile(root: string, collection: 'cases' | 'casework', file: string, before: CaseContent): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  let warnings: Problem[] = [];
  const read = readCollection(root, collection);
  const entry = read.entries.find((each) => each.file === file);
  problems.push(...read.problems.filter((problem) => problem.file === file));
  const checked = entry === undefined ? undefined : validated<never>(collection, entry, problems);
  if (checked !== undefined) {
    const after: CaseContent = { ...before, [collection]: [...before[collection].filter((each) => each.file !== file), checked] };
    problems.push(...runRules(caseSite(after), { caseLedger, caseworkReach }).filter((problem) => problem.file === file));
    warnings = personalDataWarnings(after).filter((warning) => warning.file === file);
  }
  return { problems: sortProblems(problems), warnings };
}
