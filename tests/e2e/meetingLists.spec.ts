/**
 * The task list's meeting filter in a browser, on whatever content is built: its subject comes
 * from tasks.json. With one meeting the filter is hidden and the list names no meeting, yet a link
 * that filters by the meeting works and keeps the condition; with several, the 会议 filter and
 * column are there and a meeting's tasks are exactly those tasks.json gives it.
 */
import { expect, test, type Page } from '@playwright/test';
import type { TasksExport } from '../../src/schemas/export.ts';
import { PAGE_SIZE } from '../../src/lib/paging.ts';

/** The tasks on the first page of the list, as tasks.json gives them (same order), and the meetings they come from. */
async function firstPage(page: Page): Promise<{ tasks: TasksExport['tasks']; meetings: string[] }> {
  const { tasks } = (await (await page.request.get('tasks.json')).json()) as TasksExport;
  const shown = tasks.slice(0, PAGE_SIZE);
  return { tasks: shown, meetings: [...new Set(tasks.map((task) => task.meeting.id))] };
}

test('a link filtering by meeting narrows the list and keeps the meeting in the URL as other filters change', async ({ page }) => {
  const { tasks, meetings } = await firstPage(page);
  const meeting = meetings.at(-1)!;
  const rows = page.locator('table.tasks tbody tr').filter({ visible: true });
  await page.goto(`tasks/?meeting=${meeting}`);
  await expect(rows).toHaveCount(tasks.filter((task) => task.meeting.id === meeting).length);
  await page.getByRole('combobox', { name: '排序' }).selectOption('deadline');
  await expect(page).toHaveURL(new RegExp(`\\?meeting=${meeting}&sort=deadline$`));

  // A meeting the site does not have filters nothing and leaves the address at the next change.
  await page.goto('tasks/?meeting=no-such-meeting');
  await expect(rows).toHaveCount(tasks.length);
  await page.getByRole('combobox', { name: '排序' }).selectOption('deadline');
  await expect(page).toHaveURL(/\/tasks\/\?sort=deadline$/);
});

test('the 会议 filter and column appear only when tasks come from several meetings', async ({ page }) => {
  const { tasks, meetings } = await firstPage(page);
  await page.goto('tasks/');
  const filter = page.getByRole('combobox', { name: '会议' });
  const column = page.getByRole('columnheader', { name: '会议' });
  if (meetings.length === 1) {
    await expect(filter).toHaveCount(0);
    await expect(column).toHaveCount(0);
    return;
  }
  await expect(column).toBeVisible();
  await filter.selectOption(meetings[0]!);
  await expect(page).toHaveURL(new RegExp(`\\?meeting=${meetings[0]}$`));
  const expected = tasks.filter((task) => task.meeting.id === meetings[0]).map((task) => task.title);
  await expect(page.locator('table.tasks tbody tr').filter({ visible: true }).locator('th')).toHaveText(expected);
});
