/**
 * "Done means" of the reports (issue 15), end to end: 区甲局 downloads its 任务分解表 from a fixture
 * project, fills it in with exceljs as a unit does in Excel — 完成情况 moved to the front, a column
 * of its own inserted, a new title, 填报日期 typed as a date serial — and sends it back; the
 * importer (`node scripts/import.ts report <file>`, run as an editor runs it) writes the report,
 * the site is built once, and the task page, the unit page, the matrix, the 进度总览 and a
 * 督查通报 issued after the report all show what the unit wrote.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { ROOT } from '../../scripts/bench/site.ts';
import { projectAround } from '../unit/site/project.ts';
import { BASE_PATH } from '../../playwright.config.ts';
import { afterExcelJS, requireExcelJS } from './support/exceljs.ts';
import { buildAndServe, type ServedProject } from './support/fixtureSite.ts';

/** The file as 区甲局 sends it back. */
const NAME = '区甲局-任务分解表-2022-05-16.xlsx';
/** 2022-05-20 as Excel counts days: what a cell typed as a date holds. */
const REPORT_SERIAL = 44701;
/** The reader's day: after the report and the bulletin, within the weekly reporting cycle. */
const READING_DAY = new Date('2022-05-24T09:00:00+08:00');

let project = '';
let served: ServedProject | undefined;
let origin = '';
let imported = '';
/** The import tests' helpers to fill a sheet, loaded once exceljs is (support/exceljs.ts). */
let sheets: typeof import('../unit/import/sheets.ts');

/** 区甲局's sheet from the project, filled in and re-typed as a unit would. */
async function filledSheet(root: string): Promise<Uint8Array> {
  const { bytesOf, column, fill, sheetOf, unitWorkbook } = sheets;
  const { projectSite } = await import('../../src/import/run.ts');
  const workbook = await unitWorkbook(projectSite(root), 'a');
  const sheet = sheetOf(workbook);
  fill(sheet, '完成自查', { 完成情况: '已完成', 进展情况: '自查报告已报送区环保局。', 责任人: '李某某' });
  fill(sheet, '报送台账', { 完成情况: '推进中', 进展情况: '台账已整理过半。', 存在问题: '部分凭证缺失。' });
  fill(sheet, '严格把关', { 完成情况: '申请销号', 进展情况: '已逐项把关，申请销号。' });
  // exceljs moves no merged range with its columns (Excel does): undo the merges, re-make them after.
  const dateRow = fieldRow(sheet);
  for (const merged of [...mergedRanges(sheet)]) sheet.unMergeCells(merged);
  // 完成情况 moved to the front, after 序号; a column of the unit's own before 进展情况.
  const state = column(sheet, '完成情况');
  const values = (sheet.getColumn(state).values as ExcelJS.CellValue[]).slice(1);
  sheet.spliceColumns(state, 1);
  sheet.spliceColumns(2, 0, values);
  sheet.spliceColumns(column(sheet, '进展情况'), 0, [null, null, '经办科室']);
  sheet.getCell('A1').value = '区甲局迎检任务进展（5月第3周）';
  sheet.mergeCells(1, 1, 1, 8);
  // 填报日期 typed in as a date: Excel keeps the serial number.
  const label = labelColumn(sheet, dateRow);
  sheet.getCell(dateRow, label + 1).value = REPORT_SERIAL;
  return bytesOf(workbook);
}

/** The merged ranges of a sheet (`A1:M1`). */
function mergedRanges(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.model as { merges?: string[] }).merges ?? [];
}

/** The row of the line 填报日期 under the table. */
function fieldRow(sheet: ExcelJS.Worksheet): number {
  for (let line = sheet.rowCount; line >= 1; line -= 1) {
    if ((sheet.getRow(line).values as unknown[]).some((value) => typeof value === 'string' && value.startsWith('填报日期'))) return line;
  }
  throw new Error('no 填报日期 line');
}

/** The column of the label 填报日期 in its row. */
function labelColumn(sheet: ExcelJS.Worksheet, line: number): number {
  return (sheet.getRow(line).values as unknown[]).findIndex((value) => typeof value === 'string' && value.startsWith('填报日期'));
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // The good fixture with the import tests' tasks: 区甲局 leads two, and a third through its group.
  sheets = await afterExcelJS(() => import('../unit/import/sheets.ts'));
  const { importProject } = await import('../unit/import/project.ts');
  const prepared = importProject();
  project = projectAround(join(prepared, 'content'));
  rmSync(prepared, { recursive: true, force: true });
  // A bulletin issued after the report, which must count it.
  writeFileSync(join(project, 'content/bulletins/2.yaml'), 'date: 2022-05-24\nrectifyBy: 2022-05-31\ncc:\n  - 区委、区政府主要领导\n');
  writeFileSync(join(project, NAME), await filledSheet(project));
  imported = execFileSync(process.execPath, [join(ROOT, 'scripts/import.ts'), 'report', NAME], { cwd: project, encoding: 'utf8' });
  served = await buildAndServe(project);
  origin = served.origin;
});

test.afterAll(() => {
  served?.close();
  // A failed build leaves no server; the project is still removed.
  if (served === undefined && project !== '') rmSync(project, { recursive: true, force: true });
});

test('the importer writes 区甲局’s report from the re-typed sheet, dated by its 填报日期 serial', async () => {
  // The sheet sent back is re-typed: 完成情况 second, the unit's own column before 进展情况.
  const workbook = new (requireExcelJS().Workbook)();
  await workbook.xlsx.readFile(join(project, NAME));
  const sent = sheets.sheetOf(workbook);
  expect([sheets.column(sent, '完成情况'), sheets.column(sent, '经办科室') + 1]).toEqual([2, sheets.column(sent, '进展情况')]);
  expect(imported.trim().split('\n')).toEqual([
    '已写入 content/reports/a/2022-05-20.yaml（区甲局 2022年5月20日的报送，来源：区甲局-任务分解表-2022-05-16.xlsx）',
    '  新增 3 项：完成自查（已完成）、报送台账（推进中）、严格把关（申请销号）',
    '  责任人：李某某',
    '内容检查通过。',
  ]);
});

test('the task page shows 区甲局’s state, report date and 进展情况', async ({ page }) => {
  await page.clock.setFixedTime(READING_DAY);
  await page.goto(`${origin}${BASE_PATH}tasks/good/`);
  const row = page.getByRole('table', { name: '各单位落实进展' }).getByRole('row', { name: /^区甲局/ });
  await expect(row.getByRole('cell')).toHaveText(['牵头', '已完成待销号', '2022年5月20日', '自查报告已报送区环保局。', '']);
});

test('the unit page counts the imported states and lists the report; its pages show every task and the full report', async ({ page }) => {
  await page.clock.setFixedTime(READING_DAY);
  await page.goto(`${origin}${BASE_PATH}units/a/`);
  const section = page.getByRole('region', { name: '落实进展' });
  await expect(section.getByText('最近一次报送：2022年5月20日。')).toBeVisible();
  await expect(section.locator('[data-unreported]')).toBeHidden();
  await expect(section).toContainText('已销号0 项已完成待销号2 项推进中1 项未启动0 项逾期0 项');
  await expect(section.getByRole('listitem').filter({ hasText: /报送 \d+ 项任务的进展/ })).toHaveText(['2022年5月20日 报送 3 项任务的进展', '2022年5月15日 报送 1 项任务的进展']);

  await section.getByRole('link', { name: '查看全部 3 项任务的落实情况' }).click();
  await expect(page.getByRole('table', { name: '区甲局各项任务落实情况' }).getByRole('row')).toHaveText([
    // No row has evidence: the table has no evidence column.
    '任务角色落实情况最近报送进展情况',
    '完成自查牵头已完成待销号2022年5月20日自查报告已报送区环保局。',
    '报送台账牵头推进中2022年5月20日台账已整理过半。',
    '严格把关作为“各单位”成员落实申请销号2022年5月20日已逐项把关，申请销号。',
  ]);

  await page.goto(`${origin}${BASE_PATH}reports/a/`);
  const report = page.getByRole('region', { name: '2022年5月20日报送' });
  await expect(report.getByText('责任人：李某某')).toBeVisible();
  await expect(report.getByRole('article').filter({ hasText: '报送台账' }).locator('dd')).toHaveText(['推进中', '台账已整理过半。', '部分凭证缺失。']);
});

test('the matrix shows each of 区甲局’s imported states as a symbol and its word', async ({ page }) => {
  await page.goto(`${origin}${BASE_PATH}matrix/members/`);
  const cellsOf = (title: string) => page.getByRole('row', { name: new RegExp(`^${title}`) }).getByRole('cell');
  await expect(cellsOf('完成自查')).toHaveText(['牵头●，已完成待销号', '成员配合✔，已销号']);
  await expect(cellsOf('报送台账')).toHaveText(['牵头◐，推进中', '配合□，尚未报送']);
  await expect(cellsOf('严格把关')).toHaveText(['成员◉，申请销号', '成员□，尚未报送']);
});

test('the 进度总览 counts 区甲局’s report, and does not flag it 未报送 on the reader’s day', async ({ page }) => {
  await page.clock.setFixedTime(READING_DAY);
  await page.goto(`${origin}${BASE_PATH}progress/`);
  await expect(page.getByRole('row', { name: /^区甲局/ }).getByRole('cell')).toHaveText(['3', '0', '2', '1', '0', '0', '2022年5月20日']);
  await expect(page.getByRole('row', { name: /^区乙局/ }).getByRole('cell').last()).toHaveText('2022年5月16日已 8 天未报送');
});

test('a 督查通报 issued after the report counts it, and names only the unit that did not report', async ({ page }) => {
  await page.goto(`${origin}${BASE_PATH}bulletins/2/`);
  await expect(page.getByText(/^本期督查任务4项/)).toHaveText('本期督查任务4项，涉及2个单位，按单位计共7项。其中，已销号1项，已完成待销号2项，推进中1项，未启动3项；已超过完成时限仍未完成0项。');
  await expect(page.getByRole('table', { name: '各单位任务推进情况表' }).getByRole('row')).toHaveText([
    '序号单位已销号已完成待销号推进中未启动逾期最近报送',
    '1区甲局021002022年5月20日',
    '2区乙局100302022年5月16日',
    '合计12130',
  ]);
  await expect(page.getByText(/共1个单位未按时报送/)).toHaveText('区乙局（最近一次报送为2022年5月16日）共1个单位未按时报送工作进展情况。');
  await expect(page.locator('main').getByRole('link', { name: '区甲局' })).toHaveCount(0);
});
