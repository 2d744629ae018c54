/**
 * What editors and subscribers see: "编辑此页" on every entry page, "最后更新" from git, the
 * recent-changes page, and Atom feeds that parse.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { REPOSITORY } from '../../playwright.config.ts';

const lastCommit = (...paths: string[]) => execFileSync('git', ['log', '-1', '--format=%cs%x1f%s', '--', ...paths], { encoding: 'utf8' }).trim().split('\x1f');

test('every kind of entry page links to its file for editing', async ({ page }) => {
  const pages: [string, string][] = [
    ['tasks/choudiao-zhudian/', 'content/tasks/choudiao-zhudian.md'],
    ['units/gongan/', 'content/departments/gongan.yaml'],
    ['checklists/wu-ge-bu-fangguo/', 'content/checklists/wu-ge-bu-fangguo.yaml'],
    ['directives/xingdong-youli/', 'content/directives/xingdong-youli.mdx'],
    ['meetings/yingcha-anpai/', 'content/meetings/yingcha-anpai.md'],
    ['milestones/', 'content/milestones.yaml'],
  ];
  for (const [path, file] of pages) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: '编辑此页' })).toHaveAttribute('href', `${REPOSITORY}/edit/main/${file}`);
  }
  await page.goto('tasks/');
  await expect(page.getByRole('link', { name: '编辑此页' })).toHaveCount(0);
});

test('"最后更新" is the date and message of the last commit that changed the file', async ({ page }) => {
  const [date, subject] = lastCommit('content/tasks/jiwei-wenze.md');
  await page.goto('tasks/jiwei-wenze/');
  await expect(page.locator('[data-last-updated]')).toHaveText(`最后更新：${date}（${subject}）`);
});

test('the recent-changes page lists changes newest first, with word diffs and units', async ({ page }) => {
  await page.goto('changes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('最近更新');
  const times = await page.locator('.changes > li time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!));
  expect(times.length).toBeGreaterThan(0);
  expect([...times].sort().reverse()).toEqual(times);
  // The page lists changed entries; content/published.json (the record of published checklists) is none.
  const [, subject] = lastCommit('content', ':(exclude)content/published.json');
  await expect(page.locator('.changes > li').first()).toContainText(subject!);
  await expect(page.locator('.changes ins, .changes .status').first()).toBeVisible();
  await page.goto('units/gongan/');
  await expect(page.getByRole('heading', { name: '本单位最近更新' })).toBeVisible();
  await expect(page.getByRole('link', { name: '订阅本单位的更新（Atom）' })).toHaveAttribute('href', '/ducha/units/gongan/changes.xml');
});

test('the feeds are well-formed Atom with entries that link into the site', async ({ page, request, baseURL }) => {
  await page.goto('');
  for (const feed of ['changes.xml', 'units/gongan/changes.xml', 'units/zhengfawei/changes.xml']) {
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
        dates: [...doc.getElementsByTagNameNS(atom, 'updated')].every((node) => !Number.isNaN(Date.parse(node.textContent ?? ''))),
      };
    }, xml);
    expect(report, feed).toMatchObject({ error: 0, root: 'http://www.w3.org/2005/Atom feed', feed: true, complete: true, dates: true });
    if (feed === 'changes.xml') expect(report.entries).toBeGreaterThan(0);
  }
});
