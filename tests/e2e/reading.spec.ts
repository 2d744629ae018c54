/**
 * The reading experience in a browser: the unit picker, task filters in the URL, the source link
 * landing on a highlighted paragraph, deadline states from the reader's own date, print, and the
 * JavaScript budget.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { READING_DATE, READING_DAY } from './support/clock.ts';

test('the unit picker goes to the unit and is remembered on this device, by keyboard alone', async ({ page }) => {
  await page.goto('');
  const picker = page.getByRole('combobox', { name: '选择单位' });
  await picker.focus();
  await picker.selectOption({ label: '区公安分局' });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '查看本单位任务' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ducha\/units\/gongan\/$/);
  await page.goto('');
  await expect(page.getByText('上次查看：')).toBeVisible();
  // The home page may link the unit elsewhere too (本单位's progress): the picker's own link.
  await expect(page.locator('[data-remembered]').getByRole('link', { name: '区公安分局' })).toHaveAttribute('href', '/ducha/units/gongan/');
  await expect(picker).toHaveValue('gongan');
});

test('without storage the picker still works and remembers nothing', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new Error('blocked'); } });
  });
  await page.goto('');
  await page.getByRole('combobox', { name: '选择单位' }).selectOption('huanbao');
  await page.getByRole('button', { name: '查看本单位任务' }).click();
  await expect(page).toHaveURL(/units\/huanbao\/$/);
});

test('task filters narrow the table, live in the URL, and come back from a shared link', async ({ page }) => {
  await page.goto('tasks/');
  const rows = page.locator('table.tasks tbody tr');
  const total = await rows.count();
  await expect(page.getByRole('status')).toHaveText(`显示 ${total} / ${total} 项任务`);

  await page.getByRole('combobox', { name: '单位' }).selectOption('zhengfawei');
  await expect(page).toHaveURL(/\?unit=zhengfawei$/);
  // 政法委 leads 信访稳控 itself and is a member of 各板块各部门, so it reaches those tasks too.
  const shown = await rows.filter({ visible: true }).count();
  expect(shown).toBeGreaterThan(1);
  expect(shown).toBeLessThan(total);

  await page.getByRole('combobox', { name: '角色' }).selectOption({ label: '本单位牵头' });
  await page.getByRole('combobox', { name: '状态' }).selectOption('未开始');
  const url = page.url();
  expect(url).toContain('role=lead');
  const narrowed = await rows.filter({ visible: true }).count();

  await page.goto(url);
  await expect(page.getByRole('combobox', { name: '单位' })).toHaveValue('zhengfawei');
  await expect(page.getByRole('combobox', { name: '角色' })).toHaveValue('lead');
  await expect(rows.filter({ visible: true })).toHaveCount(narrowed);
  await expect(page.getByRole('link', { name: /信访稳控/ })).toBeVisible();

  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/tasks\/$/);
  await expect(rows.filter({ visible: true })).toHaveCount(total);
});

test('a unit\'s own 牵头 and its tasks as a member of a group are told apart, in the filter and on its page', async ({ page }) => {
  const rows = page.locator('table.tasks tbody tr').filter({ visible: true });
  await page.goto('tasks/?unit=zhujian&role=lead');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('驻点');
  await page.goto('tasks/?unit=zhujian&role=member');
  const members = await rows.count();
  expect(members).toBeGreaterThan(20);
  await page.goto('tasks/?unit=zhujian');
  await expect(rows).toHaveCount(members + 1);
  await expect(page.getByRole('combobox', { name: '角色' }).locator('option')).toHaveText(['全部', '本单位牵头', '配合、督办等', '作为成员单位']);

  await page.goto('units/zhujian/');
  const summary = page.getByRole('region', { name: '概览' });
  await expect(summary.getByRole('link', { name: /^本单位牵头/ })).toHaveText('本单位牵头 1 项');
  await expect(summary.getByRole('link', { name: /^作为“各板块各部门”成员落实/ })).toHaveText(/^作为“各板块各部门”成员落实 \d+ 项$/);
  // No task addressed to a group is labelled as the unit's own 牵头.
  const viaTable = page.getByRole('table', { name: '作为成员单位落实的任务' });
  await expect(viaTable.getByRole('cell', { name: '牵头', exact: true })).toHaveCount(0);
  await expect(viaTable.getByRole('cell', { name: '作为“各板块各部门”成员落实' }).first()).toBeVisible();
});

test('a filter that leaves no task says which conditions, and clears them', async ({ page }) => {
  await page.goto('tasks/?unit=zhujian&status=已销号');
  const rows = page.locator('table.tasks tbody tr');
  await expect(rows.filter({ visible: true })).toHaveCount(0);
  const notice = page.locator('[data-filter-empty]');
  await expect(notice.getByRole('status')).toHaveText('本页没有同时符合以下条件的任务：单位：区住建局；状态：已销号。请放宽条件，或清除筛选。');
  await notice.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/tasks\/$/);
  await expect(notice).toBeHidden();
  await expect(rows.filter({ visible: true })).toHaveCount(await rows.count());
});

test('sorting by deadline puts 会后立即 first, then the dated task, and keeps the sort in the URL', async ({ page }) => {
  await page.goto('tasks/?sort=deadline');
  const rows = page.locator('table.tasks tbody tr');
  await expect(rows.first()).toContainText('总协调人');
  await expect(rows.nth(1)).toContainText('驻点');
  await page.goto('tasks/');
  await expect(rows.first()).not.toContainText('总协调人');
});

test('the matrix expands groups into their member units on a page of its own, without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('matrix/');
  const views = page.getByRole('navigation', { name: '责任分工表的显示方式' });
  await expect(views.getByText('按讲话所列单位')).toHaveAttribute('aria-current', 'page');
  await expect(views.getByRole('link', { name: '按讲话所列单位' })).toHaveCount(0);
  await views.getByRole('link', { name: '展开单位组' }).click();
  await expect(page).toHaveURL(/\/ducha\/matrix\/members\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('责任分工表（展开单位组）');
  const header = page.locator('table.matrix thead th');
  await expect(header.filter({ hasText: '住建' })).toHaveCount(1);
  await expect(header.filter({ hasText: '各板块各部门' })).toHaveCount(0);
  await expect(page.locator('table.matrix td', { hasText: '成员' }).first()).toBeVisible();
  await context.close();
});

test('without JavaScript the task list is a complete table and the filters stay out of the way', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('tasks/');
  await expect(page.locator('form.filters')).toBeHidden();
  await expect(page.locator('table.tasks tbody tr')).toHaveCount(await page.locator('table.tasks tbody tr').count());
  expect(await page.locator('table.tasks tbody tr').count()).toBeGreaterThan(25);
  await context.close();
});

test('the source link lands on the paragraph, highlighted, holding the quote', async ({ page }) => {
  await page.goto('tasks/xinfang-wenkong/');
  const quote = (await page.locator('blockquote').innerText()).trim();
  await page.getByRole('link', { name: /查看会议记录原文/ }).click();
  await expect(page).toHaveURL(/meetings\/yingcha-anpai\/#p\d+$/);
  const target = page.locator(':target');
  await expect(target).toContainText(quote);
  const background = await target.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  await expect(target).toBeInViewport();
});

test.describe('deadline states come from the reader\'s date, not the build', () => {
  test('a date whose year waits for confirmation raises no alarm, years later', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-29T09:00:00+08:00'));
    await page.goto('units/gongan/');
    const secondment = page.locator('.deadlines li').filter({ hasText: '驻点' });
    await expect(secondment.locator('.deadline')).toHaveText('5月19日前（年份待确认）');
    await expect(page.locator('.due-state')).toHaveCount(0);
    // The alarm is "逾期 N 天"; the progress section's count of 逾期 (0 项) and its note are no alarm.
    await expect(page.getByText(/逾期 \d+ 天/)).toHaveCount(0);
    await page.goto('');
    await expect(page.getByText('目前没有已逾期或 7 天内到期的任务。')).toBeVisible();
    await page.goto('tasks/?window=overdue');
    await expect(page.locator('table.tasks tbody tr').filter({ visible: true })).toHaveCount(0);
    await page.goto('timeline/');
    await expect(page.getByRole('heading', { name: '5月19日（年份待确认）' })).toBeVisible();
    await expect(page.locator('.due-state')).toHaveCount(0);
  });

  test('a confirmed date is due soon two days before, and overdue after, in words', async ({ page }) => {
    // The content has no confirmed date yet: one is placed in a fresh <duban-due-states>, which the
    // page's own script fills in with the page's own words, as it would a confirmed deadline.
    const stateOn = async (day: string) => {
      await page.clock.setFixedTime(new Date(`${day}T09:00:00+08:00`));
      await page.goto('timeline/');
      return page.evaluate(() => {
        const words = document.querySelector('duban-due-states')!.getAttribute('data-strings')!;
        const region = document.createElement('duban-due-states');
        region.setAttribute('data-strings', words);
        region.innerHTML = '<span class="due-state" data-due="2022-05-19" data-status="未开始"></span>';
        document.querySelector('main')!.append(region);
        const state = region.querySelector<HTMLElement>('.due-state')!;
        return [state.textContent, state.dataset['state']];
      });
    };
    expect(await stateOn(READING_DATE)).toEqual(['2 天后到期', 'soon']);
    expect(await stateOn('2022-05-25')).toEqual(['逾期 6 天', 'overdue']);
  });

  test('no milestone has a date yet, and the home page says so plainly', async ({ page }) => {
    await page.clock.setFixedTime(READING_DAY);
    await page.goto('');
    await expect(page.getByText('各节点日期尚未确定。')).toBeVisible();
  });
});

test('JavaScript: at most 10 KB on a unit page, none on the meeting record', async ({ page }) => {
  const measure = async (path: string) => {
    const scripts: Promise<Buffer>[] = [];
    const listener = (response: import('@playwright/test').Response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    };
    page.on('response', listener);
    await page.goto(path, { waitUntil: 'networkidle' });
    page.off('response', listener);
    const bytes = (await Promise.all(scripts)).reduce((sum, body) => sum + body.length, 0);
    const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.reduce((sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length, 0));
    return bytes + inline;
  };
  const unit = await measure('units/gongan/');
  console.log(`JavaScript on a unit page: ${unit} bytes`);
  expect(unit).toBeLessThanOrEqual(10 * 1024);
  expect(await measure('meetings/yingcha-anpai/')).toBe(0);
  expect(await page.locator('script').count()).toBe(0);
});

test('print: no navigation, A4 portrait for a unit, A4 landscape for the matrix', async ({ page }, testInfo) => {
  const pageSize = (pdf: Buffer) => {
    const match = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    return match === null ? undefined : { width: Number(match[1]), height: Number(match[2]) };
  };
  mkdirSync(testInfo.outputPath(), { recursive: true });
  await page.goto('units/gongan/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '页面位置' })).toBeHidden();
  const unitPdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(testInfo.outputPath('unit.pdf'), unitPdf);
  const unitSize = pageSize(unitPdf)!;
  expect(Math.round(unitSize.width)).toBe(595);
  expect(Math.round(unitSize.height)).toBe(842);

  await page.goto('matrix/');
  await page.emulateMedia({ media: 'print' });
  const matrixPdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(testInfo.outputPath('matrix.pdf'), matrixPdf);
  const matrixSize = pageSize(matrixPdf)!;
  expect(Math.round(matrixSize.width)).toBe(842);
  expect(Math.round(matrixSize.height)).toBe(595);
});
