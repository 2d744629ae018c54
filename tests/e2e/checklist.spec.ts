/**
 * Checklists in a browser: ticks and notes kept per unit on this device, progress on the
 * checklist, unit and home pages, reset, export, print, content changes between builds, broken
 * or missing storage, keyboard use, accessibility, and the JavaScript it costs.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { progressKey, textHash } from '../../src/lib/checklistProgress.ts';
import { READING_DATE, READING_DAY } from './support/clock.ts';

const PAGE = 'checklists/wu-ge-bu-fangguo/';
const ITEMS = ['quanmian-jiancha', 'luoshi-zeren', 'zhenggai-luoshi', 'zhidu-jizhi', 'zeren-tixi'];
const box = (page: Page, text: string) => page.getByRole('checkbox', { name: text });
const count = (page: Page) => page.locator('duban-checklist [data-count-text]');

// Ticks are dated, and exports and print carry the date: read every page on one fixed day.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(READING_DAY);
});

test('a tick survives a reload, and each unit keeps its own', async ({ page }) => {
  await page.goto(`${PAGE}?unit=gongan`);
  await expect(page.getByRole('combobox', { name: '本单位：' })).toHaveValue('gongan');
  await box(page, '没有全面检查的不放过').check();
  await expect(count(page)).toHaveText('1 / 5 已完成');
  await expect(page.locator('li[data-item="quanmian-jiancha"] [data-state]')).toHaveText('已完成');
  await page.reload();
  await expect(box(page, '没有全面检查的不放过')).toBeChecked();
  await expect(page.locator('duban-checklist progress')).toHaveJSProperty('value', 1);

  await page.getByRole('combobox', { name: '本单位：' }).selectOption('huanbao');
  await expect(box(page, '没有全面检查的不放过')).not.toBeChecked();
  await box(page, '没有落实责任的不放过').check();
  await box(page, '没有整改落实的不放过').check();
  await expect(count(page)).toHaveText('2 / 5 已完成');
  await page.getByRole('combobox', { name: '本单位：' }).selectOption('gongan');
  await expect(count(page)).toHaveText('1 / 5 已完成');
  await expect(box(page, '没有落实责任的不放过')).not.toBeChecked();
});

test('progress shows on the unit page and, for my unit, on the home page', async ({ page }) => {
  await page.goto(PAGE);
  await page.getByRole('combobox', { name: '本单位：' }).selectOption('gongan');
  await box(page, '没有全面检查的不放过').check();
  await box(page, '没有落实责任的不放过').check();
  await box(page, '没有整改落实的不放过').check();
  await page.goto('units/gongan/');
  const row = page.locator('duban-checklist-progress li[data-checklist="wu-ge-bu-fangguo"]');
  await expect(row).toContainText('3 / 5 已完成');
  await expect(row.locator('progress')).toHaveJSProperty('value', 3);
  await expect(page.locator('duban-checklist-progress li[data-checklist="taizhang-ziliao"]')).toContainText('0 / 8 已完成');
  // Choosing the unit on the checklist page made it "my unit".
  await page.goto('');
  await expect(page.locator('duban-checklist-progress li[data-checklist="wu-ge-bu-fangguo"]')).toContainText('3 / 5 已完成');
  await expect(page.getByText('在上方选择“我的单位”后')).toBeHidden();
});

test('the home page asks for my unit before it shows progress', async ({ page }) => {
  await page.goto('');
  await expect(page.getByText('在上方选择“我的单位”后，这里显示本单位各清单的完成进度。')).toBeVisible();
  await expect(page.locator('duban-checklist-progress li[data-checklist]').first()).toBeHidden();
});

test('notes are kept with the tick; reset clears both after confirmation', async ({ page }) => {
  await page.goto(`${PAGE}?unit=gongan`);
  await box(page, '没有健全制度与机制的不放过').check();
  const note = page.locator('li[data-item="zhidu-jizhi"]').getByRole('textbox', { name: '备注：' });
  await note.fill('已整改，见台账第12号');
  await page.reload();
  await expect(note).toHaveValue('已整改，见台账第12号');

  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: '清空' }).click();
  await expect(count(page)).toHaveText('1 / 5 已完成');
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('确定清空');
    void dialog.accept();
  });
  await page.getByRole('button', { name: '清空' }).click();
  await expect(count(page)).toHaveText('0 / 5 已完成');
  await page.reload();
  await expect(note).toHaveValue('');
  await expect(box(page, '没有健全制度与机制的不放过')).not.toBeChecked();
});

test('export: a plain-text summary and a CSV with BOM, formulas neutralised', async ({ page }, testInfo) => {
  await page.goto(`${PAGE}?unit=gongan`);
  await box(page, '没有全面检查的不放过').check();
  await page.locator('li[data-item="quanmian-jiancha"]').getByRole('textbox').fill('=HYPERLINK("x"), 已核');
  const today = READING_DATE;

  const [text] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出进度（文本）' }).click()]);
  expect(text.suggestedFilename()).toBe(`五个不放过-区公安分局-${today}.txt`);
  const summary = readFileSync(await text.path(), 'utf8');
  expect(summary).toBe(
    [
      '五个不放过（1 / 5）',
      `单位：区公安分局　日期：${today}`,
      '',
      '1. [✓] 没有全面检查的不放过（已完成）',
      '   备注：=HYPERLINK("x"), 已核',
      '2. [ ] 没有落实责任的不放过（未完成）',
      '3. [ ] 没有整改落实的不放过（未完成）',
      '4. [ ] 没有健全制度与机制的不放过（未完成）',
      '5. [ ] 没有健全责任体系的不放过（未完成）',
      '',
    ].join('\n'),
  );

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出进度（CSV）' }).click()]);
  const bytes = readFileSync(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('清单,单位,序号,条目,状态,复核,备注,更新日期');
  expect(lines[1]).toBe(`五个不放过,区公安分局,1,没有全面检查的不放过,已完成,,"'=HYPERLINK(""x""), 已核",${today}`);
  expect(lines[2]).toBe('五个不放过,区公安分局,2,没有落实责任的不放过,未完成,,,');
  writeFileSync(testInfo.outputPath('progress.csv'), bytes);
});

test('print: the PDF carries the ticks, the unit and the date; a blank copy carries none', async ({ page }, testInfo) => {
  await page.goto(`${PAGE}?unit=gongan`);
  await box(page, '没有全面检查的不放过').check();
  await box(page, '没有落实责任的不放过').check();
  await page.emulateMedia({ media: 'print' });
  const pdfText = async (name: string) => {
    const path = testInfo.outputPath(name);
    writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  };
  const ticked = await pdfText('ticked.pdf');
  expect(ticked).toContain('单位：区公安分局');
  expect(ticked).toContain(`日期：${READING_DATE}`);
  expect(ticked.match(/已完成/g)?.length).toBe(2);
  expect(ticked.match(/未完成/g)?.length).toBe(3);

  await page.locator('duban-checklist').evaluate((element) => element.setAttribute('data-blank', ''));
  const blank = await pdfText('blank.pdf');
  expect(blank).toContain('没有全面检查的不放过');
  expect(blank).not.toContain('已完成');
  expect(blank).not.toContain('未完成');
});

test('content changed since the ticks were saved: removed items dropped, new ones unticked, re-worded flagged', async ({ page }) => {
  // The state a previous build left: ticks saved against that build's items and wording.
  const saved = {
    v: 1,
    items: {
      'quanmian-jiancha': { done: true, note: '', hash: textHash('没有全面检查的不放过'), at: '2022-05-16' },
      'luoshi-zeren': { done: true, note: '按旧要求核过', hash: textHash('没有落实职责的不放过'), at: '2022-05-16' },
      'yi-shanchu': { done: true, note: '', hash: textHash('已删除的条目'), at: '2022-05-16' },
    },
  };
  await page.addInitScript(([key, value]) => {
    if (sessionStorage.getItem('seeded') === null) {
      localStorage.setItem(key!, value!);
      sessionStorage.setItem('seeded', '1');
    }
  }, [progressKey('gongan', 'wu-ge-bu-fangguo'), JSON.stringify(saved)]);
  await page.goto(`${PAGE}?unit=gongan`);
  await expect(box(page, '没有全面检查的不放过')).toBeChecked();
  await expect(page.locator('li[data-item="quanmian-jiancha"] [data-stale]')).toBeHidden();
  await expect(box(page, '没有落实责任的不放过')).toBeChecked();
  await expect(page.locator('li[data-item="luoshi-zeren"] [data-stale]')).toBeVisible();
  await expect(page.locator('li[data-item="luoshi-zeren"] [data-stale]')).toContainText('内容已更新，请复核');
  await expect(count(page)).toHaveText('2 / 5 已完成');
  for (const id of ITEMS.slice(2)) await expect(page.locator(`li[data-item="${id}"] input[type=checkbox]`)).not.toBeChecked();

  await page.locator('li[data-item="luoshi-zeren"]').getByRole('button', { name: '已复核' }).click();
  await expect(page.locator('li[data-item="luoshi-zeren"] [data-stale]')).toBeHidden();
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), progressKey('gongan', 'wu-ge-bu-fangguo')))!);
  expect(Object.keys(stored.items).sort()).toEqual(['luoshi-zeren', 'quanmian-jiancha']);
  expect(stored.items['luoshi-zeren']).toMatchObject({ done: true, note: '按旧要求核过', hash: textHash('没有落实责任的不放过') });
  await page.reload();
  await expect(page.locator('li[data-item="luoshi-zeren"] [data-stale]')).toBeHidden();
});

test('corrupt or foreign data in storage does not break the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(([a, b]) => {
    localStorage.setItem(a!, '{not json');
    localStorage.setItem(b!, JSON.stringify({ v: 99, items: { x: 1 } }));
    localStorage.setItem('duban.myUnit.v1', 'gongan');
  }, [progressKey('gongan', 'wu-ge-bu-fangguo'), progressKey('gongan', 'taizhang-ziliao')]);
  await page.goto(PAGE);
  await expect(count(page)).toHaveText('0 / 5 已完成');
  await box(page, '没有全面检查的不放过').check();
  await expect(count(page)).toHaveText('1 / 5 已完成');
  await page.goto('units/gongan/');
  await expect(page.locator('duban-checklist-progress li[data-checklist="taizhang-ziliao"]')).toContainText('0 / 8 已完成');
  expect(errors).toEqual([]);
});

test('without storage, ticks last for the visit and the page says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto(`${PAGE}?unit=gongan`);
  await box(page, '没有全面检查的不放过').check();
  await expect(page.getByText('本设备无法保存勾选')).toBeVisible();
  await expect(box(page, '没有全面检查的不放过')).toBeChecked();
  await expect(count(page)).toHaveText('1 / 5 已完成');
});

test('without a unit chosen the boxes wait, and say why', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByText('请先选择本单位。')).toBeVisible();
  await expect(box(page, '没有全面检查的不放过')).toBeDisabled();
});

test('keyboard only: choose the unit, tick, write a note', async ({ page }) => {
  await page.goto(PAGE);
  const unit = page.getByRole('combobox', { name: '本单位：' });
  await unit.focus();
  await unit.selectOption('xinfang');
  await page.keyboard.press('Tab');
  await expect(box(page, '没有全面检查的不放过')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(box(page, '没有全面检查的不放过')).toBeChecked();
  // The item's source link comes next, then its note.
  await page.keyboard.press('Tab');
  await expect(page.locator('li[data-item="quanmian-jiancha"] .meta a')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('已自查');
  await expect(page.locator('li[data-item="quanmian-jiancha"] [data-note]')).toHaveValue('已自查');
  await expect(count(page)).toHaveText('1 / 5 已完成');
});

test('a checklist with ticks and a flagged item is axe clean', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, JSON.stringify({ v: 1, items: { 'luoshi-zeren': { done: true, note: 'x', hash: '00000000', at: '' } } }));
  }, progressKey('gongan', 'wu-ge-bu-fangguo'));
  await page.goto(`${PAGE}?unit=gongan`);
  await expect(page.locator('li[data-item="luoshi-zeren"] [data-stale]')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the checklist costs at most 6 KB of JavaScript', async ({ page }) => {
  const scripts: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body());
  });
  await page.goto(PAGE, { waitUntil: 'networkidle' });
  const bytes = (await Promise.all(scripts)).reduce((sum, body) => sum + body.length, 0);
  console.log(`JavaScript on a checklist page: ${bytes} bytes`);
  expect(bytes).toBeLessThanOrEqual(6 * 1024);
});
