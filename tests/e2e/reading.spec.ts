/**
 * The reading experience in a browser: the unit picker, task filters in the URL, the source link
 * landing on a highlighted paragraph, deadline states from the reader's own date, print, and the
 * JavaScript budget. Which unit, task and checklist each test reads is picked from the content
 * (./support/subjects.ts), and what it must show is worked out from the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { DepartmentEntry } from '../../src/data/entries.ts';
import { paragraphOf } from '../../src/data/content.ts';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { READING_DATE, READING_DAY } from './support/clock.ts';
import { busiestUnit, emptyFilter, escapeRegExp, leadingMember, monthDay, openDatedTasks, site, tasksOf, titleOf, unconfirmedTasks, viaGroups } from './support/subjects.ts';

const unit = busiestUnit;

test('the unit picker goes to the unit and is remembered on this device, by keyboard alone', async ({ page }) => {
  await page.goto('');
  const picker = page.getByRole('combobox', { name: '选择单位' });
  await picker.focus();
  await picker.selectOption({ label: unit.data.name });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '查看本单位任务' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/ducha/units/${unit.id}/$`));
  await page.goto('');
  await expect(page.getByText('上次查看：')).toBeVisible();
  // The home page may link the unit elsewhere too (本单位's progress): the picker's own link.
  await expect(page.locator('[data-remembered]').getByRole('link', { name: unit.data.name })).toHaveAttribute('href', `/ducha/units/${unit.id}/`);
  await expect(picker).toHaveValue(unit.id);
});

test('without storage the picker still works and remembers nothing', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new Error('blocked'); } });
  });
  await page.goto('');
  await page.getByRole('combobox', { name: '选择单位' }).selectOption(leadingMember.id);
  await page.getByRole('button', { name: '查看本单位任务' }).click();
  await expect(page).toHaveURL(new RegExp(`units/${leadingMember.id}/$`));
});

test('task filters narrow the table, live in the URL, and come back from a shared link', async ({ page }) => {
  const total = Math.min(site.content.tasks.length, PAGE_SIZE);
  const reached = tasksOf(leadingMember.id);
  // The unit leads some tasks itself: narrowed to those with the status of the first one.
  const ledTask = site.content.taskById.get(reached.lead[0]!)!;
  const ledStatus = site.progress.status(ledTask.id);
  const narrowed = reached.lead.filter((id) => site.progress.status(id) === ledStatus).length;
  await page.goto('tasks/');
  const rows = page.locator('table.tasks tbody tr');
  await expect(rows).toHaveCount(total);
  await expect(page.getByRole('status')).toHaveText(`显示 ${total} / ${total} 项任务`);

  await page.getByRole('combobox', { name: '单位' }).selectOption(leadingMember.id);
  await expect(page).toHaveURL(new RegExp(`\\?unit=${leadingMember.id}$`));
  // Those it leads or supports, and those that reach it through its groups.
  await expect(rows.filter({ visible: true })).toHaveCount(reached.all.length);
  await expect(page.getByRole('status')).toHaveText(`显示 ${reached.all.length} / ${total} 项任务`);

  await page.getByRole('combobox', { name: '角色' }).selectOption({ label: '本单位牵头' });
  await page.getByRole('combobox', { name: '状态' }).selectOption(ledStatus);
  const url = page.url();
  expect(url).toContain('role=lead');
  await expect(rows.filter({ visible: true })).toHaveCount(narrowed);

  await page.goto(url);
  await expect(page.getByRole('combobox', { name: '单位' })).toHaveValue(leadingMember.id);
  await expect(page.getByRole('combobox', { name: '角色' })).toHaveValue('lead');
  await expect(page.getByRole('combobox', { name: '状态' })).toHaveValue(ledStatus);
  await expect(rows.filter({ visible: true })).toHaveCount(narrowed);
  await expect(rows.filter({ visible: true }).getByRole('link', { name: ledTask.data.title, exact: true })).toBeVisible();

  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/tasks\/$/);
  await expect(rows.filter({ visible: true })).toHaveCount(total);
});

test('a unit\'s own 牵头 and its tasks as a member of a group are told apart, in the filter and on its page', async ({ page }) => {
  const reached = tasksOf(leadingMember.id);
  const visibleTitles = () => page.locator('table.tasks tbody tr').filter({ visible: true }).locator('th[scope=row] a').allInnerTexts();
  await page.goto(`tasks/?unit=${leadingMember.id}&role=lead`);
  await expect.poll(visibleTitles).toEqual(reached.lead.map(titleOf));
  await page.goto(`tasks/?unit=${leadingMember.id}&role=member`);
  await expect.poll(visibleTitles).toEqual(reached.member.map(titleOf));
  await page.goto(`tasks/?unit=${leadingMember.id}`);
  await expect.poll(visibleTitles).toEqual(reached.all.map(titleOf));
  await expect(page.getByRole('combobox', { name: '角色' }).locator('option')).toHaveText(['全部', '本单位牵头', '配合、督办等', '作为成员单位']);

  await page.goto(`units/${leadingMember.id}/`);
  const summary = page.getByRole('region', { name: '概览' });
  await expect(summary.getByRole('link', { name: /^本单位牵头/ })).toHaveText(`本单位牵头 ${reached.lead.length} 项`);
  const groups = viaGroups(leadingMember.id);
  await expect(summary.getByRole('link', { name: /^作为“.+”成员落实/ })).toHaveText(groups.map((group) => `作为“${group.name}”成员落实 ${group.count} 项`));
  // No task addressed to a group is labelled as the unit's own 牵头.
  const viaTable = page.getByRole('table', { name: '作为成员单位落实的任务' });
  await expect(viaTable.getByRole('cell', { name: '牵头', exact: true })).toHaveCount(0);
  await expect(viaTable.getByRole('cell', { name: `作为“${groups[0]!.name}”成员落实` }).first()).toBeVisible();
});

test('a filter that leaves no task says which conditions, and clears them', async ({ page }) => {
  const { unit: empty, status } = emptyFilter;
  await page.goto(`tasks/?unit=${empty.id}&status=${status}`);
  const rows = page.locator('table.tasks tbody tr');
  await expect(rows.filter({ visible: true })).toHaveCount(0);
  const notice = page.locator('[data-filter-empty]');
  await expect(notice.getByRole('status')).toHaveText(`本页没有同时符合以下条件的任务：单位：${empty.data.name}；状态：${status}。请放宽条件，或清除筛选。`);
  await notice.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/tasks\/$/);
  await expect(notice).toBeHidden();
  await expect(rows.filter({ visible: true })).toHaveCount(await rows.count());
});

test('sorting by deadline puts 会后立即 first, then dates in order, and keeps the sort in the URL', async ({ page }) => {
  const inSpeechOrder = site.content.tasks.slice(0, PAGE_SIZE);
  // The timeline's order (会后立即, dates, milestones, then no time limit), the speech's within each.
  const byDeadline = inSpeechOrder.map((task, order) => ({ task, order, key: site.relations.dueKeys.get(task.id)! })).sort((a, b) => a.key.localeCompare(b.key) || a.order - b.order);
  const immediate = inSpeechOrder.filter((task) => task.data.deadline.kind === 'immediate');
  expect(byDeadline.slice(0, immediate.length).map(({ task }) => task.id)).toEqual(immediate.map((task) => task.id));
  const titles = () => page.locator('table.tasks tbody tr th[scope=row] a').allInnerTexts();
  await page.goto('tasks/?sort=deadline');
  await expect.poll(titles).toEqual(byDeadline.map(({ task }) => task.data.title));
  await page.goto('tasks/');
  await expect.poll(titles).toEqual(inSpeechOrder.map((task) => task.data.title));
});

test('the matrix expands groups into their member units on a page of its own, without JavaScript', async ({ browser, baseURL }) => {
  const group = site.content.departmentById.get(viaGroups(leadingMember.id)[0]!.id)!;
  const short = (unit: DepartmentEntry) => unit.data.short ?? unit.data.name;
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('matrix/');
  const header = page.locator('table.matrix thead th');
  await expect(header.getByText(short(group), { exact: true })).toHaveCount(1);
  const views = page.getByRole('navigation', { name: '责任分工表的显示方式' });
  await expect(views.getByText('按讲话所列单位')).toHaveAttribute('aria-current', 'page');
  await expect(views.getByRole('link', { name: '按讲话所列单位' })).toHaveCount(0);
  await views.getByRole('link', { name: '展开单位组' }).click();
  await expect(page).toHaveURL(/\/ducha\/matrix\/members\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('责任分工表（展开单位组）');
  await expect(header.getByText(short(leadingMember), { exact: true })).toHaveCount(1);
  await expect(header.getByText(short(group), { exact: true })).toHaveCount(0);
  await expect(page.locator('table.matrix td', { hasText: '成员' }).first()).toBeVisible();
  await context.close();
});

test('without JavaScript the task list is a complete table and the filters stay out of the way', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('tasks/');
  await expect(page.locator('form.filters')).toBeHidden();
  await expect(page.locator('table.tasks tbody tr').filter({ visible: true })).toHaveCount(Math.min(site.content.tasks.length, PAGE_SIZE));
  await context.close();
});

test('the source link lands on the paragraph, highlighted, holding the quote', async ({ page }) => {
  const task = site.content.tasks[0]!;
  const paragraph = paragraphOf(site.content, task.data.source)!;
  await page.goto(`tasks/${task.id}/`);
  const quote = (await page.locator('blockquote').innerText()).trim();
  expect(quote).toBe(task.data.source.quote);
  await page.getByRole('link', { name: /查看会议记录原文/ }).click();
  await expect(page).toHaveURL(new RegExp(`meetings/${task.data.source.meeting}/#${paragraph.id}$`));
  const target = page.locator(':target');
  await expect(target).toContainText(quote);
  // A retrying assertion: under load the page's stylesheets may still be arriving when it is first read.
  await expect(target).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(target).toBeInViewport();
});

test.describe('deadline states come from the reader\'s date, not the build', () => {
  /** Years after the content's dates: every confirmed date has passed. */
  const LATER = new Date('2026-11-29T09:00:00+08:00');

  test('a date whose year waits for confirmation raises no alarm, years later', async ({ page }) => {
    const task = unconfirmedTasks.find((each) => each.data.deadline.kind === 'date');
    test.skip(task === undefined, 'every date in content/ has its year confirmed');
    const { text } = task!.data.deadline;
    const date = site.relations.deadlines.get(task!.id)!.date!;
    await page.clock.setFixedTime(LATER);
    await page.goto(`tasks/${task!.id}/`);
    const deadline = page.locator('.facts .deadline');
    await expect(deadline).toHaveText(new RegExp(`^${escapeRegExp(`${text}（年份待确认）`)}`));
    await expect(deadline.locator('.due-state')).toHaveCount(0);
    // The alarm is "逾期 N 天"; the progress section's count of 逾期 and its note are no alarm.
    await expect(page.getByText(/逾期 \d+ 天/)).toHaveCount(0);

    // Every open task with a confirmed date is overdue by now; this one is not among them.
    await page.goto('tasks/?window=overdue');
    const overdue = page.locator('table.tasks tbody tr').filter({ visible: true }).locator('th[scope=row] a');
    await expect.poll(() => overdue.allInnerTexts()).toEqual(openDatedTasks.slice(0, PAGE_SIZE).map((each) => each.data.title));
    await page.goto('');
    const due = page.locator('[data-due-item]').filter({ visible: true });
    await expect(due.getByRole('link', { name: task!.data.title, exact: true })).toHaveCount(0);
    if (openDatedTasks.length === 0) await expect(page.getByText('目前没有已逾期或 7 天内到期的任务。')).toBeVisible();
    await page.goto('timeline/');
    const group = page.locator('.group').filter({ has: page.getByRole('heading', { name: `${monthDay(date)}（年份待确认）`, exact: true }) });
    await expect(group.getByRole('link', { name: task!.data.title, exact: true })).toBeVisible();
    await expect(group.locator('.due-state')).toHaveCount(0);
  });

  test('a confirmed date is due soon two days before, and overdue after, in words', async ({ page }) => {
    // Independent of the content's dates: a fresh <duban-due-states> holding one date, which the
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

  test('the home page counts down to the next dated milestone, or says plainly that none has a date', async ({ page }) => {
    const dated = site.content.milestones.filter((milestone) => milestone.data.date !== null);
    const next = dated.filter((milestone) => milestone.data.date! >= READING_DATE).sort((a, b) => a.data.date!.localeCompare(b.data.date!))[0];
    const days = (date: string) => Math.round((Date.parse(date) - Date.parse(READING_DATE)) / 86_400_000);
    const expected =
      dated.length === 0 ? '各节点日期尚未确定。' : next === undefined ? '已无尚未到来的已定日期节点。' : `距“${next.data.name}”（${next.data.date}）还有 ${days(next.data.date!)} 天`;
    await page.clock.setFixedTime(READING_DAY);
    await page.goto('');
    await expect(page.locator('duban-countdown .countdown')).toHaveText(expected);
  });
});

test('JavaScript: at most 10 KB on a unit page, none on a meeting record', async ({ page }) => {
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
  const bytes = await measure(`units/${unit.id}/`);
  console.log(`JavaScript on a unit page (${unit.id}): ${bytes} bytes`);
  expect(bytes).toBeLessThanOrEqual(10 * 1024);
  for (const meeting of site.content.meetings) {
    expect(await measure(`meetings/${meeting.id}/`), meeting.id).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
  }
});

test('print: no navigation, A4 portrait for a unit, A4 landscape for the matrix', async ({ page }, testInfo) => {
  const pageSize = (pdf: Buffer) => {
    const match = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    return match === null ? undefined : { width: Number(match[1]), height: Number(match[2]) };
  };
  mkdirSync(testInfo.outputPath(), { recursive: true });
  await page.goto(`units/${unit.id}/`);
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
