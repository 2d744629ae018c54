/**
 * The case pages as staff see them, on the good fixture with the case overlay (the real content has
 * no case yet): a case page with its handling, 逾期 judged on the reader's date (and stated for the
 * build's without JavaScript), the ledger's filters in the address answered by the search index,
 * a unit's case sums, a 受理编号 typed into search finding its case first, and no personal data of
 * the fixture anywhere in the built site or its index. Every page valid, axe-clean, fitting 360 px,
 * and asking nothing of another origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { buildProject } from '../../scripts/bench/site.ts';
import { PERSONAL } from '../unit/data/cases.ts';
import { projectAround, withCaseContent } from '../unit/site/project.ts';
import { BASE_PATH } from '../../playwright.config.ts';
import { axeViolations, validationMessages } from './support/sweep.ts';
import { originOf, serveDist } from './support/fixtureSite.ts';

/** The reader's day: 7 October 2022, after D3's 办理时限 (25 Sept) and D4's (6 Oct). */
const READER = new Date('2022-10-07T09:00:00+08:00');

let project = '';
let server: Server | undefined;
let origin = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  project = withCaseContent(projectAround(join(import.meta.dirname, '../fixtures/good-content/content')));
  buildProject(project, BASE_PATH);
  // The throw-away project leaves Pagefind out (its segmentation probe needs real content): the
  // ledger's filters and the search need the index, so it is made here, as the build would.
  await indexSite(join(project, 'dist'));
  server = await serveDist(join(project, 'dist'));
  origin = originOf(server);
});

test.afterAll(() => {
  server?.close();
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

const PAGES = ['cases/', 'cases/D1/', 'cases/D3/', 'cases/batch/1/', 'units/a/', 'units/a/cases/'];

/** Opens a page of the served fixture site on the reader's day. */
async function open(page: Page, path: string): Promise<void> {
  await page.clock.setFixedTime(READER);
  await page.goto(`${origin}${BASE_PATH}${path}`);
}

test('the case pages are valid, axe-clean, fit a 360 px phone, and ask nothing of another origin', async ({ page }) => {
  // Seven pages through axe: under a loaded machine that takes longer than one test's default.
  test.setTimeout(120_000);
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreign.push(request.url());
  });
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of [...PAGES, 'cases/?overdue=yes']) {
    if (!path.includes('?')) {
      expect.soft(await validationMessages(join(project, 'dist', path, 'index.html')), path).toEqual([]);
    }
    await open(page, path);
    if (path.includes('?')) await expect(page.locator('[data-results] tr')).toHaveCount(2);
    expect.soft(await axeViolations(page), path).toEqual([]);
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
  expect(foreign).toEqual([]);
});

test('a case page says what was handed over, who answers for it, its handling, 公开 and 销号', async ({ page }) => {
  await open(page, 'cases/D1/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('交办件 D1');
  const facts = await page.locator('main dl').first().locator('div').evaluateAll((rows) => rows.map((row) => `${row.querySelector('dt')!.textContent}=${row.querySelector('dd')!.textContent}`));
  expect(facts).toEqual([
    '批次=第1批，2022年9月20日交办',
    '来源=来电',
    '重点关注=否',
    '行政区域=丙镇',
    '污染类型=大气、噪声',
    '行业类别=餐饮业',
    '交办问题基本情况=张某（电话138******78，身份证320*************34）反映某饭店油烟和噪声扰民。',
    '牵头单位=区甲局',
    '配合单位=区乙局',
    '办理时限=2022年10月5日',
    '办理状态=已办结',
  ]);
  await expect(page.locator('#handling + p')).toHaveText('区甲局（牵头单位）2022年9月25日报送：');
  await expect(page.locator('section[aria-labelledby="handling"] dd')).toHaveText(['经查，该饭店油烟净化器未开启。', '属实', '责令整改，已安装新净化器。张某已获告知。', '无']);
  await expect(page.locator('section[aria-labelledby="office"] dd')).toHaveText(['2022年9月27日公开', '2022年9月28日销号：现场核查已整改。']);
  await expect(page.locator('.history > li > p:first-child')).toHaveText(['2022年9月25日 区甲局：已办结，属实', '2022年9月24日 区乙局：办理中']);
});

test('逾期 is judged on the reader’s date, and stated for the build’s without JavaScript', async ({ page, browser }) => {
  await open(page, 'cases/D3/');
  await expect(page.locator('[data-overdue]')).toHaveText('逾期 12 天');
  await expect(page.locator('[data-as-of]')).toHaveText('逾期按今天（2022年10月7日）计算。');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto(`${origin}${BASE_PATH}cases/D3/`);
  await expect(still.locator('[data-as-of]')).toHaveText(/^逾期按网页生成之日（\d{4}年\d{1,2}月\d{1,2}日）计算。$/);
  await context.close();
});

test('the ledger lists every case newest batch first, and its filters live in the address', async ({ page }) => {
  await open(page, 'cases/');
  const ids = () => page.locator('[data-static] tbody th a').allTextContents();
  expect(await ids()).toEqual(['D4', 'D5', 'D1', 'D2', 'D3']);
  const found = page.locator('[data-results] th a');
  await page.getByLabel('污染类型').selectOption('噪声');
  await expect(page.locator('[data-status]')).toHaveText('符合条件的交办件 2 件');
  await expect(found).toHaveText(['D5', 'D1']);
  expect(new URL(page.url()).search).toBe(`?type=${encodeURIComponent('噪声')}`);
  await expect(page.locator('[data-static]')).toBeHidden();
  await open(page, `cases/?unit=${encodeURIComponent('区甲局')}`);
  await expect(page.locator('[data-status]')).toHaveText('符合条件的交办件 3 件');
  await expect(found).toHaveText(['D4', 'D5', 'D1']);
  await open(page, 'cases/?overdue=yes');
  await expect(page.locator('[data-status]')).toHaveText('符合条件的交办件 2 件');
  await expect(found).toHaveText(['D4', 'D3']);
  await expect(page.locator('[data-results] tr').first().locator('td')).toHaveText(['第2批', '丁街道', '扬尘', '区甲局', '2022-10-06逾期 1 天', '办理中']);
  await open(page, `cases/?focus=yes&batch=${encodeURIComponent('第1批')}`);
  await expect(page.locator('[data-status]')).toHaveText('符合条件的交办件 1 件');
  await expect(found).toHaveText(['D2']);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('[data-static]')).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
});

test('a batch page and a unit’s cases list their own', async ({ page }) => {
  await open(page, 'cases/batch/2/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第2批交办件');
  expect(await page.locator('tbody th a').allTextContents()).toEqual(['D4', 'D5']);
  await open(page, 'units/a/');
  const section = page.locator('section[aria-labelledby="cases"]');
  await expect(section.locator('p').nth(1)).toHaveText('牵头 2 件，配合 1 件。');
  await expect(section.locator('p').nth(2)).toHaveText('牵头件办理状态：办理中 1 件，已办结 1 件；逾期 1 件。');
  await section.getByRole('link', { name: '查看本单位全部交办件' }).click();
  expect(await page.locator('tbody th a').allTextContents()).toEqual(['D4', 'D5', 'D1']);
});

test('a 受理编号 typed into search finds its case first, without loading the index', async ({ page }) => {
  const index: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) index.push(request.url());
  });
  await open(page, 'search/');
  for (const id of ['D3', 'D5']) {
    await page.getByRole('searchbox', { name: '搜索本站' }).fill(id);
    await page.getByRole('searchbox', { name: '搜索本站' }).press('Enter');
    await expect(page.locator('[data-results] h2 a')).toHaveText([`交办件 ${id}`]);
    await expect(page.locator('[data-results] h2 a')).toHaveAttribute('href', `${BASE_PATH}cases/${id}/`);
    await expect(page.locator('[data-status]')).toHaveText(`“${id}”共找到 1 个结果`);
  }
  expect(index).toEqual([]);
  // From the header's box on another page, too.
  await open(page, 'units/');
  await page.getByRole('search').getByRole('searchbox').fill('D1');
  await page.getByRole('search').getByRole('searchbox').press('Enter');
  await expect(page.locator('[data-results] h2 a').first()).toHaveAttribute('href', `${BASE_PATH}cases/D1/`);
  // An id without a case is an ordinary search, in the index.
  await open(page, 'search/?q=D9');
  await expect(page.locator('[data-empty]')).toBeVisible();
  expect(index.length).toBeGreaterThan(0);
  // Words find cases too, and the case facets are offered.
  await open(page, `search/?q=${encodeURIComponent('烧烤')}`);
  await expect(page.locator('[data-results] h2 a').first()).toHaveAttribute('href', `${BASE_PATH}cases/D3/`);
  await page.getByRole('button', { name: '按类型、单位、状态筛选' }).click();
  await expect(page.locator('[data-filters] legend')).toContainText(['批次', '污染类型', '责任单位']);
});

test('no personal data of the fixture reaches a built page or the search index', () => {
  const dist = join(project, 'dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  const leaks: string[] = [];
  for (const file of files) {
    const path = join(dist, file);
    let text: string;
    if (/\.(html|xml|json|csv|ics)$/.test(file)) text = readFileSync(path, 'utf8');
    else if (/^pagefind\/(fragment|index|filter)\//.test(file)) text = gunzipSync(readFileSync(path)).toString('utf8');
    else continue;
    for (const item of PERSONAL) if (text.includes(item)) leaks.push(`${file}: ${item}`);
  }
  expect(files.filter((file) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(5);
  expect(leaks).toEqual([]);
});

test('screenshots at 360 and 1280 px, and print', async ({ page }, testInfo) => {
  // In the test's own output folder (test-results/), never outside the checkout.
  const SHOTS = testInfo.outputPath('shots');
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of [['ledger', 'cases/'], ['ledger-overdue', 'cases/?overdue=yes'], ['case', 'cases/D1/'], ['case-overdue', 'cases/D3/'], ['unit', 'units/a/']] as const) {
      await open(page, path);
      if (path.includes('?')) await expect(page.locator('[data-results] tr')).toHaveCount(2);
      await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
    }
  }
  for (const [name, path] of [['ledger', 'cases/'], ['case', 'cases/D1/']] as const) {
    await open(page, path);
    await page.pdf({ path: join(SHOTS, `${name}.pdf`), format: 'A4' });
  }
});
