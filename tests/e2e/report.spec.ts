/**
 * A unit's 报送 page in a browser: what a unit writes is kept on the device across reloads, a
 * download with something missing is refused with the reason, and the CSV downloaded is the one
 * `npm run import -- report` reads (its reading is tested in tests/unit/lib/reportForm.test.ts).
 * The unit and its tasks are taken from the built site, not named here: the content may change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { csvRecords, decodeCsv } from '../../src/import/csv.ts';
import { reportKey } from '../../src/lib/reportForm.ts';
import { READING_DATE, READING_DAY } from './support/clock.ts';
import { DIST, htmlFiles, pagePath } from './support/dist.ts';

/** The first unit's 报送 page in the build that lists two tasks or more. */
const FORM = pagePath(
  htmlFiles().find((file) => /^units\/[^/]+\/report\/index\.html$/.test(file) && readFileSync(join(DIST, file), 'utf8').split('data-task=').length > 2) ?? 'units/none/report/index.html',
);
const UNIT = FORM.split('/')[1]!;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(READING_DAY);
});

/** The tasks' fieldsets, in order. */
const tasks = (page: Page) => page.locator('duban-report-form li[data-task]');

test('what a unit writes is kept on this device, and downloads as the CSV the office imports', async ({ page }) => {
  await page.goto(FORM);
  const unitName = await page.locator('duban-report-form').getAttribute('data-unit-name');
  const [first, second] = [tasks(page).nth(0), tasks(page).nth(1)];
  const titles = [await first.locator('legend a').textContent(), await second.locator('legend a').textContent()];
  const ids = [await first.getAttribute('data-task'), await second.getAttribute('data-task')];
  await expect(page.getByLabel('填报日期')).toHaveValue(READING_DATE);
  await page.getByLabel('责任人（填报人）').fill('王某某');
  await first.getByRole('combobox', { name: '完成情况' }).selectOption('已完成');
  await second.getByRole('combobox', { name: '完成情况' }).selectOption('推进中');
  await second.getByRole('textbox', { name: '存在问题' }).fill('人手不足，\n"台账"缺页。');
  await expect(page.locator('duban-report-form').getByRole('status')).toHaveText('本设备已保存 2 项任务的填写。');

  await page.reload();
  await expect(first.getByRole('combobox', { name: '完成情况' })).toHaveValue('已完成');
  await expect(second.getByRole('textbox', { name: '存在问题' })).toHaveValue('人手不足，\n"台账"缺页。');
  await expect(page.getByLabel('责任人（填报人）')).toHaveValue('王某某');

  // 已完成 without 进展情况: refused, with the task named, and nothing downloaded.
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: '下载报送文件（CSV）' }).click();
  await expect(page.locator('[data-problems] li')).toHaveText([`第1项“${titles[0]}”：完成情况为“已完成”时须填写进展情况`]);
  expect(downloads).toBe(0);

  await first.getByRole('textbox', { name: '进展情况' }).fill('已完成。');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载报送文件（CSV）' }).click()]);
  expect(download.suggestedFilename()).toBe(`${unitName}-报送-${READING_DATE}.csv`);
  await expect(page.locator('[data-problems]')).toBeHidden();
  const records = csvRecords(decodeCsv(readFileSync((await download.path())!)).text, ',').map((record) => record.fields);
  expect(records.slice(0, 4)).toEqual([['填报单位：', unitName], ['填报日期：', READING_DATE], [''], ['序号', '任务', '完成情况', '进展情况', '存在问题', '下步打算', '责任人', '链接']]);
  expect(records.slice(4).map((fields) => fields.slice(0, 7))).toEqual([
    ['1', titles[0], '已完成', '已完成。', '', '', '王某某'],
    ['2', titles[1], '推进中', '', '人手不足，\n"台账"缺页。', '', '王某某'],
  ]);
  expect(records.slice(4).map((fields) => new URL(fields[7]!).pathname)).toEqual(ids.map((id) => `/ducha/tasks/${id}/`));
});

test('clearing asks first, and then nothing is kept', async ({ page }) => {
  await page.goto(FORM);
  await tasks(page).nth(0).getByRole('combobox', { name: '完成情况' }).selectOption('推进中');
  await expect(page.locator('duban-report-form').getByRole('status')).toHaveText('本设备已保存 1 项任务的填写。');
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: '清空填写' }).click();
  await expect(page.locator('duban-report-form').getByRole('status')).toHaveText('本设备已保存 1 项任务的填写。');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '清空填写' }).click();
  await expect(page.locator('duban-report-form').getByRole('status')).toHaveText('本设备已保存 0 项任务的填写。');
  await expect(tasks(page).nth(0).getByRole('combobox', { name: '完成情况' })).toHaveValue('');
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), reportKey(UNIT)))!).tasks).toEqual({});
});

test('two tabs keep each other’s edits', async ({ context }) => {
  const [one, two] = [await context.newPage(), await context.newPage()];
  for (const page of [one, two]) {
    await page.clock.setFixedTime(READING_DAY);
    await page.goto(FORM);
  }
  await tasks(one).nth(0).getByRole('combobox', { name: '完成情况' }).selectOption('推进中');
  await tasks(two).nth(1).getByRole('combobox', { name: '完成情况' }).selectOption('未启动');
  await expect(two.locator('duban-report-form').getByRole('status')).toHaveText('本设备已保存 2 项任务的填写。');
  await expect(tasks(two).nth(0).getByRole('combobox', { name: '完成情况' })).toHaveValue('推进中');
  await expect(tasks(one).nth(1).getByRole('combobox', { name: '完成情况' })).toHaveValue('未启动');
});
