/**
 * Checklists in a browser: ticks and notes kept per unit on this device, progress on the
 * checklist, index, unit and home pages, 本单位 kept apart from the unit shown, two pages at once,
 * reset, export, print, content changes and renames between builds, broken, full or missing
 * storage, ids that name Object members, narrow zoomed screens, keyboard use, accessibility, and
 * the JavaScript it costs.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { progressKey, textHash } from '../../src/lib/checklistProgress.ts';
import { READING_DATE, READING_DAY } from './support/clock.ts';

const PAGE = 'checklists/wu-ge-bu-fangguo/';
const ITEMS = ['quanmian-jiancha', 'luoshi-zeren', 'zhenggai-luoshi', 'zhidu-jizhi', 'zeren-tixi'];
const box = (page: Page, text: string) => page.getByRole('checkbox', { name: text });
const count = (page: Page) => page.locator('duban-checklist [data-count-text]');
const unitSelect = (page: Page) => page.getByRole('combobox', { name: '单位：' });
const MY_UNIT = 'duban.myUnit.v1';

/** Serves the built page at `path` with `edit` applied to its HTML: content a build could produce, shaped for one test. */
async function rewrite(page: Page, path: string, edit: (html: string) => string): Promise<void> {
  await page.route((url) => url.pathname.endsWith(`/ducha/${path}`), async (route: Route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: edit(await response.text()) });
  });
}

// Ticks are dated, and exports and print carry the date: read every page on one fixed day.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(READING_DAY);
});

test('a tick survives a reload, and each unit keeps its own', async ({ page }) => {
  await page.goto(`${PAGE}?unit=gongan`);
  await expect(unitSelect(page)).toHaveValue('gongan');
  await box(page, '没有全面检查的不放过').check();
  await expect(count(page)).toHaveText('1 / 5 已完成');
  await expect(page.locator('li[data-item="quanmian-jiancha"] [data-state]')).toHaveText('已完成');
  await page.reload();
  await expect(box(page, '没有全面检查的不放过')).toBeChecked();
  await expect(page.locator('duban-checklist progress')).toHaveJSProperty('value', 1);

  await unitSelect(page).selectOption('huanbao');
  await expect(box(page, '没有全面检查的不放过')).not.toBeChecked();
  await box(page, '没有落实责任的不放过').check();
  await box(page, '没有整改落实的不放过').check();
  await expect(count(page)).toHaveText('2 / 5 已完成');
  await unitSelect(page).selectOption('gongan');
  await expect(count(page)).toHaveText('1 / 5 已完成');
  await expect(box(page, '没有落实责任的不放过')).not.toBeChecked();
});

test('progress shows on the unit page, and on the home page for 本单位 once it is set', async ({ page }) => {
  await page.goto(PAGE);
  await unitSelect(page).selectOption('gongan');
  await box(page, '没有全面检查的不放过').check();
  await box(page, '没有落实责任的不放过').check();
  await box(page, '没有整改落实的不放过').check();
  await page.goto('units/gongan/');
  const row = page.locator('duban-checklist-progress li[data-checklist="wu-ge-bu-fangguo"]');
  await expect(row).toContainText('3 / 5 已完成');
  await expect(row.locator('progress')).toHaveJSProperty('value', 3);
  await expect(page.locator('duban-checklist-progress li[data-checklist="taizhang-ziliao"]')).toContainText('0 / 8 已完成');
  // Choosing the unit on the checklist showed its ticks; it did not make it 本单位.
  await page.goto('');
  await expect(page.getByText('在上方选择本单位后，这里显示本单位各核查清单的完成进度。')).toBeVisible();
  await page.goto(`${PAGE}?unit=gongan`);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '设为本单位' }).click();
  await page.goto('');
  await expect(page.locator('duban-checklist-progress li[data-checklist="wu-ge-bu-fangguo"]')).toContainText('3 / 5 已完成');
  await expect(page.getByText('在上方选择本单位后')).toBeHidden();
});

test('viewing another unit\'s ticks leaves 本单位 alone; changing 本单位 asks first', async ({ page }) => {
  await page.addInitScript(([key]) => {
    if (sessionStorage.getItem('seeded') === null) {
      localStorage.setItem(key!, 'gongan');
      sessionStorage.setItem('seeded', '1');
    }
  }, [MY_UNIT]);
  await page.goto(PAGE);
  const mine = page.locator('duban-checklist .mine');
  const setMine = page.getByRole('button', { name: '设为本单位' });
  await expect(unitSelect(page)).toHaveValue('gongan');
  await expect(mine).toHaveText('（本单位）');
  await expect(setMine).toBeHidden();

  await unitSelect(page).selectOption('huanbao');
  await box(page, '没有落实责任的不放过').check();
  await box(page, '没有整改落实的不放过').check();
  await expect(mine).toBeHidden();
  await expect(setMine).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), MY_UNIT)).toBe('gongan');
  await page.goto('');
  await expect(page.locator('duban-checklist-progress li[data-checklist="wu-ge-bu-fangguo"]')).toContainText('0 / 5 已完成');

  await page.goto(`${PAGE}?unit=huanbao`);
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await setMine.click();
  expect(asked).toEqual(['将“区环保局”设为本设备的本单位吗？首页和核查清单将按该单位显示完成进度。']);
  await expect(setMine).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), MY_UNIT)).toBe('gongan');

  page.once('dialog', (dialog) => void dialog.accept());
  await setMine.click();
  await expect(mine).toBeVisible();
  await expect(setMine).toBeHidden();
  await page.goto('');
  await expect(page.locator('duban-checklist-progress li[data-checklist="wu-ge-bu-fangguo"]')).toContainText('2 / 5 已完成');
});

test('the home page asks for 本单位 before it shows progress', async ({ page }) => {
  await page.goto('');
  await expect(page.getByText('在上方选择本单位后，这里显示本单位各核查清单的完成进度。')).toBeVisible();
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

test('print: a form to file, with the unit, the date, the ticks and notes, and lines to sign; a blank copy with none of them', async ({ page }, testInfo) => {
  await page.goto(`${PAGE}?unit=gongan`);
  await box(page, '没有全面检查的不放过').check();
  await box(page, '没有落实责任的不放过').check();
  await page.locator('li[data-item="quanmian-jiancha"]').getByRole('textbox').fill('见台账第12号');
  await page.emulateMedia({ media: 'print' });
  const pdfText = async (name: string) => {
    const path = testInfo.outputPath(name);
    writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  };
  const signatures = /填报人：\s+审核人（单位主要负责同志）：\s+日期：/;
  const ticked = await pdfText('ticked.pdf');
  expect(ticked).toMatch(/单位：\s*区公安分局\s+日期：\s*2022年5月17日/);
  expect(ticked.match(/已完成/g)?.length).toBe(2);
  expect(ticked.match(/未完成/g)?.length).toBe(3);
  expect(ticked.match(/备注：/g)?.length).toBe(5);
  expect(ticked).toContain('备注：见台账第12号');
  expect(ticked).toMatch(signatures);
  // No input hint, and no address after a link: an empty note prints empty.
  expect(ticked).not.toContain('如：');
  expect(ticked).not.toContain('/ducha/');

  await page.locator('duban-checklist').evaluate((element) => element.setAttribute('data-blank', ''));
  const blank = await pdfText('blank.pdf');
  expect(blank).toContain('没有全面检查的不放过');
  for (const filled of ['已完成', '未完成', '区公安分局', '2022年5月17日', '见台账第12号', '如：']) expect(blank).not.toContain(filled);
  expect(blank).toMatch(/单位：\s+日期：/);
  expect(blank.match(/备注：/g)?.length).toBe(5);
  expect(blank).toMatch(signatures);
});

test('content changed since the ticks were saved: removed items left out, new ones unticked, re-worded flagged', async ({ page }) => {
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
  // A removed item is not shown but stays stored: a page of an older build may still show it.
  expect(Object.keys(stored.items).sort()).toEqual(['luoshi-zeren', 'quanmian-jiancha', 'yi-shanchu']);
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

test('with storage full or a zero quota, ticks outlive a switch to another unit and back', async ({ page }) => {
  await page.addInitScript(([key, value]) => {
    // A tick saved earlier, then a storage that refuses every write.
    localStorage.setItem(key!, value!);
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }, [progressKey('gongan', 'wu-ge-bu-fangguo'), JSON.stringify({ v: 1, items: { 'zeren-tixi': { done: true, note: '', hash: textHash('没有健全责任体系的不放过'), at: '2022-05-16' } } })]);
  await page.goto(`${PAGE}?unit=gongan`);
  await box(page, '没有全面检查的不放过').check();
  await expect(page.getByText('本设备无法保存勾选')).toBeVisible();
  await unitSelect(page).selectOption('huanbao');
  await expect(count(page)).toHaveText('0 / 5 已完成');
  await box(page, '没有落实责任的不放过').check();
  await unitSelect(page).selectOption('gongan');
  await expect(box(page, '没有全面检查的不放过')).toBeChecked();
  await expect(box(page, '没有健全责任体系的不放过')).toBeChecked();
  await expect(box(page, '没有落实责任的不放过')).not.toBeChecked();
  await expect(count(page)).toHaveText('2 / 5 已完成');
  await unitSelect(page).selectOption('huanbao');
  await expect(box(page, '没有落实责任的不放过')).toBeChecked();
  await expect(count(page)).toHaveText('1 / 5 已完成');
});

test('one checklist open in two pages: ticks and notes made in each are all kept, and each page shows them', async ({ page, context }) => {
  const other = await context.newPage();
  await other.clock.setFixedTime(READING_DAY);
  await page.goto(`${PAGE}?unit=gongan`);
  await other.goto(`${PAGE}?unit=gongan`);
  await box(page, '没有全面检查的不放过').check();
  await box(other, '没有落实责任的不放过').check();
  await other.locator('li[data-item="zhidu-jizhi"]').getByRole('textbox').fill('乙页的备注');
  await box(page, '没有整改落实的不放过').check();
  for (const each of [page, other]) {
    await expect(box(each, '没有全面检查的不放过')).toBeChecked();
    await expect(box(each, '没有落实责任的不放过')).toBeChecked();
    await expect(box(each, '没有整改落实的不放过')).toBeChecked();
    await expect(count(each)).toHaveText('3 / 5 已完成');
  }
  await expect(page.locator('li[data-item="zhidu-jizhi"]').getByRole('textbox')).toHaveValue('乙页的备注');
  // The other page unticks what this one ticked: the newer edit wins.
  await box(other, '没有全面检查的不放过').uncheck();
  await expect(box(page, '没有全面检查的不放过')).not.toBeChecked();
  await page.reload();
  await expect(count(page)).toHaveText('2 / 5 已完成');
  await expect(page.locator('li[data-item="zhidu-jizhi"]').getByRole('textbox')).toHaveValue('乙页的备注');
});

test('item and unit ids that name Object members (constructor) are ids like any other', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A build whose first item and a unit are called `constructor`.
  const asConstructor = (html: string) => html.replaceAll('quanmian-jiancha', 'constructor').replaceAll('data-units="', 'data-units="constructor ');
  await rewrite(page, PAGE, asConstructor);
  await rewrite(page, '', asConstructor);
  await page.goto(`${PAGE}?unit=gongan`);
  // A new device: nothing ticked, nothing to review, no "undefined".
  await expect(count(page)).toHaveText('0 / 5 已完成');
  await expect(page.locator('li[data-item="constructor"] [data-stale]')).toBeHidden();
  await expect(page.locator('li[data-item="constructor"]').getByRole('textbox')).toHaveValue('');
  await box(page, '没有全面检查的不放过').check();
  await page.reload();
  await expect(box(page, '没有全面检查的不放过')).toBeChecked();
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), progressKey('gongan', 'wu-ge-bu-fangguo')))!).items.constructor).toMatchObject({ done: true, note: '' });

  await page.evaluate(([myUnit, key, value]) => {
    localStorage.setItem(myUnit!, 'constructor');
    localStorage.setItem(key!, value!);
  }, [MY_UNIT, progressKey('constructor', 'wu-ge-bu-fangguo'), JSON.stringify({ v: 1, items: { constructor: { done: true, note: '', hash: textHash('没有全面检查的不放过'), at: '' } } })]);
  await page.goto('');
  await expect(page.locator('duban-checklist-progress li[data-checklist="wu-ge-bu-fangguo"]')).toContainText('1 / 5 已完成');
  await expect(page.locator('duban-checklist-progress li[data-checklist="taizhang-ziliao"]')).toContainText('0 / 8 已完成');
  expect(errors).toEqual([]);
});

test('a renamed checklist takes over the ticks saved under its former id', async ({ page }) => {
  // A build in which wu-ge-bu-fangguo was published before as wugebufangguo (`renamedFrom`).
  const renamed = (html: string) => html.replaceAll('data-checklist="wu-ge-bu-fangguo"', 'data-checklist="wu-ge-bu-fangguo" data-renamed-from="wugebufangguo"');
  await rewrite(page, PAGE, renamed);
  await rewrite(page, 'units/huanbao/', renamed);
  const tick = (text: string) => ({ v: 1, items: { 'quanmian-jiancha': { done: true, note: text, hash: textHash('没有全面检查的不放过'), at: '2022-05-16' } } });
  await page.addInitScript(([gongan, huanbao, a, b]) => {
    if (sessionStorage.getItem('seeded') === null) {
      localStorage.setItem(gongan!, a!);
      localStorage.setItem(huanbao!, b!);
      sessionStorage.setItem('seeded', '1');
    }
  }, [progressKey('gongan', 'wugebufangguo'), progressKey('huanbao', 'wugebufangguo'), JSON.stringify(tick('旧清单的备注')), JSON.stringify(tick(''))]);
  const stored = (unit: string, checklist: string) => page.evaluate((key) => localStorage.getItem(key), progressKey(unit, checklist));

  await page.goto(`${PAGE}?unit=gongan`);
  await expect(box(page, '没有全面检查的不放过')).toBeChecked();
  await expect(page.locator('li[data-item="quanmian-jiancha"]').getByRole('textbox')).toHaveValue('旧清单的备注');
  expect(await stored('gongan', 'wugebufangguo')).toBeNull();
  expect(JSON.parse((await stored('gongan', 'wu-ge-bu-fangguo'))!).items['quanmian-jiancha']).toMatchObject({ done: true, note: '旧清单的备注' });
  // Another unit's ticks move when its progress is first shown, on its unit page too.
  await page.goto('units/huanbao/');
  await expect(page.locator('duban-checklist-progress li[data-checklist="wu-ge-bu-fangguo"]')).toContainText('1 / 5 已完成');
  expect(await stored('huanbao', 'wugebufangguo')).toBeNull();
});

test('the checklist index says what each checklist is for, and how far 本单位 has got', async ({ page }) => {
  await page.goto('checklists/');
  const row = page.locator('li[data-checklist="lianluo-wangluo"]');
  await expect(row).toContainText(/联络网络（\d+ 项）/);
  await expect(row).toContainText('建立起立呼立应的联络网络。');
  await expect(row.locator('.bar')).toBeHidden();
  await expect(page.getByText('在首页选择本单位，或在核查清单中设为本单位后，这里显示本单位各核查清单的完成进度。')).toBeVisible();

  await page.evaluate(([myUnit, key, value]) => {
    localStorage.setItem(myUnit!, 'gongan');
    localStorage.setItem(key!, value!);
  }, [MY_UNIT, progressKey('gongan', 'wu-ge-bu-fangguo'), JSON.stringify({ v: 1, items: { 'luoshi-zeren': { done: true, note: '', hash: textHash('没有落实责任的不放过'), at: '' } } })]);
  await page.reload();
  const mine = page.locator('li[data-checklist="wu-ge-bu-fangguo"]');
  await expect(mine).toContainText('做好自查自纠时逐项对照，五项均须做到。');
  await expect(mine.locator('.bar')).toContainText('1 / 5 已完成');
  await expect(mine.getByRole('link', { name: '五个不放过' })).toHaveAttribute('href', /\?unit=gongan$/);
  await expect(page.getByText('这里显示本单位各核查清单的完成进度')).toBeHidden();
});

test.describe('on a 360 px phone with text at 200 %', () => {
  // The zoom is a stylesheet added by the test, which the pages' Content-Security-Policy would refuse.
  test.use({ viewport: { width: 360, height: 800 }, bypassCSP: true });

  test('checklist progress is whole, on the checklist, the index, the home and the unit page', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, 'gongan'), MY_UNIT);
    for (const path of [`${PAGE}?unit=gongan`, 'checklists/', '', 'units/gongan/']) {
      await page.goto(path);
      await page.addStyleTag({ content: 'html { font-size: 200%; }' });
      const bars = page.locator(':is(duban-checklist .progress, duban-checklist-progress .bar):visible');
      await expect(bars.first()).toBeVisible();
      for (const bar of await bars.all()) {
        const box = (await bar.boundingBox())!;
        expect(box.x + box.width, `${path}: a progress bar runs off the screen`).toBeLessThanOrEqual(360);
        expect(await bar.evaluate((element) => element.scrollWidth <= element.clientWidth), `${path}: a progress bar is clipped`).toBe(true);
      }
    }
  });
});

test('without a unit chosen the boxes wait, and say why', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByText('请先选择单位。')).toBeVisible();
  await expect(box(page, '没有全面检查的不放过')).toBeDisabled();
});

test('keyboard only: choose the unit, tick, write a note', async ({ page }) => {
  await page.goto(PAGE);
  const unit = unitSelect(page);
  await unit.focus();
  await unit.selectOption('xinfang');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '设为本单位' })).toBeFocused();
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

// 6,003 bytes before ticks were merged across pages; the merge itself, following other pages,
// moving a renamed checklist's ticks, "设为本单位" and the printed unit and date brought it to about 6.4 KB.
// The CSV writer, shared since with the 报送 page, became a chunk of its own: some 50 bytes of
// imports and exports more, nothing new to run.
test('the checklist costs at most 6.6 KB of JavaScript', async ({ page }) => {
  const scripts: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body());
  });
  await page.goto(PAGE, { waitUntil: 'networkidle' });
  const bytes = (await Promise.all(scripts)).reduce((sum, body) => sum + body.length, 0);
  console.log(`JavaScript on a checklist page: ${bytes} bytes`);
  expect(bytes).toBeLessThanOrEqual(6.6 * 1024);
});
