/**
 * The import half of the benchmark: a unit's 任务分解表 as the built site serves it, filled in as
 * the unit would (完成情况 and 进展情况 on the first rows, the rest of the table removed), then
 * imported with `npm run import -- report`, timed. The import reads the sheet, indexes the site,
 * writes the report and runs the whole content check, as it does for an editor.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { t } from '../../src/i18n/t.ts';
import { HEADERS } from '../../src/import/format.ts';
import { ROOT } from './site.ts';

/** The text of a cell, whatever exceljs made of it (a link is an object with its text). */
function text(value: ExcelJS.CellValue): string {
  if (value !== null && typeof value === 'object' && 'text' in value) return String(value.text);
  return value === null || value === undefined ? '' : String(value);
}

/** The tasks the office has signed off for `unit` (content/signoffs/<task>.yaml): a report after that is refused. */
function signedOff(project: string, unit: string): Set<string> {
  const folder = join(project, 'content/signoffs');
  const line = `- unit: ${unit}\n`;
  return new Set(readdirSync(folder).filter((file) => readFileSync(join(folder, file), 'utf8').includes(line)).map((file) => file.replace(/\.yaml$/, '')));
}

/**
 * `rows` rows of `unit`'s sheet (dist/units/<unit>/tasks.xlsx) filled in, the other rows removed,
 * as the bytes of the file the unit sends back. Rows of tasks signed off for the unit are dropped.
 */
export async function filledSheet(project: string, unit: string, rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(project, 'dist/units', unit, 'tasks.xlsx'));
  const sheet = workbook.worksheets.find((candidate) => candidate.state === 'visible')!;
  let header = 0;
  const at = new Map<string, number>();
  for (let row = 1; row <= 10 && header === 0; row += 1) {
    sheet.getRow(row).eachCell((cell, column) => at.set(text(cell.value), column));
    if (at.has(HEADERS.state)) header = row;
    else at.clear();
  }
  const [state, progress, key] = [HEADERS.state, HEADERS.progress, HEADERS.key].map((name) => at.get(name));
  // The sheet lists the tasks the unit oversees (督办, 审核…) too; only 牵头 and 配合 report on theirs.
  const role = at.get(t('exports.sheet.role'));
  if (header === 0 || state === undefined || progress === undefined || key === undefined) throw new Error(`${unit}: the sheet has no ${HEADERS.state}, ${HEADERS.progress} or ${HEADERS.key} column`);
  const skip = signedOff(project, unit);
  let filled = 0;
  let row = header + 1;
  while (row <= sheet.rowCount) {
    const task = text(sheet.getCell(row, key).value);
    const reports = role === undefined || !/督办|问责|审核/.test(text(sheet.getCell(row, role).value));
    if (filled < rows && task !== '' && reports && !skip.has(task)) {
      sheet.getCell(row, state).value = '推进中';
      sheet.getCell(row, progress).value = '已开展专项排查，发现问题正在整改。';
      filled += 1;
      row += 1;
    } else if (task !== '') {
      sheet.spliceRows(row, 1);
    } else {
      row += 1; // a heading row or the lines under the table: kept as the unit leaves them
    }
  }
  if (filled < rows) throw new Error(`${unit}: only ${filled} open tasks to fill, ${rows} wanted`);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Imports `rows` filled rows of `unit`'s sheet into `project`, and the seconds it took. */
export async function timeImport(project: string, unit: string, rows: number): Promise<number> {
  const file = join(project, `${unit}-任务分解表.xlsx`);
  writeFileSync(file, await filledSheet(project, unit, rows));
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), 'report', file, '--root', project], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`import failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  return seconds;
}
