/**
 * `npm run import -- cases <file>` as a function: read the inspection team's batch sheet, map its
 * rows to cases (./cases.ts), merge them into the batch's file (./casesFile.ts), write it, and
 * check it (./caseContent.ts). Nothing is written while any row has a problem (unless `partial`:
 * then the rows without one are); a written file the check finds fault with is taken back. Returns
 * the lines to print, never throws for a bad file.
 */
import { join } from 'node:path';
import { proseDate } from '../data/build.ts';
import { formatProblem } from '../lib/problems.ts';
import { CaseBatchSchema, type CaseBatchInput } from '../schemas/case.ts';
import { readCaseContent, recheckCaseFile, type CaseContent } from './caseContent.ts';
import { readCaseSheet, type CaseSheet } from './cases.ts';
import { batchFilePath, batchYaml, mergeBatch, TEAM_FIELDS, type FieldChange, type MergedBatch } from './casesFile.ts';
import { readSheetFile } from './file.ts';
import { existingFile, write, type ImportOutcome } from './run.ts';
import { formatSheetProblem, sortSheetProblems, type SheetProblem } from './table.ts';

/** What to import, and how. */
export interface CaseImportRequest {
  /** The project's root folder (content/ is in it). */
  root: string;
  /** The file's name as the team sent it: named in every message, and recorded as the batch's sheet. */
  name: string;
  bytes: Uint8Array;
  /** `--batch`. */
  batch?: number | undefined;
  /** `--date`: 交办日期. */
  date?: string | undefined;
  /** Write the rows without a problem even when others have one. */
  partial: boolean;
  /** The day of the import, `YYYY-MM-DD`. */
  today: string;
}

/** A field's value in a line of the summary: `大气、噪声`, `区甲局`, `是`. */
function shown(content: CaseContent, field: keyof typeof TEAM_FIELDS, value: unknown): string {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return '（空）';
  const unit = (id: string) => content.departments.find((each) => each.id === id)?.data.name ?? id;
  if (field === 'region') return unit(String(value));
  if (field === 'lead' || field === 'assist') return (value as string[]).map(unit).join('、');
  if (field === 'types') return (value as string[]).join('、');
  if (field === 'focus') return value === true ? '是' : '否';
  return String(value);
}

/** What changed in one field: `污染类型（大气 → 大气、噪声）`; long texts by name only. */
function changeLine(content: CaseContent, change: FieldChange): string {
  if (change.field === 'summary') return TEAM_FIELDS.summary;
  return `${TEAM_FIELDS[change.field]}（${shown(content, change.field, change.before)} → ${shown(content, change.field, change.after)}）`;
}

/** Ids in a line, the first 20 and how many more. */
function ids(list: readonly string[]): string {
  return list.length > 20 ? `${list.slice(0, 20).join('、')} 等` : list.join('、');
}

/** The summary of what the merge did. */
function summary(content: CaseContent, merged: MergedBatch): string[] {
  return [
    ...(merged.dateBefore === undefined ? [] : [`  交办日期：${proseDate(merged.dateBefore)} → ${proseDate(merged.batch.date)}`]),
    ...(merged.added.length === 0 ? [] : [`  新增 ${merged.added.length} 件：${ids(merged.added)}`]),
    ...(merged.changed.length === 0 ? [] : [`  更新 ${merged.changed.length} 件：`, ...merged.changed.map(({ id, row, fields }) => `    ${id}（第${row}行）：${fields.map((change) => changeLine(content, change)).join('；')}`)]),
    ...(merged.same.length === 0 ? [] : [`  与原文件相同 ${merged.same.length} 件`]),
    ...(merged.missing.length === 0 ? [] : [`  原有而本表没有 ${merged.missing.length} 件，已保留（确已撤回的，请核实后手工删去）：${ids(merged.missing)}`]),
  ];
}

/**
 * What a corrected sheet may not change: a case of another batch (受理编号 is unique across all);
 * a whole batch none of whose cases the file has (a wrong --batch); a responsible unit taken off a
 * case it has already reported on.
 */
function conflicts(content: CaseContent, sheet: CaseSheet, number: number, existing: CaseBatchInput | undefined): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const file = batchFilePath(number);
  const elsewhere = new Map<string, string>();
  for (const batch of content.cases) if (batch.file !== file) for (const item of batch.data.cases) elsewhere.set(item.id, batch.id);
  const reported = new Map<string, { unit: string; date: string }[]>();
  for (const report of content.casework) {
    const [unit, date] = report.id.split('/') as [string, string];
    for (const line of report.data.cases) reported.set(line.case, [...(reported.get(line.case) ?? []), { unit, date }]);
  }
  const unitName = (id: string) => content.departments.find((each) => each.id === id)?.data.name ?? id;
  const before = new Map((existing?.cases ?? []).map((item) => [item.id, item]));
  for (const { row, data } of sheet.cases) {
    const other = elsewhere.get(data.id);
    if (other !== undefined) problems.push({ row, column: '受理编号', message: `${data.id} 已在第${other}批（content/cases/${other}.yaml）中：受理编号全区唯一，同一件不要重复导入；确是两件时请核对编号` });
    const old = before.get(data.id);
    if (old === undefined) continue;
    const now = new Set([...data.lead, ...(data.assist ?? [])]);
    for (const unit of [...old.lead, ...(old.assist ?? [])]) {
      const report = (reported.get(data.id) ?? []).filter((each) => each.unit === unit).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
      if (!now.has(unit) && report !== undefined) {
        problems.push({ row, column: '责任单位', message: `${unitName(unit)}已于 ${proseDate(report.date)} 报送 ${data.id} 的办理情况，不能从责任单位中去掉：确需更换的，请先与该单位核实，并删去或移走它的办理情况（content/casework/${unit}/）后再导入` });
      }
    }
  }
  if (existing !== undefined && sheet.cases.length > 0 && sheet.cases.every(({ data }) => !before.has(data.id))) {
    problems.push({ message: `${file} 已有第${number}批的 ${existing.cases.length} 件，与本表没有一件相同：请核对批次号（可用 --batch 指明）` });
  }
  return problems;
}

/** Runs one import of a team's batch sheet. */
export async function importCases(request: CaseImportRequest): Promise<ImportOutcome> {
  const { root, name, partial, today } = request;
  const fail = (problems: readonly SheetProblem[], tail: string[] = []): ImportOutcome => ({
    ok: false,
    lines: [],
    errors: [...sortSheetProblems(problems).map((problem) => formatSheetProblem(name, problem)), ...tail],
  });
  const read = await readSheetFile(request.bytes);
  if (!read.ok) return fail([{ message: read.message.replace('或报送页下载的 CSV 文件', '或 CSV 文件').replace(/任务分解表|报送表/g, '交办表').replace('请单位', '请') }]);
  const content = readCaseContent(root, today);
  const sheet = readCaseSheet(read.tables, content, { batch: request.batch, date: request.date, today });
  const { batch, date, notes } = sheet;
  const file = batch === undefined ? undefined : batchFilePath(batch);
  const existing = file === undefined ? {} : existingFile<CaseBatchInput>(join(root, file), CaseBatchSchema);
  if (file !== undefined && existing.problem !== undefined) return fail([{ message: `现有的 ${file} 有误，无法与本表合并（${existing.problem}）：请先改正该文件，再导入` }]);
  const problems = [...sheet.problems, ...(batch === undefined ? [] : conflicts(content, sheet, batch, existing.data))];
  const blocking = problems.filter((problem) => problem.row === undefined || !partial);
  if (blocking.length > 0 || batch === undefined || date === undefined || file === undefined) {
    const rows = new Set(problems.flatMap((problem) => (problem.row === undefined ? [] : [problem.row]))).size;
    const tail = rows > 0 && !partial ? [`\n共 ${problems.length} 个问题（涉及 ${rows} 行），未写入任何文件。请改正后重新导入；或加 --partial 先导入没有问题的行。`] : [`\n共 ${problems.length} 个问题，未写入任何文件。`];
    return fail(problems, tail);
  }
  const bad = new Set(problems.flatMap((problem) => (problem.row === undefined ? [] : [problem.row])));
  const cases = sheet.cases.filter((item) => !bad.has(item.row));
  if (cases.length === 0) return fail([...problems, { message: '没有可以导入的行：每一行都有问题' }]);

  const merged = mergeBatch(existing.data, { date, source: name, cases });
  const text = batchYaml(merged.batch);
  const what = `第${batch}批，${proseDate(date)}交办，${merged.batch.cases.length} 件`;
  const skipped = problems.length === 0 ? [] : [`\n以下 ${problems.length} 个问题所在的行未导入（--partial）：`, ...sortSheetProblems(problems).map((problem) => formatSheetProblem(name, problem))];
  const facts = notes.map((note) => `  ${note}`);
  if (text === existing.text) return { ok: true, lines: [`${file} 已是本表的内容，未作修改（${what}）`, ...summary(content, merged).filter((line) => line.includes('原有而本表没有')), ...facts], errors: skipped };

  const undo = write(root, file, text, existing.text);
  const { problems: after, warnings } = recheckCaseFile(root, 'cases', file, content);
  if (after.length > 0) {
    undo();
    return { ok: false, lines: [], errors: [`${name}：导入后的交办批次未通过内容检查，已撤回，${existing.text === undefined ? `未写入 ${file}` : `${file} 保持原样`}：`, ...after.map(formatProblem)] };
  }
  return { ok: true, lines: [`已写入 ${file}（${what}，来源：${name}）`, ...summary(content, merged), ...facts, '内容检查通过。', ...warnings.map((warning) => `提示：${formatProblem(warning)}`)], errors: skipped, written: file };
}
