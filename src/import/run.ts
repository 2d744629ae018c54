/**
 * `npm run import -- report <file>` as a function: read the file, tell a unit's sheet (or the
 * 报送 page's CSV) from a checklist's export, map its rows, merge them into the unit's report of
 * that day, write it, and check the unit's reports again, against the content as read before
 * (nothing else changed: the whole check is not run twice). Nothing is written while any row has
 * a problem (unless `partial`: then the rows without one are); a written file the check finds
 * fault with is taken back (the file there before is restored), so content/ is never left failing
 * because of an import. Returns the lines to print, never throws for a bad file.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { checkContent, recheckUnitReports, type CheckResult } from '../check/checkContent.ts';
import { proseDate } from '../data/build.ts';
import { unitName } from '../data/content.ts';
import { indexChecked, type Site } from '../data/site.ts';
import { tasksByUnit } from '../data/views/exports.ts';
import { formatProblem } from '../lib/problems.ts';
import { ReportSchema, type ReportInput } from '../schemas/report.ts';
import { mergeReport, reportFilePath, reportYaml, type Merged } from './reportFile.ts';
import { readReport } from './reportImport.ts';
import type { ScopeFlags } from './scope.ts';
import { formatSheetProblem, sortSheetProblems, type SheetProblem } from './table.ts';

/** What to import, and how. */
export interface ImportRequest extends ScopeFlags {
  /** The project's root folder (content/ is in it). */
  root: string;
  /** The file's name as the unit sent it: named in every message, and recorded as the report's source. */
  name: string;
  bytes: Uint8Array;
  /** Write the rows without a problem even when others have one. */
  partial: boolean;
  /** The day of the import, `YYYY-MM-DD`. */
  today: string;
}

/** What an import did: lines for the terminal, and the file written, if any. */
export interface ImportOutcome {
  ok: boolean;
  /** What was done (stdout). */
  lines: string[];
  /** What is wrong (stderr). */
  errors: string[];
  /** The report file written, from the root. */
  written?: string | undefined;
}

/** The site index of the content folder under `root`, as the build makes it (without git history). */
export function projectSite(root: string): Site {
  return indexChecked(checkContent(root, { base: null }).content);
}

/**
 * The content of `root` as the check reads it, and the site index made from it: the import checks
 * its report against the same. The rest of the content's own problems are not the import's (the
 * editor's `npm run check` and CI name them): its rules are not run here.
 */
function checkedSite(root: string): { checked: CheckResult; site: Site } {
  const checked = checkContent(root, { base: null, rules: false });
  return { checked, site: indexChecked(checked.content) };
}

/** A content file there now: its text and its data when valid; a problem when it cannot be merged with. */
export function existingFile<T>(path: string, schema: { safeParse(data: unknown): { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }): { text?: string; data?: T; problem?: string } {
  if (!existsSync(path)) return {};
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    return { problem: `无法读取（${error instanceof Error ? error.message.split('\n')[0] : String(error)}）` };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { problem: (parsed.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('；') };
  // The file as written (defaults not filled in), so that merging keeps it as it was.
  return { text, data: data as T };
}

/** The report file there now: its text and valid data; a problem when it cannot be merged with. */
function existingReport(path: string): { text?: string; report?: ReportInput; problem?: string } {
  const { data, ...rest } = existingFile<ReportInput>(path, ReportSchema);
  return data === undefined ? rest : { ...rest, report: data };
}

/** A task's title and state for the summary: `完成自查（推进中）`. */
function listed(site: Site, ids: readonly string[], state?: (id: string) => string): string {
  return ids.map((id) => `${site.content.taskById.get(id)?.data.title ?? id}${state === undefined ? '' : `（${state(id)}）`}`).join('、');
}

/** The summary of what the merge did. */
function summary(site: Site, merged: Merged, unfilled: readonly string[]): string[] {
  const added = merged.changed.filter((change) => change.before === undefined);
  const updated = merged.changed.filter((change) => change.before !== undefined);
  const stateOf = new Map(merged.changed.map((change) => [change.task, change.before === undefined || change.before === change.after ? change.after : `${change.before} → ${change.after}`]));
  const state = (id: string) => stateOf.get(id)!;
  return [
    ...(added.length === 0 ? [] : [`  新增 ${added.length} 项：${listed(site, added.map((change) => change.task), state)}`]),
    ...(updated.length === 0 ? [] : [`  更新 ${updated.length} 项：${listed(site, updated.map((change) => change.task), state)}`]),
    ...(merged.same.length === 0 ? [] : [`  与原文件相同 ${merged.same.length} 项：${listed(site, merged.same)}`]),
    ...(merged.kept.length === 0 ? [] : [`  保留原有 ${merged.kept.length} 项（本次未涉及）：${listed(site, merged.kept)}`]),
    ...(unfilled.length === 0 ? [] : [`  表中未填写 ${unfilled.length} 项（未计入报送）：${listed(site, unfilled)}`]),
  ];
}

/** Writes `text` to `path`, and a function that puts back what was there (the folders it made included). */
export function write(root: string, file: string, text: string, before: string | undefined): () => void {
  const path = join(root, file);
  const made: string[] = [];
  for (let dir = dirname(path); !existsSync(dir); dir = dirname(dir)) made.unshift(dir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return () => {
    if (before === undefined) rmSync(path, { force: true });
    else writeFileSync(path, before);
    for (const dir of made.reverse()) rmdirSync(dir);
  };
}

/** Runs one import. */
export async function importReport(request: ImportRequest): Promise<ImportOutcome> {
  const { root, name, partial, today } = request;
  const fail = (problems: readonly SheetProblem[], tail: string[] = []): ImportOutcome => ({
    ok: false,
    lines: [],
    errors: [...sortSheetProblems(problems).map((problem) => formatSheetProblem(name, problem)), ...tail],
  });
  const { checked, site } = checkedSite(root);
  const parsed = await readReport(name, request.bytes, site, { unit: request.unit, date: request.date, today });
  const { unit, date, problems, notes } = parsed;
  const blocking = problems.filter((problem) => problem.row === undefined || !partial);
  if (blocking.length > 0 || unit === undefined || date === undefined) {
    const rows = new Set(problems.flatMap((problem) => (problem.row === undefined ? [] : [problem.row]))).size;
    const tail = rows > 0 && !partial ? [`\n共 ${problems.length} 个问题（涉及 ${rows} 行），未写入任何文件。请单位改正后重新发送；或加 --partial 先导入没有问题的行。`] : [`\n共 ${problems.length} 个问题，未写入任何文件。`];
    return fail(problems, tail);
  }
  const { tasks, unfilled, reporter } = parsed;
  if (tasks.length === 0) return fail([...problems, { message: '没有可以导入的行：每一行都有问题' }]);

  const file = reportFilePath(unit, date);
  const existing = existingReport(join(root, file));
  if (existing.problem !== undefined) return fail([{ message: `现有的 ${file} 有误，无法与本表合并（${existing.problem}）：请先改正或删除该文件，再导入` }]);
  const order = (tasksByUnit(site, site.content.tasks).get(unit) ?? []).map((task) => task.id);
  const merged = mergeReport(existing.report, { reporter, source: name, tasks }, order);
  const text = reportYaml(merged.report);
  const who = `${unitName(site.content, unit)} ${proseDate(date)}的报送`;
  const skipped = problems.length === 0 ? [] : [`\n以下 ${problems.length} 个问题所在的行未导入（--partial）：`, ...sortSheetProblems(problems).map((problem) => formatSheetProblem(name, problem))];
  const ticks = parsed.checklists.map(({ id, ticked, total }) => `  核查清单“${site.content.checklistById.get(id)!.data.title}”：已勾选 ${ticked} / ${total} 项`);
  const facts = [...ticks, ...(reporter === undefined ? [] : [`  责任人：${reporter}`]), ...notes.map((note) => `  ${note}`)];
  if (text === existing.text) {
    return { ok: true, lines: [`${file} 已是本表的内容，未作修改（${who}）`, ...facts], errors: skipped };
  }

  const undo = write(root, file, text, existing.text);
  const own = (problem: { file: string }) => problem.file === file || problem.file.startsWith(`content/reports/${unit}/${date}/`);
  // The unit's reports read and checked again against the content read above: nothing else changed.
  const after = recheckUnitReports(root, unit, checked).filter(own);
  if (after.length > 0) {
    undo();
    return {
      ok: false,
      lines: [],
      errors: [`${name}：导入后的报送未通过内容检查，已撤回，${existing.text === undefined ? `未写入 ${file}` : `${file} 保持原样`}：`, ...after.map(formatProblem)],
    };
  }
  return {
    ok: true,
    lines: [`已写入 ${file}（${who}，来源：${name}）`, ...summary(site, merged, unfilled), ...facts, '内容检查通过。'],
    errors: skipped,
    written: file,
  };
}
