/**
 * The 督查通报 as staff get it, on a site built from the good fixture (the real content has no
 * bulletin until the office issues one): the bulletin and a 督办通知 are valid, axe-clean pages that
 * fit a phone, print as the 公文 alone on A4 with "— 1 —" page numbers, and offer Word files that
 * are .docx files holding the document. The case fixture (tests/fixtures/case-content) is laid over
 * it with a second bulletin of 2022-09-26, between the fixture's reports, for the petition cases' part.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildProject } from '../../scripts/bench/site.ts';
import { projectAround, withCaseContent } from '../unit/site/project.ts';
import { BASE_PATH } from '../../playwright.config.ts';
import { axeViolations, validationMessages } from './support/sweep.ts';
import { originOf, serveDist } from './support/fixtureSite.ts';

let project = '';
let server: Server | undefined;
let origin = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  project = withCaseContent(projectAround(join(import.meta.dirname, '../fixtures/good-content/content')));
  // After both batches (9-20, 9-21) and the leads' reports of 9-25 and 9-26, before D1's 销号 (9-28).
  writeFileSync(join(project, 'content/bulletins/2.yaml'), 'date: 2022-09-26\nrectifyBy: 2022-09-30\n');
  // Issued on 5-25 rather than 5-20: ten days after 区甲局's last report (5-15), so it is 未报送 and
  // gets a 督办通知; 区乙局 was signed off on 5-18. (完成自查's 5月19日 has an inferred year: no 逾期.)
  const file = join(project, 'content/bulletins/1.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('date: 2022-05-20', 'date: 2022-05-25').replace('rectifyBy: 2022-05-27', 'rectifyBy: 2022-06-01'));
  buildProject(project, BASE_PATH);
  server = await serveDist(join(project, 'dist'));
  origin = originOf(server);
});

test.afterAll(() => {
  server?.close();
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

const PAGES = ['bulletins/', 'bulletins/1/', 'bulletins/1/notices/a/', 'bulletins/2/', 'bulletins/2/notices/c/'];

test('the bulletin pages are valid, axe-clean, and fit a 360 px phone', async ({ page }) => {
  for (const path of PAGES) {
    expect.soft(await validationMessages(join(project, 'dist', path, 'index.html')), path).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}${BASE_PATH}${path}`);
    expect.soft(await axeViolations(page), path).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBe(0);
  }
});

test('the bulletin reads as a 公文 and leads to its notices and its Word file', async ({ page, request }) => {
  await page.goto(`${origin}${BASE_PATH}bulletins/`);
  await page.getByRole('link', { name: '第1期' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于各单位工作任务推进情况的通报');
  await expect(page.locator('.masthead')).toContainText('督查通报第1期XX区两办督查中心2022年5月25日');
  await expect(page.getByRole('table', { name: '各单位任务推进情况表' }).getByRole('row')).toHaveText([
    '序号单位已销号已完成待销号推进中未启动逾期最近报送',
    '1区甲局001002022年5月15日',
    '2区乙局100002022年5月16日',
    '合计10100',
  ]);
  const download = page.getByRole('link', { name: '下载 Word 文件（.docx）' });
  await expect(download).toHaveAttribute('download', 'XX区-督查通报-第1期-2022-05-25.docx');
  const docx = await request.get(new URL((await download.getAttribute('href'))!, origin).href);
  const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')!.async('string');
  expect(xml.replace(/<[^>]+>/g, '')).toContain('关于各单位工作任务推进情况的通报');

  await page.getByRole('link', { name: '区甲局' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于督促区甲局限期整改的督办通知');
  await expect(page.getByText('根据第1期督查通报，截至2022年5月25日，你单位自2022年5月15日以来未报送工作进展情况。')).toBeVisible();
});

test('a bulletin after the batches counts the petition cases as of its date and names the late lead, who gets a 督办通知', async ({ page }) => {
  await page.goto(`${origin}${BASE_PATH}bulletins/2/`);
  // The case fixture's hand count (tests/unit/data/cases.ts): D1 and D5 已办结, D2 阶段性办结, D3 (丙镇) past 9-25.
  await expect(page.getByText('交办信访件方面，截至2022年9月26日，共收到督察组交办信访件2批5件，已办结3件（含阶段性办结1件），已超过办理时限仍未办结1件。')).toBeVisible();
  await expect(page.getByRole('heading', { name: /逾期未办结的交办信访件$/ })).toBeVisible();
  await expect(page.getByText('丙镇牵头办理的1件交办信访件已超过办理时限仍未办结：D3（第1批，办理时限：2022年9月25日）。')).toBeVisible();
  await page.getByRole('link', { name: '丙镇' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于督促丙镇限期整改的督办通知');
  await expect(page.getByText('1．受理编号 D3（第1批，办理时限：2022年9月25日）')).toBeVisible();
});

test('printed, the bulletin is the 公文 alone on A4, numbered "— 1 —"', async ({ page }, testInfo) => {
  await page.goto(`${origin}${BASE_PATH}bulletins/1/`);
  const path = testInfo.outputPath('bulletin.pdf');
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((sheet) => sheet.trim() !== '');
  // The first page opens with the 版头 (no blank page before it), every page carries its number.
  expect(pages[0]!.trim().replace(/\s+/g, '')).toMatch(/^督查通报第1期XX区两办督查中心2022年5月25日关于各单位工作任务推进情况的通报/);
  // pdftotext drops the spaces inside "— 1 —".
  pages.forEach((sheet, index) => expect(sheet.replace(/\s+/g, '')).toContain(`—${index + 1}—`));
  expect(text).toContain('抄送：区委、区政府主要领导。');
  // No site chrome: not the site's title, the navigation, the downloads or the notices list.
  for (const chrome of ['迎接省环保督察工作督办平台', '首页', '下载 Word 文件', '以下单位有逾期']) expect(text).not.toContain(chrome);
});
