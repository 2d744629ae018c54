/**
 * What editors and subscribers see: "编辑此页" on every entry page, "最后更新" from git, the
 * recent-changes page, and Atom feeds that parse.
 */
import { expect, test } from '@playwright/test';
import { REPOSITORY } from '../../playwright.config.ts';
import { readGitHistory } from '../../src/data/history.ts';

const history = readGitHistory(process.cwd());
/** 2022-05-19 → 2022年5月19日, as the pages write dates. */
const prose = (date: string) => date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');

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

test('"最后更新" is the date the file\'s content last changed, and nothing of the commit', async ({ page }) => {
  const commit = history.last.get('content/tasks/jiwei-wenze.md')!;
  await page.goto('tasks/jiwei-wenze/');
  await expect(page.locator('[data-last-updated]')).toHaveText(`最后更新：${prose(commit.date)}`);
});

test('the recent-changes page lists changes by day, newest first, in words; a unit page lists three and links to the rest', async ({ page }) => {
  await page.goto('changes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('最近更新');
  const days = await page.locator('.changes > li time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!));
  expect(days.length).toBeGreaterThan(0);
  expect([...days].sort().reverse()).toEqual(days);
  await expect(page.locator('.changes > li').first().locator('h3')).toHaveText(prose(days[0]!));
  await expect(page.locator('.changes .action').first()).toHaveText(/^(?:新增|修改|删除)(?:任务|单位|核查清单|工作要求|会议记录|时间节点)$/);
  await page.goto('units/gongan/');
  const section = page.getByRole('region', { name: '本单位最近更新' });
  await expect(section.locator('.changes .action')).toHaveCount(3);
  await section.getByRole('link', { name: /^查看涉及本单位的全部 \d+ 项更新$/ }).click();
  await expect(page).toHaveURL(/\/ducha\/units\/gongan\/changes\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('涉及区公安分局的最近更新');
  await expect(page.locator('footer .editors').getByRole('link', { name: '订阅更新（Atom）' })).toHaveAttribute('href', '/ducha/units/gongan/changes.xml');
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
        author: child(root, 'author')?.textContent?.trim(),
        dates: [...doc.getElementsByTagNameNS(atom, 'updated')].every((node) => !Number.isNaN(Date.parse(node.textContent ?? ''))),
      };
    }, xml);
    expect(report, feed).toMatchObject({ error: 0, root: 'http://www.w3.org/2005/Atom feed', feed: true, complete: true, dates: true, author: 'XX区迎接省环保督察工作督办平台' });
    if (feed === 'changes.xml') expect(report.entries).toBeGreaterThan(0);
  }
});
