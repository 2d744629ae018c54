/**
 * The built site under /ducha/: every page reachable from the home page answers, every internal
 * link keeps the base path, nothing is requested from another origin, and each page type passes
 * axe (WCAG 2.2 AA).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const BASE = '/ducha/';

test('every page reachable from the home page answers, and no link leaves the base path', async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const seen = new Set<string>([BASE]);
  const queue = [BASE];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(`${origin}${path}`);
    expect(response.status(), path).toBe(200);
    await page.setContent(await response.text());
    const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    for (const link of links) {
      if (link.startsWith('#')) continue;
      expect(link, `${path} links to ${link}`).toMatch(new RegExp(`^${BASE}`));
      const target = link.split('#')[0]!;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  // Home, 6 indexes, restorations, and one page per entry: at least the 72 entries of content/.
  expect(seen.size).toBeGreaterThan(72);
});

const pageTypes = [
  ['home', ''],
  ['meeting', 'meetings/yingcha-anpai/'],
  ['directive', 'directives/xingdong-youli/'],
  ['task', 'tasks/choudiao-zhudian/'],
  ['task list', 'tasks/'],
  ['unit', 'units/gongan/'],
  ['group', 'units/ge-bankuai-ge-bumen/'],
  ['unit index', 'units/'],
  ['checklist', 'checklists/wu-ge-bu-fangguo/'],
  ['milestones', 'milestones/'],
  ['restorations', 'restorations/'],
  ['meeting index', 'meetings/'],
  ['directive index', 'directives/'],
  ['checklist index', 'checklists/'],
] as const;

for (const [name, path] of pageTypes) {
  test(`${name} page: Chinese, titled, same-origin only, axe clean`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page).toHaveTitle(/督办台/);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('a task links to the exact paragraph of the meeting, and the paragraph holds the quote', async ({ page }) => {
  await page.goto('tasks/choudiao-zhudian/');
  const quote = (await page.locator('blockquote').innerText()).trim();
  await page.getByRole('link', { name: '查看原文段落' }).click();
  await expect(page).toHaveURL(/meetings\/yingcha-anpai\/#p\d+$/);
  const anchor = new URL(page.url()).hash;
  await expect(page.locator(anchor)).toContainText(quote);
});

test('a unit page lists what it leads and what reaches it through its groups', async ({ page }) => {
  await page.goto('units/gongan/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('区公安分局');
  const lead = page.getByRole('table', { name: '牵头的任务' });
  await expect(lead.getByRole('link', { name: /驻点/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: '通过单位组下达的任务' })).toBeVisible();
  await expect(page.getByText('经由“各板块各部门”').first()).toBeVisible();
});

test('the meeting record has an anchor on every paragraph and marks the omission', async ({ page }) => {
  await page.goto('meetings/yingcha-anpai/');
  const ids = await page.locator('.transcript p').evaluateAll((paragraphs) => paragraphs.map((p) => p.id));
  expect(ids).toEqual(ids.map((_, index) => `p${index + 1}`));
  await expect(page.locator('#p4')).toContainText('原稿未收录');
  await expect(page.getByText('试读结束')).toHaveCount(0);
});

test('an unknown address gets the Chinese 404 page with a way back', async ({ page, baseURL }) => {
  const response = await page.goto(`${baseURL}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.getByRole('link', { name: '单位' }).last()).toHaveAttribute('href', `${BASE}units/`);
});
