/**
 * Progress as staff see it, on a site built from the good fixture (the real content has no report
 * yet): the task page's units with their states, the unit page's 未报送 judged on the reader's date
 * (and stated for the build's without JavaScript), the 进度总览 sorted by links alone, its Excel
 * file, and the matrix's state symbols with their words. Every page valid, axe-clean, fitting 360 px.
 * The case fixture (tests/fixtures/case-content) is laid over it, so the 进度总览 has its case columns.
 */
import { expect, test } from '@playwright/test';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type ExcelJSModule from 'exceljs';
import { BASE_PATH } from '../../playwright.config.ts';
import { axeViolations, validationMessages } from './support/sweep.ts';
import { READING_DAY } from './support/clock.ts';
import { caseFixtureSite } from './support/fixtureSite.ts';

const site = caseFixtureSite();

const PAGES = ['progress/', 'progress/overdue/', 'tasks/good/', 'units/a/', 'units/a/progress/', 'reports/b/', 'matrix/members/'];

test('the progress pages are valid, axe-clean, and fit a 360 px phone', async ({ page }) => {
  // Seven pages validated and run through axe: some 10 s alone, past the default 30 s under a full suite's load.
  test.setTimeout(90_000);
  await page.clock.setFixedTime(READING_DAY);
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of PAGES) {
    expect.soft(await validationMessages(join(site.dist(), path, 'index.html')), path).toEqual([]);
    await page.goto(`${site.origin()}${BASE_PATH}${path}`);
    expect.soft(await axeViolations(page), path).toEqual([]);
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});

test('on a 360 px phone, unit names read on one line: the task page’s units as cards, the 进度总览’s name column kept wide', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  // Squeezed into a column, 区甲局 wrapped one character a line: a link one character wide.
  const oneLine = async (link: ReturnType<typeof page.getByRole>) => {
    const box = (await link.boundingBox())!;
    return box.width > box.height * 2;
  };
  await page.goto(`${site.origin()}${BASE_PATH}tasks/good/`);
  expect(await oneLine(page.getByRole('table', { name: '各单位落实进展' }).getByRole('link', { name: '区甲局' }))).toBe(true);
  await page.goto(`${site.origin()}${BASE_PATH}progress/`);
  expect(await oneLine(page.locator('table.overview-table').getByRole('link', { name: '区甲局' }))).toBe(true);
});

test('the 进度总览’s totals are recounted with its rows on the reader’s date', async ({ page }) => {
  const totals = page.getByText(/^共 2 个单位、2 项任务：/);
  // 2022-05-17: unit a reported two days before; unit b has nothing left to report on.
  await page.clock.setFixedTime(READING_DAY);
  await page.goto(`${site.origin()}${BASE_PATH}progress/`);
  await expect(page.locator('table.overview-table [data-unreported]')).toBeHidden();
  await expect(totals).toHaveText('共 2 个单位、2 项任务：已销号 1 项，已完成待销号 0 项，推进中 1 项，未启动 0 项；逾期 0 项；0 个单位未报送。');
  await page.clock.setFixedTime(new Date('2022-05-25T09:00:00+08:00'));
  await page.reload();
  await expect(page.locator('table.overview-table [data-unreported]')).toHaveText('已 10 天未报送');
  await expect(totals).toHaveText('共 2 个单位、2 项任务：已销号 1 项，已完成待销号 0 项，推进中 1 项，未启动 0 项；逾期 0 项；1 个单位未报送。');
});

test('the task page names each unit’s state, last report, 进展情况 and evidence', async ({ page }) => {
  await page.clock.setFixedTime(READING_DAY);
  await page.goto(`${site.origin()}${BASE_PATH}tasks/good/`);
  const table = page.getByRole('table', { name: '各单位落实进展' });
  await expect(table.getByRole('row')).toHaveText([/单位/, /区甲局.*牵头.*推进中.*2022年5月15日.*已完成自查方案/, /区乙局.*作为“各单位”成员配合.*已销号.*2022年5月18日同意销号.*2022年5月16日.*自查报告.*工作动态/]);
  const evidence = table.getByRole('link', { name: '自查报告' });
  await expect(evidence).toHaveAttribute('href', `${BASE_PATH}reports/b/2022-05-16/zicha.txt`);
  expect(await (await page.request.get(`${site.origin()}${BASE_PATH}reports/b/2022-05-16/zicha.txt`)).text()).toContain('自查报告（测试用）');
  await expect(table.getByRole('link', { name: '工作动态' })).toHaveAttribute('href', 'https://intranet.example/dongtai/1');
});

test('未报送 is judged on the reader’s date with JavaScript, and stated for the build’s date without', async ({ page, browser }) => {
  // 2022-05-17: two days after unit a's report, within the weekly cycle.
  await page.clock.setFixedTime(READING_DAY);
  await page.goto(`${site.origin()}${BASE_PATH}units/a/`);
  const section = page.getByRole('region', { name: '落实进展' });
  await expect(section.getByText('逾期、未报送按今天（2022年5月17日）计算。')).toBeVisible();
  await expect(section.locator('[data-unreported]')).toBeHidden();
  await page.clock.setFixedTime(new Date('2022-05-25T09:00:00+08:00'));
  await page.reload();
  await expect(section.locator('[data-unreported]')).toHaveText('已 10 天未报送');

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(`${site.origin()}${BASE_PATH}units/a/`);
  // Within the tasks' section: the unit's cases (the case fixture is laid over this site) say it too.
  await expect(plain.getByRole('region', { name: '落实进展' }).getByText(/^逾期、未报送按网页生成之日（\d{4}年\d{1,2}月\d{1,2}日）计算。$/)).toBeVisible();
  await expect(plain.locator('[data-unreported]')).toHaveText(/^已 \d+ 天未报送$/);
  await context.close();
});

test('the 进度总览 sorts by its column headers without JavaScript, and downloads as Excel', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin()}${BASE_PATH}progress/`);
  await expect(page.getByRole('img', { name: /各单位任务落实情况条形图/ })).toBeVisible();
  const firstUnits = () => page.locator('table.overview-table tbody th').allTextContents();
  expect(await firstUnits()).toEqual(['区甲局', '区乙局']);
  await page.getByRole('columnheader', { name: '已销号' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/progress\/signedOff\/$/);
  expect(await firstUnits()).toEqual(['区乙局', '区甲局']);
  await expect(page.getByRole('columnheader', { name: '已销号' })).toHaveAttribute('aria-sort', 'descending');

  const response = await page.request.get(`${site.origin()}${BASE_PATH}progress/progress.xlsx`);
  // As exports.spec.ts loads it: exceljs is CommonJS.
  const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSModule;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.body()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('进度总览')!;
  // 区乙局 leads D2 (阶段性办结) and D5 (已办结): 2 cases, both 办结.
  expect([sheet.getRow(3).values, (sheet.getRow(5).values as unknown[]).slice(1, 11)]).toEqual([
    [undefined, '序号', '单位', '已销号', '已完成待销号', '推进中', '未启动', '逾期', '牵头交办件', '交办件已办结', '交办件逾期', '最近报送', '未报送'],
    [2, '区乙局', 1, 0, 0, 0, 0, 2, 2, 0],
  ]);
  await context.close();
});

test('the 进度总览 counts each unit’s petition cases as lead, with their totals', async ({ page }) => {
  await page.clock.setFixedTime(READING_DAY);
  await page.goto(`${site.origin()}${BASE_PATH}progress/`);
  const table = page.locator('table.overview-table');
  await expect(table.locator('thead th')).toHaveText(['单位', '任务', '已销号', '已完成待销号', '推进中', '未启动', '逾期', '牵头 交办件', '交办件 已办结', '交办件 逾期', '最近报送']);
  // 区甲局 leads D1 (已办结) and D4 (办理中, due 10-06, past by the build's date); 区乙局 D2 and D5, both 办结.
  // 丙镇 leads D3 but carries no task here, so it has no line and its case is not in the totals.
  const cases = async (unit: string) => (await table.getByRole('row', { name: new RegExp(`^${unit}`) }).locator('td').allTextContents()).slice(6, 9);
  expect([await cases('区甲局'), await cases('区乙局')]).toEqual([
    ['2', '1', '1'],
    ['2', '2', '0'],
  ]);
  await expect(page.getByText('各单位牵头交办信访件 4 件：已办结 3 件，逾期 1 件。')).toBeVisible();
});

test('the matrix shows each unit’s state as a symbol, read out as its word', async ({ page }) => {
  await page.goto(`${site.origin()}${BASE_PATH}matrix/members/`);
  const row = page.getByRole('row', { name: /完成自查/ });
  await expect(row.getByRole('cell')).toHaveText(['牵头◐，推进中', '成员配合✔，已销号']);
  await expect(page.locator('.matrix-legend li')).toHaveText(['□ 尚未报送', '○ 未启动', '◐ 推进中', '↺ 退回', '● 已完成待销号', '◉ 申请销号', '✔ 已销号']);
});
