/**
 * The case statistics and the disclosure tables as staff see them, on the good fixture with the
 * case fixture laid over it (tests/fixtures/case-content, the cases of tests/unit/data/cases.ts):
 * the day's report text and its copy button, the tables' figures, the disclosure table of 第1批
 * (D1 alone is published) as a page, an Excel and a Word file with no personal data, the index
 * of tables, and the page printed landscape. Every page valid, axe-clean, fitting 360 px.
 */
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PATH } from '../../playwright.config.ts';
import { axeViolations, validationMessages } from './support/sweep.ts';
import { PERSONAL } from '../unit/data/cases.ts';
import { requireExcelJS } from './support/exceljs.ts';
import { caseFixtureSite } from './support/fixtureSite.ts';


const PRESS =
  '截至9月21日，省环境保护督察组交办我区群众信访举报件共2批5件（其中9月21日第2批2件）。' +
  '按污染类型分（一件涉及多种污染类型的分别计入）：大气2件、噪声2件、水1件、扬尘1件、其他1件；' +
  '按行业分：餐饮业2件、化工1件、建筑业1件、未注明行业1件；按区域分：丙镇3件、丁街道2件。' +
  '已办结3件（含阶段性办结1件），正在办理1件，尚未报送办理情况1件，办结率60.0%。' +
  '已办结的3件中，属实1件、部分属实1件、不属实1件，属实率66.7%。';

const site = caseFixtureSite();

const PAGES = ['cases/stats/', 'cases/disclosure/', 'cases/disclosure/1/'];

test('the statistics and disclosure pages are valid, axe-clean, fit a 360 px phone, and show no personal data', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of PAGES) {
    expect.soft(await validationMessages(join(site.dist(), path, 'index.html')), path).toEqual([]);
    await page.goto(`${site.origin()}${BASE_PATH}${path}`);
    expect.soft(await axeViolations(page), path).toEqual([]);
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    const html = await page.content();
    for (const value of PERSONAL) expect.soft(html, path).not.toContain(value);
  }
});

test('the statistics page gives the day’s report text, copied by its button, and each breakdown’s figures', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${site.origin()}${BASE_PATH}cases/stats/`);
  await expect(page.locator('[data-copy-source]')).toHaveText(PRESS);
  await page.getByRole('button', { name: '复制通报文字' }).click();
  await expect(page.getByRole('status')).toHaveText('已复制。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PRESS);

  await expect(page.getByRole('table', { name: '按污染类型' }).getByRole('row')).toHaveText([/污染类型件数占交办件比例/, '大气240.0%', '噪声240.0%', '水120.0%', '扬尘120.0%', '其他120.0%']);
  await expect(page.getByText('一件涉及多种污染类型的分别计入，各类型件数之和（7 件）大于交办件总数（5 件）。')).toBeVisible();
  await expect(page.getByRole('table', { name: '按批次' }).getByRole('row')).toHaveText([/批次/, '第1批2022年9月20日33', '第2批2022年9月21日25']);
  await expect(page.getByRole('table', { name: '按责任单位（牵头）' }).getByRole('row')).toHaveText([/责任单位/, '区甲局240.0%', '区乙局240.0%', '丙镇120.0%']);
  await expect(page.getByText('办结率 60.0%：已办结 3 件（含阶段性办结），交办 5 件。')).toBeVisible();
  await expect(page.getByRole('img', { name: '按区域（条形图）' })).toBeVisible();
});

test('without script, the report text is there to select, and no dead button shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin()}${BASE_PATH}cases/stats/`);
  await expect(page.locator('[data-copy-source]')).toHaveText(PRESS);
  await expect(page.getByRole('button', { name: '复制通报文字' })).toBeHidden();
  await context.close();
});

test('the disclosure table of 第1批 lists the published case only, masked, and its files read back the same', async ({ page }) => {
  await page.goto(`${site.origin()}${BASE_PATH}cases/disclosure/`);
  await expect(page.getByRole('table', { name: '各批次公开情况一览表' }).getByRole('row')).toHaveText([/批次/, '第1批2022年9月20日13Excel Word']);
  await page.getByRole('link', { name: '第1批' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('群众信访举报转办和边督边改公开情况一览表（第1批）');
  const table = page.getByRole('table', { name: '群众信访举报转办和边督边改公开情况一览表（第1批）' });
  await expect(table.getByRole('columnheader')).toHaveText(['序号', '受理编号', '交办问题基本情况', '行政区域', '污染类型', '调查核实情况', '是否属实', '处理和整改情况', '责任人被处理情况']);
  await expect(table.getByRole('row')).toHaveText([/序号/, '1D1张某（电话138******78，身份证320*************34）反映某饭店油烟和噪声扰民。丙镇大气、噪声经查，该饭店油烟净化器未开启。属实责令整改，已安装新净化器。张某已获告知。无']);

  const xlsx = await page.request.get(`${site.origin()}${BASE_PATH}cases/disclosure/1/disclosure.xlsx`);
  const ExcelJS = requireExcelJS();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await xlsx.body()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect([sheet.getCell('A1').value, sheet.getRow(4).getCell(2).value, sheet.rowCount]).toEqual(['群众信访举报转办和边督边改公开情况一览表（第1批）', 'D1', 4]);

  const docx = await page.request.get(`${site.origin()}${BASE_PATH}cases/disclosure/1/disclosure.docx`);
  const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')!.async('string');
  expect(xml.replace(/<[^>]+>/g, '')).toContain('群众信访举报转办和边督边改公开情况一览表（第1批）');
  const files = `${xml}${JSON.stringify(sheet.getSheetValues())}`;
  for (const value of PERSONAL) expect(files).not.toContain(value);
  for (const other of ['D2', 'D3']) expect(files).not.toContain(other);
});

test('printed, the disclosure table is the table alone on landscape A4', async ({ page }, testInfo) => {
  await page.goto(`${site.origin()}${BASE_PATH}cases/disclosure/1/`);
  const path = testInfo.outputPath('disclosure.pdf');
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59\d\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('群众信访举报转办和边督边改公开情况一览表（第1批）');
  expect(text).not.toContain('下载Excel文件');
});
