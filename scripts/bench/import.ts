/**
 * npm run bench:import [-- <tasks>] — the time to import a unit's 200-row sheet: a synthetic site
 * of N tasks (1,000 unless given), the 任务分解表 of its unit with the most tasks cut to 200 rows,
 * every row filled in with exceljs as a unit would; then, median of 3, the time to read the file
 * and map its rows (src/import/reportImport.ts), and the whole import as `npm run import` runs it
 * (src/import/run.ts: the content read for the site, the file written, the content check after),
 * with the content check alone for comparison. Target (issue 15): the import of a 200-row sheet
 * within 2 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkContent } from '../../src/check/checkContent.ts';
import { exportTasks, tasksByUnit, taskSheet } from '../../src/data/views/exports.ts';
import { HEADERS } from '../../src/import/format.ts';
import { readReport } from '../../src/import/reportImport.ts';
import { importReport, projectSite } from '../../src/import/run.ts';
import { reportFilePath } from '../../src/import/reportFile.ts';
import { sheetWorkbook } from '../../src/lib/workbook.ts';
import { generate } from './generate.ts';

const count = Number(process.argv[2] ?? 1000);
const ROWS = 200;
const TODAY = '2022-06-30';

/** Median of three timed runs of `run`, in seconds, and its CPU seconds (user + system). */
async function median(run: () => Promise<unknown> | unknown): Promise<{ seconds: number; cpu: number }> {
  const times: { seconds: number; cpu: number }[] = [];
  for (let index = 0; index < 3; index += 1) {
    const [start, cpu] = [performance.now(), process.cpuUsage()];
    await run();
    const used = process.cpuUsage(cpu);
    times.push({ seconds: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 });
  }
  return times.sort((a, b) => a.seconds - b.seconds)[1]!;
}

const root = mkdtempSync(join(tmpdir(), 'duban-bench-import-'));
try {
  generate(root, { tasks: count, units: Math.max(10, Math.round(count / 100)), checklists: 20, meetings: 10 });
  const site = projectSite(root);
  const byUnit = tasksByUnit(site, exportTasks(site, (path) => `/${path}`));
  const [unit, tasks] = [...byUnit].filter(([id]) => site.content.departmentById.get(id)!.data.members === undefined).sort((a, b) => b[1].length - a[1].length)[0]!;
  if (tasks.length < ROWS) throw new Error(`the unit with most tasks has ${tasks.length}, fewer than ${ROWS}: give more tasks`);

  // The unit's sheet, 200 rows, each filled in.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await sheetWorkbook(taskSheet(site, tasks.slice(0, ROWS), { unit, date: '2022-06-01' }))).buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(3).values as unknown[]).map(String);
  const [state, progress, problems] = [HEADERS.state, HEADERS.progress, HEADERS.problems].map((name) => header.indexOf(name));
  for (let row = 4; row < 4 + ROWS; row += 1) {
    sheet.getCell(row, state!).value = ['未启动', '推进中', '已完成', '申请销号'][row % 4]!;
    sheet.getCell(row, progress!).value = `第${row - 3}项已按要求推进，完成自查${row % 7}处，整改到位${row % 5}处。`;
    sheet.getCell(row, problems!).value = row % 3 === 0 ? '个别台账资料不全。' : null;
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const name = `${site.content.departmentById.get(unit)!.data.name}-任务分解表-2022-06-01.xlsx`;

  const read = await median(() => readReport(name, bytes, site, { today: TODAY }));
  const check = await median(() => checkContent(root, { base: null }));
  const whole = await median(async () => {
    rmSync(join(root, reportFilePath(unit, '2022-06-01')), { force: true });
    const outcome = await importReport({ root, name, bytes, partial: false, today: TODAY });
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  });
  const figure = ({ seconds, cpu }: { seconds: number; cpu: number }) => `${seconds.toFixed(2)} s (CPU ${cpu.toFixed(2)} s)`;
  console.log(`import of a ${ROWS}-row sheet (${(bytes.length / 1024).toFixed(0)} KB), site of ${count} tasks and ${site.content.departments.length} units, median of 3:`);
  console.log(`  read the file and map its rows:            ${figure(read)}`);
  console.log(`  whole import (content read, write, check): ${figure(whole)}`);
  console.log(`  of which one content check:                ${figure(check)}`);

  // Issue 16: a team's batch of 500 petition cases (npm run import -- cases). Target: within 3 s.
  const units = site.content.departments.filter((each) => each.data.members === undefined);
  const regions = units.filter((each) => ['街道', '镇', '板块'].includes(each.data.kind));
  const types = ['大气', '水、噪声', '扬尘', '油烟；其他'];
  const batchBook = new ExcelJS.Workbook();
  const batchSheet = batchBook.addWorksheet('第1批');
  batchSheet.addRow(['中央生态环境保护督察组交办群众信访举报件（第1批）']);
  batchSheet.addRow(['交办时间：2022年6月1日']);
  batchSheet.addRow(['序号', '受理编号', '信访方式', '信访人反映的主要问题', '所属区域', '污染类型', '行业类别', '承办单位', '配合单位', '是否重点', '办理时限']);
  for (let index = 0; index < 500; index += 1) {
    const lead = units[index % units.length]!;
    const assist = units[(index + 1) % units.length]!;
    batchSheet.addRow([index + 1, `D1SX2022060100${String(index).padStart(3, '0')}`, index % 2 === 0 ? '来电' : '来信', `反映第${index + 1}处企业夜间排放异味，周边居民反映强烈，要求查处。`, regions[index % regions.length]!.data.name, types[index % types.length], '制造业', lead.data.name, assist.data.name, index % 10 === 0 ? '是' : '', '6月16日']);
  }
  batchSheet.addRow(['合计', '500件']);
  const batchBytes = new Uint8Array(await batchBook.xlsx.writeBuffer());
  const { importCases } = await import('../../src/import/casesRun.ts');
  const batch = await median(async () => {
    rmSync(join(root, 'content/cases'), { recursive: true, force: true });
    const outcome = await importCases({ root, name: '第1批.xlsx', bytes: batchBytes, partial: false, today: TODAY });
    if (!outcome.ok) throw new Error(outcome.errors.slice(0, 5).join('\n'));
  });
  console.log(`import of a 500-case batch (${(batchBytes.length / 1024).toFixed(0)} KB), median of 3 (target 3 s):`);
  console.log(`  whole import (case content read, write, check): ${figure(batch)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
