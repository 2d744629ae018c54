/**
 * What editors and subscribers see: "编辑此页" on every entry page, "最后更新" from git, the
 * recent-changes page, and Atom feeds that parse. The entries and units are picked from the
 * content and its git history (./support/subjects.ts).
 */
import { expect, test } from '@playwright/test';
import { REPOSITORY } from '../../playwright.config.ts';
import { UNIT_CHANGES } from '../../src/data/views/changes.ts';
import { busiestUnit, fileOf, proseDate, singleUnits, site } from './support/subjects.ts';

/** The single unit the most recent changes concern: its page lists a few and links to the rest. */
const changedUnit = [...singleUnits].sort((a, b) => (site.history.changesByUnit.get(b.id)?.length ?? 0) - (site.history.changesByUnit.get(a.id)?.length ?? 0))[0]!;

test('every kind of entry page links to its file for editing', async ({ page }) => {
  const { tasks, checklists, directives, meetings, milestones } = site.content;
  const pages: [string, string][] = [
    ...tasks.slice(0, 1).map((entry): [string, string] => [`tasks/${entry.id}/`, fileOf('tasks', entry.id)]),
    [`units/${busiestUnit.id}/`, fileOf('departments', busiestUnit.id)],
    ...checklists.slice(0, 1).map((entry): [string, string] => [`checklists/${entry.id}/`, fileOf('checklists', entry.id)]),
    ...directives.map((entry): [string, string] => [`directives/${entry.id}/`, fileOf('directives', entry.id)]),
    ...meetings.map((entry): [string, string] => [`meetings/${entry.id}/`, fileOf('meetings', entry.id)]),
    ...milestones.slice(0, 1).map((entry): [string, string] => ['milestones/', fileOf('milestones', entry.id)]),
  ];
  for (const [path, file] of pages) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: '编辑此页' })).toHaveAttribute('href', `${REPOSITORY}/edit/main/${file}`);
  }
  await page.goto('tasks/');
  await expect(page.getByRole('link', { name: '编辑此页' })).toHaveCount(0);
});

test('"最后更新" is the date the file\'s content last changed, and nothing of the commit', async ({ page }) => {
  // A task whose file git knows (one an editor has just added has no commit yet).
  const task = site.content.tasks.find((entry) => site.history.lastChange.has(fileOf('tasks', entry.id)))!;
  const commit = site.history.lastChange.get(fileOf('tasks', task.id))!;
  await page.goto(`tasks/${task.id}/`);
  await expect(page.locator('[data-last-updated]')).toHaveText(`最后更新：${proseDate(commit.date)}`);
});

test('the recent-changes page lists changes by day, newest first, in words; a unit page lists three and links to the rest', async ({ page }) => {
  await page.goto('changes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('最近更新');
  const days = await page.locator('.changes > li time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!));
  expect(days.length).toBeGreaterThan(0);
  expect([...days].sort().reverse()).toEqual(days);
  await expect(page.locator('.changes > li').first().locator('h3')).toHaveText(proseDate(days[0]!));
  await expect(page.locator('.changes .action').first()).toHaveText(/^(?:新增|修改|删除)(?:任务|单位|核查清单|工作要求|会议记录|时间节点)$/);
  const total = site.history.changesByUnit.get(changedUnit.id)?.length ?? 0;
  expect(total, `the unit most changes concern (${changedUnit.id}) has more than its page lists`).toBeGreaterThan(UNIT_CHANGES);
  await page.goto(`units/${changedUnit.id}/`);
  const section = page.getByRole('region', { name: '本单位最近更新' });
  await expect(section.locator('.changes .action')).toHaveCount(UNIT_CHANGES);
  await section.getByRole('link', { name: `查看涉及本单位的全部 ${total} 项更新`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/ducha/units/${changedUnit.id}/changes/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`涉及${changedUnit.data.name}的最近更新`);
  await expect(page.locator('footer .editors').getByRole('link', { name: '订阅更新（Atom）' })).toHaveAttribute('href', `/ducha/units/${changedUnit.id}/changes.xml`);
});

test('every line of the recent changes names its field in Chinese words: no field name, no id', async ({ page }) => {
  await page.goto('changes/');
  const lines = await page.locator('.changes .fields li').allInnerTexts();
  expect(lines.length).toBeGreaterThan(0);
  // What names the field: the words before "：", " 增加"/" 减少", "改为：" or "有修改".
  const labels = lines.map((line) => line.split(/：| 增加 | 减少 |有修改/)[0]!.replace(/改为$/, ''));
  expect(labels.filter((label) => /[A-Za-z_]/.test(label))).toEqual([]);
});

test('the feeds are well-formed Atom with entries that link into the site', async ({ page, request, baseURL }) => {
  await page.goto('');
  for (const feed of ['changes.xml', `units/${changedUnit.id}/changes.xml`, `units/${busiestUnit.id}/changes.xml`]) {
    const response = await request.get(`${baseURL}${feed}`);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const report = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      const root = doc.documentElement;
      const entries = [...doc.getElementsByTagNameNS(atom, 'entry')];
      const child = (node: Element, name: string) => node.getElementsByTagNameNS(atom, name)[0];
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: `${root.namespaceURI} ${root.localName}`,
        feed: ['id', 'title', 'updated'].every((name) => (child(root, name)?.textContent ?? '') !== ''),
        entries: entries.length,
        complete: entries.every((entry) => ['id', 'title', 'updated', 'summary'].every((name) => (child(entry, name)?.textContent ?? '') !== '') && child(entry, 'link')?.getAttribute('href')?.startsWith('/ducha/')),
        author: child(root, 'author')?.textContent?.trim(),
        dates: [...doc.getElementsByTagNameNS(atom, 'updated')].every((node) => !Number.isNaN(Date.parse(node.textContent ?? ''))),
      };
    }, xml);
    expect(report, feed).toMatchObject({ error: 0, root: 'http://www.w3.org/2005/Atom feed', feed: true, complete: true, dates: true, author: 'XX区迎接省环保督察工作督办平台' });
    if (feed === 'changes.xml') expect(report.entries).toBeGreaterThan(0);
  }
});
