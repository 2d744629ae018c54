/**
 * `npm run import -- casework <file>`: a unit's returned case sheet (./casework.ts) into
 * content/casework/<unit>/<date>.yaml, merged with the unit's file of that day (a line per case,
 * the sheet's replacing the file's), then checked (./caseContent.ts). A row is refused when the
 * unit has already reported the case differently on a later day: an old sheet arriving late never
 * overwrites newer handling. Nothing is written while any row has a problem, unless `partial`.
 */
import { join } from 'node:path';
import yaml from 'js-yaml';
import { proseDate } from '../data/build.ts';
import { formatProblem } from '../lib/problems.ts';
import { CaseworkSchema, type CaseworkInput, type CaseworkLine } from '../schemas/casework.ts';
import { readCaseContent, recheckCaseFile } from './caseContent.ts';
import { readCaseworkSheet } from './casework.ts';
import { readSheetFile } from './file.ts';
import { existingFile, write, type ImportOutcome } from './run.ts';
import { formatSheetProblem, sortSheetProblems, type SheetProblem } from './table.ts';

/** What to import, and how. */
export interface CaseworkImportRequest {
  root: string;
  name: string;
  bytes: Uint8Array;
  unit?: string | undefined;
  date?: string | undefined;
  partial: boolean;
  today: string;
}

/** A line with its fields in the format's order and no empty ones. */
function tidy(line: CaseworkLine): CaseworkLine {
  return Object.fromEntries(Object.entries(line).filter(([, value]) => value !== undefined)) as CaseworkLine;
}

/** The handling a line reports, compared: the state and the texts. */
const said = (line: CaseworkLine) => JSON.stringify(tidy(line));

/** Runs one import of a unit's case sheet. */
export async function importCasework(request: CaseworkImportRequest): Promise<ImportOutcome> {
  const { root, name, partial, today } = request;
  const fail = (problems: readonly SheetProblem[], tail: string[] = []): ImportOutcome => ({ ok: false, lines: [], errors: [...sortSheetProblems(problems).map((problem) => formatSheetProblem(name, problem)), ...tail] });
  const read = await readSheetFile(request.bytes);
  if (!read.ok) return fail([{ message: read.message.replace('或报送页下载的 CSV 文件', '').replace(/任务分解表|报送表/g, '交办件办理情况表') }]);
  const content = readCaseContent(root, today);
  const sheet = readCaseworkSheet(read.tables, content, { unit: request.unit, date: request.date, today });
  const { unit, date } = sheet;
  const problems = [...sheet.problems];
  if (unit !== undefined && date !== undefined) {
    // The unit's later reports on each case: an older sheet may not say otherwise.
    const later = content.casework.filter((report) => report.id.startsWith(`${unit}/`) && report.id.slice(unit.length + 1) > date).sort((a, b) => (a.id < b.id ? 1 : -1));
    for (const { row, line } of sheet.lines) {
      const report = later.find((each) => each.data.cases.some((other) => other.case === line.case));
      const newer = report?.data.cases.find((other) => other.case === line.case);
      if (report !== undefined && newer !== undefined && said(newer) !== said(line)) {
        problems.push({ row, column: '办理状态', message: `${line.case} 已于 ${proseDate(report.id.slice(unit.length + 1))} 报送较新的办理情况：${newer.state}${newer.handling === undefined ? '' : `，${newer.handling}`}（本表是 ${proseDate(date)} 的，不能覆盖较新的办理情况：如要更正，请单位用新下载的表重新填报）` });
      }
    }
  }
  const blocking = problems.filter((problem) => problem.row === undefined || !partial);
  if (blocking.length > 0 || unit === undefined || date === undefined) {
    const rows = new Set(problems.flatMap((problem) => (problem.row === undefined ? [] : [problem.row]))).size;
    return fail(problems, [rows > 0 && !partial ? `\n共 ${problems.length} 个问题（涉及 ${rows} 行），未写入任何文件。请单位改正后重新发送；或加 --partial 先导入没有问题的行。` : `\n共 ${problems.length} 个问题，未写入任何文件。`]);
  }
  const bad = new Set(problems.flatMap((problem) => (problem.row === undefined ? [] : [problem.row])));
  const lines = sheet.lines.filter((item) => !bad.has(item.row));
  if (lines.length === 0) return fail([...problems, { message: '没有可以导入的行：每一行都有问题' }]);

  const file = `content/casework/${unit}/${date}.yaml`;
  const existing = existingFile<CaseworkInput>(join(root, file), CaseworkSchema);
  if (existing.problem !== undefined) return fail([{ message: `现有的 ${file} 有误，无法与本表合并（${existing.problem}）：请先改正该文件，再导入` }]);
  const byCase = new Map((existing.data?.cases ?? []).map((line) => [line.case, line as CaseworkLine]));
  const changed = lines.filter(({ line }) => byCase.get(line.case) === undefined || said(byCase.get(line.case)!) !== said(line)).map(({ line }) => line.case);
  for (const { line } of lines) byCase.set(line.case, tidy(line));
  const sheets = [...new Set([...(existing.data?.sheet?.split('、') ?? []), name])].join('、');
  const report: CaseworkInput = { ...(existing.data?.reporter === undefined ? {} : { reporter: existing.data.reporter }), sheet: changed.length === 0 && existing.data?.sheet !== undefined ? existing.data.sheet : sheets, cases: [...byCase.values()] };
  const text = yaml.dump(report, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"' });
  const unitName = content.departments.find((each) => each.id === unit)?.data.name ?? unit;
  const who = `${unitName} ${proseDate(date)}的办理情况`;
  const skipped = problems.length === 0 ? [] : [`\n以下 ${problems.length} 个问题所在的行未导入（--partial）：`, ...sortSheetProblems(problems).map((problem) => formatSheetProblem(name, problem))];
  const notes = sheet.notes.map((note) => `  ${note}`);
  if (text === existing.text) return { ok: true, lines: [`${file} 已是本表的内容，未作修改（${who}）`, ...notes], errors: skipped };
  const undo = write(root, file, text, existing.text);
  const after = recheckCaseFile(root, 'casework', file, content);
  if (after.problems.length > 0) {
    undo();
    return { ok: false, lines: [], errors: [`${name}：导入后的办理情况未通过内容检查，已撤回，${existing.text === undefined ? `未写入 ${file}` : `${file} 保持原样`}：`, ...after.problems.map(formatProblem)] };
  }
  return {
    ok: true,
    lines: [`已写入 ${file}（${who}，来源：${name}）`, `  报送 ${changed.length} 件：${changed.join('、')}`, ...notes, '内容检查通过。', ...after.warnings.map((warning) => `提示：${formatProblem(warning)}`)],
    errors: skipped,
    written: file,
  };
}
