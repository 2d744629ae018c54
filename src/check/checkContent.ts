/**
 * `npm run check`, as a function: read content/ with the reader the build's loader uses too
 * (./read.ts), validate every entry with the collection schemas, then run the cross-entry rules
 * over every entry, with the fields that passed. Returns every problem at once, and never throws:
 * whatever goes wrong, in the content or in this code, ends as a problem line naming a file.
 */
import type { z } from 'astro/zod';
import { fieldPath, sortProblems, type Problem } from '../lib/problems.ts';
import { showInvisible } from '../schemas/characters.ts';
import { COLLECTION_SCHEMAS, CONTENT_DIR } from '../schemas/collections.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/common.ts';
import { editorErrorMap } from '../schemas/messages.ts';
import type { Published } from '../schemas/published.ts';
import { reportKey, type Report } from '../schemas/report.ts';
import { entryBodyProblems } from './body.ts';
import { checkSite, type Body, type Checked, type CheckSite, type ContentSet, type EntrySet } from './context.ts';
import { internalError } from './internalError.ts';
import { readIssued } from './issued.ts';
import { personalDataWarnings } from './personalData.ts';
import { baseRefFromEnvironment, PUBLISHED_FILE, publishedRecord, publishedText, readPublished, recordDifferences, type BaseRef } from './published.ts';
import { readContent, readUnitEntries, type RawEntry } from './read.ts';
import { runRules } from './rule.ts';
import { REPORT_RULES, RULES } from './rules/index.ts';

/** How to check. */
export interface CheckOptions {
  /**
   * The git revision published checklists and issued bulletins are compared with; by default
   * `DUBAN_BASE_REF`, else HEAD. `null` compares with content/published.json alone, without asking git.
   */
  base?: BaseRef | null;
  /**
   * True in CI: content/published.json must already record the checklists as they are. Otherwise
   * a stale record is not a problem: `npm run check` rewrites it when everything passes.
   */
  verifyPublished?: boolean;
  /** The check's date, `YYYY-MM-DD`: no report or decision may be dated after it. By default today in China. */
  today?: string;
  /**
   * False: read and validate the entries, and make the rules' view of them, but run neither the
   * body checks nor the cross-entry rules. For a caller that wants the content rather than its
   * problems (`npm run import`, which then checks the report it writes with recheckUnitReports).
   */
  rules?: boolean;
}

/** The outcome of a check. */
export interface CheckResult {
  /** Every problem, sorted. */
  problems: Problem[];
  /** What the editor should know but need not fix (personal data in petition cases), sorted. */
  warnings: Problem[];
  /** The entries that passed their schema whole. */
  content: ContentSet;
  /** How many entries each collection has (valid or not). */
  counts: Record<CollectionName, number>;
  /** content/published.json as it should read now, and whether it already does. */
  published: { text: string; current: boolean };
  /** What the rules looked at; undefined only when a fault in this code stopped the check before them. */
  site: CheckSite | undefined;
}

/** An entry's validated fields: all of them, or those that passed, and the names of those that failed. */
interface Validated {
  data: Record<string, unknown>;
  failed: Set<string>;
  complete: boolean;
}

/**
 * Validates an entry with its collection's schema and, when that fails, field by field: each
 * top-level field the errors do not touch is validated on its own (defaults applied), so the
 * rules can still check it. Object-level refinements (a group needs members) are then not
 * applied, which is fine: the entry is reported already, and every field is well typed.
 */
function validate(collection: CollectionName, entry: RawEntry, problems: Problem[]): Validated | undefined {
  const schema = COLLECTION_SCHEMAS[collection] as unknown as z.ZodObject;
  const whole = schema.safeParse(entry.data, { error: editorErrorMap });
  if (whole.success) return { data: whole.data as Record<string, unknown>, failed: new Set(), complete: true };
  for (const issue of whole.error.issues) {
    problems.push({ file: entry.file, field: `${entry.at}${fieldPath(issue.path)}`.replace(/\.$/, ''), message: issue.message });
  }
  if (typeof entry.data !== 'object' || entry.data === null || Array.isArray(entry.data)) return undefined;
  const raw = entry.data as Record<string, unknown>;
  const failed = new Set(whole.error.issues.flatMap((issue) => (typeof issue.path[0] === 'string' ? [issue.path[0]] : [])));
  const data: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    if (failed.has(key)) continue;
    const result = (field as z.ZodType).safeParse(Object.hasOwn(raw, key) ? raw[key] : undefined);
    if (!result.success) failed.add(key);
    else if (result.data !== undefined) data[key] = result.data;
  }
  return { data, failed, complete: false };
}

/** Why content/published.json must be brought up to date, naming what it lacks. */
function staleRecordMessage(recorded: Published | undefined, wanted: Published): string {
  const fix = '请在本机运行 npm run check 更新此文件，并随内容一并提交';
  if (recorded === undefined) return `缺少已发布清单的记录：${fix.replace('更新', '生成')}`;
  const { missing, gone } = recordDifferences(recorded, wanted);
  const parts = [...(missing.length === 0 ? [] : [`尚未记录 ${missing.join('；')}`]), ...(gone.length === 0 ? [] : [`应删去已改名或撤销的 ${gone.join('、')}`])];
  return `与当前的清单不一致（${parts.length === 0 ? '格式或顺序不同' : parts.join('；')}）：${fix}`;
}

/** Where validated entries go: every entry with the fields that passed, and those that passed whole. */
interface Sorted {
  partial: Record<CollectionName, Checked<unknown>[]>;
  complete: Record<CollectionName, Checked<unknown>[]>;
}

/**
 * Validates the entries read (an empty task or directive body is a problem too) into `into`,
 * then, unless `bodies` is false, checks every body whatever its frontmatter: a body that could
 * run code is refused in any case.
 */
function validateEntries(entries: readonly RawEntry[], checklists: ReadonlySet<string>, into: Sorted, problems: Problem[], bodies = true): void {
  for (const entry of entries) {
    if (!('data' in entry)) continue; // unreadable: already reported
    try {
      if ((entry.collection === 'tasks' || entry.collection === 'directives') && (entry.body ?? '') === '') {
        problems.push({ file: entry.file, field: '', message: `正文为空：请在第二个 --- 之后写明${entry.collection === 'tasks' ? '任务' : '要求'}的具体内容（可用讲话原话）` });
      }
      const validated = validate(entry.collection, entry, problems);
      if (validated === undefined) continue;
      const data = entry.collection === 'meetings' ? { ...validated.data, body: entry.body ?? '' } : validated.data;
      const checked: Checked<unknown> = { id: entry.id, file: entry.file, at: entry.at, data, failed: validated.failed };
      into.partial[entry.collection].push(checked);
      if (validated.complete) into.complete[entry.collection].push(checked);
    } catch (error) {
      problems.push({ file: entry.file, field: entry.at.replace(/\.$/, ''), message: internalError(error) });
    }
  }
  if (!bodies) return;
  for (const entry of entries) {
    try {
      problems.push(...entryBodyProblems(entry, checklists));
    } catch (error) {
      problems.push({ file: entry.file, field: '', message: internalError(error) });
    }
  }
}

/** Checks the content folder of the project at `root`. */
export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const complete: Record<CollectionName, Checked<unknown>[]> = Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as never;
  const partial: Record<CollectionName, Checked<unknown>[]> = Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as never;
  const existing = Object.fromEntries(COLLECTIONS.map((name) => [name, new Set<string>()])) as Record<CollectionName, Set<string>>;
  const counts = Object.fromEntries(COLLECTIONS.map((name) => [name, 0])) as Record<CollectionName, number>;
  let published: CheckResult['published'] = { text: '', current: true };
  let warnings: Problem[] = [];
  let site: CheckSite | undefined;

  try {
    const read = readContent(root);
    problems.push(...read.problems);
    for (const entry of read.entries) {
      counts[entry.collection] += 1;
      existing[entry.collection].add(entry.id);
    }
    validateEntries(read.entries, existing.checklists, { partial, complete }, problems, options.rules !== false);

    const base = options.base === undefined ? baseRefFromEnvironment() : options.base;
    const record = readPublished(root, base, problems);
    const issued = readIssued(root, base, read.entries);
    const bodies = new Map<string, Body>();
    for (const entry of read.entries) if (entry.collection === 'tasks' && entry.body !== undefined) bodies.set(entry.file, { text: entry.body, line: entry.bodyLine ?? 1 });
    const attachments = new Map(read.entries.flatMap((entry) => (entry.attachments === undefined ? [] : [[entry.file, entry.attachments] as const])));
    site = checkSite({ ...partial, existing } as EntrySet, record.state, bodies, { attachments, issued, ...(options.today === undefined ? {} : { today: options.today }) });
    if (options.rules !== false) problems.push(...runRules(site, RULES));
    // The warnings are the check's advice to editors, like the rules: a caller without rules wants none.
    if (options.rules !== false) warnings = personalDataWarnings(complete as unknown as ContentSet);

    // The record is judged only when every checklist file was read and passed whole.
    const checklistsComplete = counts.checklists === complete.checklists.length;
    const wanted = publishedRecord((complete as unknown as ContentSet).checklists, record.record?.withdrawn ?? []);
    const text = publishedText(wanted);
    published = { text, current: record.recordText === text };
    if (options.verifyPublished === true && checklistsComplete && !published.current) {
      problems.push({ file: PUBLISHED_FILE, field: '', message: staleRecordMessage(record.record, wanted) });
    }
  } catch (error) {
    // Only a fault in this code gets here; every file's own errors were caught above.
    problems.push({ file: 'content', field: '', message: internalError(error) });
  }

  // Whatever the editor cannot see in a message is shown as <U+200B>.
  const shown = problems.map(({ file, field, message }) => ({ file: showInvisible(file), field: showInvisible(field), message: showInvisible(message) }));
  return { problems: sortProblems(shown), warnings: sortProblems(warnings), content: { ...complete, existing } as unknown as ContentSet, counts, published, site };
}

/**
 * Checks unit `unit`'s reports again after one of them was written (`npm run import`), against the
 * rest of the content as the check `before` found it: the unit's folder is read again and
 * validated, and the rules that look at reports run over the content with the unit's reports
 * replaced. What no report can change (tasks, meetings, quotes) is not checked a second time.
 * Returns the problems of the unit's reports, sorted; a fault in this code is one of them.
 */
export function recheckUnitReports(root: string, unit: string, before: CheckResult): Problem[] {
  const problems: Problem[] = [];
  try {
    const { site } = before;
    if (site === undefined) throw new Error('the check before found no site to compare with');
    const read = readUnitEntries(root, 'reports', unit);
    problems.push(...read.problems);
    const sorted: Sorted = {
      partial: Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as never,
      complete: Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as never,
    };
    validateEntries(read.entries, site.existing.checklists, sorted, problems);
    const others = (entry: { id: string }) => reportKey(entry.id).unit !== unit;
    const ids = new Set([...site.existing.reports].filter((id) => others({ id })));
    for (const entry of read.entries) ids.add(entry.id);
    const attachments = new Map([...site.attachments].filter(([file]) => !file.startsWith(`${CONTENT_DIR}/reports/${unit}/`)));
    for (const entry of read.entries) if (entry.attachments !== undefined) attachments.set(entry.file, entry.attachments);
    const reports = [...site.reports.filter(others), ...(sorted.partial.reports as Checked<Partial<Report>>[])];
    problems.push(...runRules({ ...site, reports, existing: { ...site.existing, reports: ids }, attachments }, REPORT_RULES));
  } catch (error) {
    problems.push({ file: `${CONTENT_DIR}/reports/${unit}`, field: '', message: internalError(error) });
  }
  const folder = `${CONTENT_DIR}/reports/${unit}`;
  const own = problems.filter((problem) => problem.file === folder || problem.file.startsWith(`${folder}/`));
  return sortProblems(own.map(({ file, field, message }) => ({ file: showInvisible(file), field: showInvisible(field), message: showInvisible(message) })));
}
