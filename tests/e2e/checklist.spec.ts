/**
 * Checklists in a browser: ticks and notes kept per unit on this device, progress on the
 * checklist, index, unit and home pages, 本单位 kept apart from the unit shown, two pages at once,
 * reset, export, print, content changes and renames between builds, broken, full or missing
 * storage, ids that name Object members, narrow zoomed screens, keyboard use, accessibility, and
 * the JavaScript it costs. The checklist and the units are picked from the content
 * (./support/subjects.ts); its items' words and counts are read from the same files.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { progressKey, textHash } from '../../src/lib/checklistProgress.ts';
import { READING_DATE, READING_DAY } from './support/clock.ts';
import { escapeRegExp, site, tickable } from './support/subjects.ts';

// A checklist of four or more items and two units it applies to: MINE, the unit most tests tick
// for, and OTHER; SECOND is another checklist of MINE's.
const { checklist: CHECKLIST, units: [MINE, OTHER], second: SECOND } = tickable;
const ID = CHECKLIST.id;
const TITLE = CHECKLIST.data.title;
const PAGE = `checklists/${ID}/`;
const ITEMS = CHECKLIST.data.items.map((entry) => entry.id);
const TEXT = CHECKLIST.data.items.map((entry) => entry.text);
const N = ITEMS.length;
const M = SECOND.data.items.length;
const MY_UNIT = 'duban.myUnit.v1';

const done = (ticked: number, of = N) => `${ticked} / ${of} 已完成`;
const item = (page: Page, index: number) => page.locator(`li[data-item="${ITEMS[index]}"]`);
const box = (page: Page, index: number) => page.getByRole('checkbox', { name: TEXT[index]!, exact: true });
const count = (page: Page) => page.locator('duban-checklist [data-count-text]');
const unitSelect = (page: Page) => page.getByRole('combobox', { name: '单位：' });
const progressRow = (page: Page, checklist: string) => page.locator(`duban-checklist-progress li[data-checklist="${checklist}"]`);
/** A saved tick of item `index`, against its wording (or `text`). */
const saved = (index: number, note = '', text = TEXT[index]!) => ({ done: true, note, hash: textHash(text), at: '2022-05-16' });

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
  await page.goto(`${PAGE}?unit=${MINE.id}`);
  await expect(unitSelect(page)).toHaveValue(MINE.id);
  await box(page, 0).check();
  await expect(count(page)).toHaveText(done(1));
  await expect(item(page, 0).locator('[data-state]')).toHaveText('已完成');
  await page.reload();
  await expect(box(page, 0)).toBeChecked();
  await expect(page.locator('duban-checklist progress')).toHaveJSProperty('value', 1);

  await unitSelect(page).selectOption(OTHER.id);
  await expect(box(page, 0)).not.toBeChecked();
  await box(page, 1).check();
  await box(page, 2).check();
  await expect(count(page)).toHaveText(done(2));
  await unitSelect(page).selectOption(MINE.id);
  await expect(count(page)).toHaveText(done(1));
  await expect(box(page, 1)).not.toBeChecked();
});

test('progress shows on the unit page, and on the home page for 本单位 once it is set', async ({ page }) => {
  await page.goto(PAGE);
  await unitSelect(page).selectOption(MINE.id);
  for (const index of [0, 1, 2]) await box(page, index).check();
  await page.goto(`units/${MINE.id}/`);
  await expect(progressRow(page, ID)).toContainText(done(3));
  await expect(progressRow(page, ID).locator('progress')).toHaveJSProperty('value', 3);
  await expect(progressRow(page, SECOND.id)).toContainText(done(0, M));
  // Choosing the unit on the checklist showed its ticks; it did not make it 本单位.
  await page.goto('');
  await expect(page.getByText('在上方选择本单位后，这里显示本单位各核查清单的完成进度。')).toBeVisible();
  await page.goto(`${PAGE}?unit=${MINE.id}`);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '设为本单位' }).click();
  await page.goto('');
  await expect(progressRow(page, ID)).toContainText(done(3));
  await expect(page.getByText('在上方选择本单位后')).toBeHidden();
});

test('viewing another unit\'s ticks leaves 本单位 alone; changing 本单位 asks first', async ({ page }) => {
  await page.addInitScript(([key, unit]) => {
    if (sessionStorage.getItem('seeded') === null) {
      localStorage.setItem(key!, unit!);
      sessionStorage.setItem('seeded', '1');
    }
  }, [MY_UNIT, MINE.id]);
  await page.goto(PAGE);
  const mine = page.locator('duban-checklist .mine');
  const setMine = page.getByRole('button', { name: '设为本单位' });
  await expect(unitSelect(page)).toHaveValue(MINE.id);
  await expect(mine).toHaveText('（本单位）');
  await expect(setMine).toBeHidden();

  await unitSelect(page).selectOption(OTHER.id);
  await box(page, 1).check();
  await box(page, 2).check();
  await expect(mine).toBeHidden();
  await expect(setMine).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), MY_UNIT)).toBe(MINE.id);
  await page.goto('');
  await expect(progressRow(page, ID)).toContainText(done(0));

  await page.goto(`${PAGE}?unit=${OTHER.id}`);
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await setMine.click();
  expect(asked).toEqual([`将“${OTHER.data.name}”设为本设备的本单位吗？首页和核查清单将按该单位显示完成进度。`]);
  await expect(setMine).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), MY_UNIT)).toBe(MINE.id);

  page.once('dialog', (dialog) => void dialog.accept());
  await setMine.click();
  await expect(mine).toBeVisible();
  await expect(setMine).toBeHidden();
  await page.goto('');
  await expect(progressRow(page, ID)).toContainText(done(2));
});

test('the home page asks for 本单位 before it shows progress', async ({ page }) => {
  await page.goto('');
  await expect(page.getByText('在上方选择本单位后，这里显示本单位各核查清单的完成进度。')).toBeVisible();
  await expect(page.locator('duban-checklist-progress li[data-checklist]').first()).toBeHidden();
});

test('notes are kept with the tick; reset clears both after confirmation', async ({ page }) => {
  await page.goto(`${PAGE}?unit=${MINE.id}`);
  await box(page, 3).check();
  const note = item(page, 3).getByRole('textbox', { name: '备注：' });
  await note.fill('已整改，见台账第12号');
  await page.reload();
  await expect(note).toHaveValue('已整改，见台账第12号');

  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: '清空' }).click();
  await expect(count(page)).toHaveText(done(1));
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('确定清空');
    void dialog.accept();
  });
  await page.getByRole('button', { name: '清空' }).click();
  await expect(count(page)).toHaveText(done(0));
  await page.reload();
  await expect(note).toHaveValue('');
  await expect(box(page, 3)).not.toBeChecked();
});

test('export: a plain-text summary and a CSV with BOM, formulas neutralised', async ({ page }, testInfo) => {
  await page.goto(`${PAGE}?unit=${MINE.id}`);
  await box(page, 0).check();
  await item(page, 0).getByRole('textbox').fill('=HYPERLINK("x"), 已核');
  const today = READING_DATE;

  const [text] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出进度（文本）' }).click()]);
  expect(text.suggestedFilename()).toBe(`${TITLE}-${MINE.data.name}-${today}.txt`);
  const summary = readFileSync(await text.path(), 'utf8');
  expect(summary).toBe(
    [
      `${TITLE}（1 / ${N}）`,
      `单位：${MINE.data.name}　日期：${today}`,
      '',
      `1. [✓] ${TEXT[0]}（已完成）`,
      '   备注：=HYPERLINK("x"), 已核',
      ...TEXT.slice(1).map((words, index) => `${index + 2}. [ ] ${words}（未完成）`),
      '',
    ].join('\n'),
  );

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出进度（CSV）' }).click()]);
  const bytes = readFileSync(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text8 = bytes.toString('utf8').slice(1);
  expect(text8.split('\r\n')[0]).toBe('核查清单,单位,序号,条目,状态,复核,备注,更新日期');
  expect(parseCsv(text8, { relax_column_count: false })).toEqual([
    ['核查清单', '单位', '序号', '条目', '状态', '复核', '备注', '更新日期'],
    [TITLE, MINE.data.name, '1', TEXT[0], '已完成', '', '\'=HYPERLINK("x"), 已核', today],
    ...TEXT.slice(1).map((words, index) => [TITLE, MINE.data.name, String(index + 2), words, '未完成', '', '', '']),
  ]);
  writeFileSync(testInfo.outputPath('progress.csv'), bytes);
});

test('print: a form to file, with the unit, the date, the ticks and notes, and lines to sign; a blank copy with none of them', async ({ page }, testInfo) => {
  await page.goto(`${PAGE}?unit=${MINE.id}`);
  await box(page, 0).check();
  await box(page, 1).check();
  await item(page, 0).getByRole('textbox').fill('见台账第12号');
  await page.emulateMedia({ media: 'print' });
  // pdftotext breaks lines where the page does: read the text in reading order (-raw), without
  // spaces or line breaks.
  const pdfText = async (name: string) => {
    const path = testInfo.outputPath(name);
    writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  };
  // Words the checklist may hold itself, counted in the expectations.
  const inItems = (word: string) => [TITLE, CHECKLIST.data.description ?? '', ...TEXT].join('\n').split(word).length - 1;
  const times = (text: string, word: string) => text.split(word).length - 1;
  const signatures = '填报人：审核人（单位主要负责同志）：日期：';
  const ticked = await pdfText('ticked.pdf');
  expect(ticked).toContain(`单位：${MINE.data.name}日期：2022年5月17日`);
  expect(times(ticked, '已完成')).toBe(2 + inItems('已完成'));
  expect(times(ticked, '未完成')).toBe(N - 2 + inItems('未完成'));
  expect(times(ticked, '备注：')).toBe(N + inItems('备注：'));
  expect(ticked).toContain('备注：见台账第12号');
  expect(ticked).toContain(signatures);
  // No input hint, and no address after a link: an empty note prints empty.
  expect(ticked).not.toContain('如：');
  expect(ticked).not.toContain('/ducha/');

  await page.locator('duban-checklist').evaluate((element) => element.setAttribute('data-blank', ''));
  const blank = await pdfText('blank.pdf');
  for (const words of TEXT) expect(blank).toContain(words.replace(/\s+/g, ''));
  expect(times(blank, '已完成')).toBe(inItems('已完成'));
  expect(times(blank, '未完成')).toBe(inItems('未完成'));
  for (const filled of [MINE.data.name, '2022年5月17日', '见台账第12号', '如：']) expect(blank).not.toContain(filled);
  expect(blank).toContain('单位：日期：');
  expect(times(blank, '备注：')).toBe(N + inItems('备注：'));
  expect(blank).toContain(signatures);
});

test('content changed since the ticks were saved: removed items left out, new ones unticked, re-worded flagged', async ({ page }) => {
  // The state a previous build left: ticks saved against that build's items and wording.
  const previous = { v: 1, items: { [ITEMS[0]!]: saved(0), [ITEMS[1]!]: saved(1, '按旧要求核过', `${TEXT[1]}（旧的措辞）`), 'yi-shanchu': saved(0, '', '已删除的条目') } };
  await page.addInitScript(([key, value]) => {
    if (sessionStorage.getItem('seeded') === null) {
      localStorage.setItem(key!, value!);
      sessionStorage.setItem('seeded', '1');
    }
  }, [progressKey(MINE.id, ID), JSON.stringify(previous)]);
  await page.goto(`${PAGE}?unit=${MINE.id}`);
  await expect(box(page, 0)).toBeChecked();
  await expect(item(page, 0).locator('[data-stale]')).toBeHidden();
  await expect(box(page, 1)).toBeChecked();
  await expect(item(page, 1).locator('[data-stale]')).toBeVisible();
  await expect(item(page, 1).locator('[data-stale]')).toContainText('内容已更新，请复核');
  await expect(count(page)).toHaveText(done(2));
  for (const id of ITEMS.slice(2)) await expect(page.locator(`li[data-item="${id}"] input[type=checkbox]`)).not.toBeChecked();

  await item(page, 1).getByRole('button', { name: '已复核' }).click();
  await expect(item(page, 1).locator('[data-stale]')).toBeHidden();
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), progressKey(MINE.id, ID)))!);
  // A removed item is not shown but stays stored: a page of an older build may still show it.
  expect(Object.keys(stored.items).sort()).toEqual([ITEMS[0], ITEMS[1], 'yi-shanchu'].sort());
  expect(stored.items[ITEMS[1]!]).toMatchObject({ done: true, note: '按旧要求核过', hash: textHash(TEXT[1]!) });
  await page.reload();
  await expect(item(page, 1).locator('[data-stale]')).toBeHidden();
});

test('corrupt or foreign data in storage does not break the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(([a, b, myUnit, unit]) => {
    localStorage.setItem(a!, '{not json');
    localStorage.setItem(b!, JSON.stringify({ v: 99, items: { x: 1 } }));
    localStorage.setItem(myUnit!, unit!);
  }, [progressKey(MINE.id, ID), progressKey(MINE.id, SECOND.id), MY_UNIT, MINE.id]);
  await page.goto(PAGE);
  await expect(count(page)).toHaveText(done(0));
  await box(page, 0).check();
  await expect(count(page)).toHaveText(done(1));
  await page.goto(`units/${MINE.id}/`);
  await expect(progressRow(page, SECOND.id)).toContainText(done(0, M));
  expect(errors).toEqual([]);
});

test('without storage, ticks last for the visit and the page says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto(`${PAGE}?unit=${MINE.id}`);
  await box(page, 0).check();
  await expect(page.getByText('本设备无法保存勾选')).toBeVisible();
  await expect(box(page, 0)).toBeChecked();
  await expect(count(page)).toHaveText(done(1));
});

test('with storage full or a zero quota, ticks outlive a switch to another unit and back', async ({ page }) => {
  const last = N - 1;
  await page.addInitScript(([key, value]) => {
    // A tick saved earlier, then a storage that refuses every write.
    localStorage.setItem(key!, value!);
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }, [progressKey(MINE.id, ID), JSON.stringify({ v: 1, items: { [ITEMS[last]!]: saved(last) } })]);
  await page.goto(`${PAGE}?unit=${MINE.id}`);
  await box(page, 0).check();
  await expect(page.getByText('本设备无法保存勾选')).toBeVisible();
  await unitSelect(page).selectOption(OTHER.id);
  await expect(count(page)).toHaveText(done(0));
  await box(page, 1).check();
  await unitSelect(page).selectOption(MINE.id);
  await expect(box(page, 0)).toBeChecked();
  await expect(box(page, last)).toBeChecked();
  await expect(box(page, 1)).not.toBeChecked();
  await expect(count(page)).toHaveText(done(2));
  await unitSelect(page).selectOption(OTHER.id);
  await expect(box(page, 1)).toBeChecked();
  await expect(count(page)).toHaveText(done(1));
});

test('one checklist open in two pages: ticks and notes made in each are all kept, and each page shows them', async ({ page, context }) => {
  const other = await context.newPage();
  await other.clock.setFixedTime(READING_DAY);
  await page.goto(`${PAGE}?unit=${MINE.id}`);
  await other.goto(`${PAGE}?unit=${MINE.id}`);
  await box(page, 0).check();
  await box(other, 1).check();
  await item(other, 3).getByRole('textbox').fill('乙页的备注');
  await box(page, 2).check();
  for (const each of [page, other]) {
    for (const index of [0, 1, 2]) await expect(box(each, index)).toBeChecked();
    await expect(count(each)).toHaveText(done(3));
  }
  await expect(item(page, 3).getByRole('textbox')).toHaveValue('乙页的备注');
  // The other page unticks what this one ticked: the newer edit wins.
  await box(other, 0).uncheck();
  await expect(box(page, 0)).not.toBeChecked();
  await page.reload();
  await expect(count(page)).toHaveText(done(2));
  await expect(item(page, 3).getByRole('textbox')).toHaveValue('乙页的备注');
});

test('item and unit ids that name Object members (constructor) are ids like any other', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A build whose first item and a unit are called `constructor`: the item's id wherever the
  // checklist and the progress lists carry it, as an attribute or in a list of ids.
  const firstItem = new RegExp(`(?<=["\\s]|-${escapeRegExp(ID)}-)${escapeRegExp(ITEMS[0]!)}(?=["\\s:]|-state")`, 'g');
  const asConstructor = (html: string) => html.replace(firstItem, 'constructor').replaceAll('data-units="', 'data-units="constructor ');
  await rewrite(page, PAGE, asConstructor);
  await rewrite(page, '', asConstructor);
  await page.goto(`${PAGE}?unit=${MINE.id}`);
  // A new device: nothing ticked, nothing to review, no "undefined".
  await expect(count(page)).toHaveText(done(0));
  await expect(page.locator('li[data-item="constructor"] [data-stale]')).toBeHidden();
  await expect(page.locator('li[data-item="constructor"]').getByRole('textbox')).toHaveValue('');
  await box(page, 0).check();
  await page.reload();
  await expect(box(page, 0)).toBeChecked();
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), progressKey(MINE.id, ID)))!).items.constructor).toMatchObject({ done: true, note: '' });

  await page.evaluate(([myUnit, key, value]) => {
    localStorage.setItem(myUnit!, 'constructor');
    localStorage.setItem(key!, value!);
  }, [MY_UNIT, progressKey('constructor', ID), JSON.stringify({ v: 1, items: { constructor: { ...saved(0), at: '' } } })]);
  await page.goto('');
  await expect(progressRow(page, ID)).toContainText(done(1));
  await expect(progressRow(page, SECOND.id)).toContainText(done(0, M));
  expect(errors).toEqual([]);
});

test('a renamed checklist takes over the ticks saved under its former id', async ({ page }) => {
  // A build in which the checklist was published before under another id (`renamedFrom`).
  const FORMER = `${ID}-former`;
  const renamed = (html: string) => html.replaceAll(`data-checklist="${ID}"`, `data-checklist="${ID}" data-renamed-from="${FORMER}"`);
  await rewrite(page, PAGE, renamed);
  await rewrite(page, `units/${OTHER.id}/`, renamed);
  const tick = (note: string) => ({ v: 1, items: { [ITEMS[0]!]: saved(0, note) } });
  await page.addInitScript(([mine, other, a, b]) => {
    if (sessionStorage.getItem('seeded') === null) {
      localStorage.setItem(mine!, a!);
      localStorage.setItem(other!, b!);
      sessionStorage.setItem('seeded', '1');
    }
  }, [progressKey(MINE.id, FORMER), progressKey(OTHER.id, FORMER), JSON.stringify(tick('旧清单的备注')), JSON.stringify(tick(''))]);
  const stored = (unit: string, checklist: string) => page.evaluate((key) => localStorage.getItem(key), progressKey(unit, checklist));

  await page.goto(`${PAGE}?unit=${MINE.id}`);
  await expect(box(page, 0)).toBeChecked();
  await expect(item(page, 0).getByRole('textbox')).toHaveValue('旧清单的备注');
  expect(await stored(MINE.id, FORMER)).toBeNull();
  expect(JSON.parse((await stored(MINE.id, ID))!).items[ITEMS[0]!]).toMatchObject({ done: true, note: '旧清单的备注' });
  // Another unit's ticks move when its progress is first shown, on its unit page too.
  await page.goto(`units/${OTHER.id}/`);
  await expect(progressRow(page, ID)).toContainText(done(1));
  expect(await stored(OTHER.id, FORMER)).toBeNull();
});

test('the checklist index says what each checklist is for, and how far 本单位 has got', async ({ page }) => {
  await page.goto('checklists/');
  for (const checklist of site.content.checklists) {
    const row = page.locator(`li[data-checklist="${checklist.id}"]`);
    await expect(row).toContainText(`${checklist.data.title}（${checklist.data.items.length} 项）`);
    if (checklist.data.description !== undefined) await expect(row).toContainText(checklist.data.description);
    await expect(row.locator('.bar')).toBeHidden();
  }
  await expect(page.getByText('在首页选择本单位，或在核查清单中设为本单位后，这里显示本单位各核查清单的完成进度。')).toBeVisible();

  await page.evaluate(([myUnit, unit, key, value]) => {
    localStorage.setItem(myUnit!, unit!);
    localStorage.setItem(key!, value!);
  }, [MY_UNIT, MINE.id, progressKey(MINE.id, ID), JSON.stringify({ v: 1, items: { [ITEMS[1]!]: { ...saved(1), at: '' } } })]);
  await page.reload();
  const mine = page.locator(`li[data-checklist="${ID}"]`);
  await expect(mine.locator('.bar')).toContainText(done(1));
  await expect(mine.getByRole('link', { name: TITLE, exact: true })).toHaveAttribute('href', new RegExp(`\\?unit=${MINE.id}$`));
  await expect(page.getByText('这里显示本单位各核查清单的完成进度')).toBeHidden();
});

test.describe('on a 360 px phone with text at 200 %', () => {
  // The zoom is a stylesheet added by the test, which the pages' Content-Security-Policy would refuse.
  test.use({ viewport: { width: 360, height: 800 }, bypassCSP: true });

  test('checklist progress is whole, on the checklist, the index, the home and the unit page', async ({ page }) => {
    await page.addInitScript(([key, unit]) => localStorage.setItem(key!, unit!), [MY_UNIT, MINE.id]);
    for (const path of [`${PAGE}?unit=${MINE.id}`, 'checklists/', '', `units/${MINE.id}/`]) {
      await page.goto(path);
      await page.addStyleTag({ content: 'html { font-size: 200%; }' });
      const bars = page.locator(':is(duban-checklist .progress, duban-checklist-progress .bar):visible');
      await expect(bars.first()).toBeVisible();
      for (const bar of await bars.all()) {
        const bounds = (await bar.boundingBox())!;
        expect(bounds.x + bounds.width, `${path}: a progress bar runs off the screen`).toBeLessThanOrEqual(360);
        expect(await bar.evaluate((element) => element.scrollWidth <= element.clientWidth), `${path}: a progress bar is clipped`).toBe(true);
      }
    }
  });
});

test('without a unit chosen the boxes wait, and say why', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByText('请先选择单位。')).toBeVisible();
  await expect(box(page, 0)).toBeDisabled();
});

test('keyboard only: choose the unit, tick, write a note', async ({ page }) => {
  await page.goto(PAGE);
  const unit = unitSelect(page);
  await unit.focus();
  await unit.selectOption(OTHER.id);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '设为本单位' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(box(page, 0)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(box(page, 0)).toBeChecked();
  // The item's source link comes next, then its note.
  await page.keyboard.press('Tab');
  await expect(item(page, 0).locator('.meta a')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('已自查');
  await expect(item(page, 0).locator('[data-note]')).toHaveValue('已自查');
  await expect(count(page)).toHaveText(done(1));
});

test('a checklist with ticks and a flagged item is axe clean', async ({ page }) => {
  await page.addInitScript(([key, value]) => {
    localStorage.setItem(key!, value!);
  }, [progressKey(MINE.id, ID), JSON.stringify({ v: 1, items: { [ITEMS[1]!]: { done: true, note: 'x', hash: '00000000', at: '' } } })]);
  await page.goto(`${PAGE}?unit=${MINE.id}`);
  await expect(item(page, 1).locator('[data-stale]')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

// 6,003 bytes before ticks were merged across pages; the merge itself, following other pages,
// moving a renamed checklist's ticks, "设为本单位" and the printed unit and date brought it to about
// 6.4 KB; carrying a retired item's tick to the item that succeeds it, to about 6.55 KB.
// The CSV writer, shared since with the 报送 page, became a chunk of its own: some 50 bytes of
// imports and exports more, nothing new to run. Measured after the merges of issue 15: 6,844 bytes
// (the checklist 4,323, its store 1,666, then csv, my unit, local date, fill).
test('the checklist costs at most 6.9 KB of JavaScript', async ({ page }) => {
  const scripts: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body());
  });
  await page.goto(PAGE, { waitUntil: 'networkidle' });
  const bytes = (await Promise.all(scripts)).reduce((sum, body) => sum + body.length, 0);
  console.log(`JavaScript on a checklist page: ${bytes} bytes`);
  expect(bytes).toBeLessThanOrEqual(6.9 * 1024);
});
