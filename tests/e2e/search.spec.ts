/**
 * Search in Chromium against the built site under /ducha/: the header box, filters, the weight
 * of the page before and after the first keystroke, accessibility, landing on a transcript
 * paragraph, labels left out of the index but checklist items in it, and a quality test of queries made
 * from the content (names, aliases and titles), each with the page that must come first or in the top 3.
 * The words searched for are picked from the content (./support/subjects.ts), never named here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { planQuery } from '../../src/lib/searchQuery.ts';
import { busiestUnit, groups, laterSearchWord, qualityQueries, searchWord, singleUnits, transcriptPhrase } from './support/subjects.ts';

const WORD = searchWord.query;

/** Runs a query through the search page as a reader would; returns result paths in order. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  const input = page.getByRole('searchbox', { name: '搜索本站' });
  await input.fill(query);
  await input.press('Enter');
  // The status repeats the query as searched: spaces squeezed, quotation marks left out.
  await expect(page.locator('[data-status]')).toContainText(`“${planQuery(query)!.text}”`);
  return page.locator('[data-results] h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test('search runs under the Content-Security-Policy without a violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`search/?q=${encodeURIComponent(WORD)}`);
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
  expect(violations).toEqual([]);
});

test('the header search box leads to results for the query', async ({ page }) => {
  // A unit's name: its page comes first.
  const { name } = busiestUnit.data;
  await page.goto('units/');
  const box = page.getByRole('search').getByRole('searchbox');
  await box.fill(name);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/ducha/search/\\?q=${encodeURIComponent(name)}$`));
  await expect(page.locator('[data-results] h2 a').first()).toHaveAttribute('href', `/ducha/units/${busiestUnit.id}/`);
  await expect(page.locator('[data-results] h2 a').first()).toHaveText(name);
  // Pagefind marks the words it matched: parts of the name, or all of it.
  const mark = await page.locator('[data-results] mark').first().innerText();
  expect(mark).not.toBe('');
  expect(name).toContain(mark);
});

test('filters narrow the results, show counts, and live in the URL', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent(WORD)}`);
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  const before = await page.locator('[data-status]').innerText();
  await page.getByRole('button', { name: '按类型、单位、状态筛选' }).click();
  const checklist = page.getByRole('checkbox', { name: /^核查清单（\d+）$/ });
  await checklist.check();
  await expect(page).toHaveURL(/%E7%B1%BB%E5%9E%8B=%E6%A0%B8%E6%9F%A5%E6%B8%85%E5%8D%95/);
  await expect(page.locator('[data-status]')).not.toHaveText(before);
  const types = await page.locator('[data-results] .meta').allInnerTexts();
  expect(types.length).toBeGreaterThan(0);
  for (const text of types) expect(text.startsWith('核查清单')).toBe(true);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^核查清单（\d+）$/ })).toBeChecked();
});

test('a query with no result offers the unit index and tips', async ({ page }) => {
  // Not Chinese: Pagefind matches a Chinese word by its first character (纠缠 finds 自查自纠).
  await page.goto('search/?q=qqxxzz');
  await expect(page.getByText('没有找到结果。')).toBeVisible();
  await expect(page.locator('[data-empty]').getByRole('link', { name: '按单位查看任务' })).toHaveAttribute('href', '/ducha/units/');
});

test('keyboard only: type, submit, tick a filter, open a result', async ({ page }) => {
  await page.goto('search/');
  await page.keyboard.press('Tab'); // skip link
  await page.getByRole('searchbox', { name: '搜索本站' }).focus();
  await page.keyboard.type(WORD);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  await page.getByRole('button', { name: '按类型、单位、状态筛选' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: /^任务（\d+）$/ })).toBeVisible();
  await page.getByRole('checkbox', { name: /^任务（\d+）$/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /^任务（\d+）$/ })).toBeChecked();
  await page.locator('[data-results] h2 a').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ducha\/tasks\//);
});

test('the search page with results is axe clean', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent(busiestUnit.data.name)}`);
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('weight: at most 40 KB before the first keystroke; Pagefind only after it', async ({ page }) => {
  // Each request counts for the step that started it, and a step is measured only once every
  // request it started has finished: a first query's late chunk never lands in the next one's.
  let step = 'before';
  const requests = new Map<Request, { step: string; url: string; bytes?: Promise<number> }>();
  page.on('request', (request) => requests.set(request, { step, url: request.url() }));
  const settle = (request: Request, bytes: Promise<number>) => {
    const entry = requests.get(request);
    if (entry !== undefined) entry.bytes = bytes;
  };
  page.on('requestfinished', (request) => settle(request, request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize)));
  page.on('requestfailed', (request) => settle(request, Promise.resolve(0)));
  /** The bytes of `name`'s requests, once all have finished; then the next step begins. */
  const measure = async (name: string, next: string) => {
    await page.waitForLoadState('networkidle');
    const mine = () => [...requests.values()].filter((entry) => entry.step === name);
    await expect.poll(() => mine().filter((entry) => entry.bytes === undefined).map((entry) => entry.url), `${name}: requests still loading`).toEqual([]);
    step = next;
    return { urls: mine().map((entry) => entry.url), bytes: (await Promise.all(mine().map((entry) => entry.bytes!))).reduce((sum, size) => sum + size, 0) };
  };
  const box = page.getByRole('searchbox', { name: '搜索本站' });
  await page.goto('search/', { waitUntil: 'networkidle' });
  const before = await measure('before', 'first');
  expect(before.urls.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  await box.pressSequentially(WORD);
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  const first = await measure('first', 'later');
  await box.fill(laterSearchWord);
  await expect(page.locator('[data-status]')).toContainText(laterSearchWord);
  const later = await measure('later', 'done');
  console.log(`search page before typing: ${before.bytes} B; first query: ${first.bytes} B; a later query: ${later.bytes} B`);
  expect(before.bytes).toBeLessThanOrEqual(40 * 1024);
  expect(first.bytes).toBeLessThanOrEqual(250 * 1024);
  expect(later.bytes).toBeLessThanOrEqual(60 * 1024);
});

test('a hit in the transcript opens at its paragraph, and says which', async ({ page }) => {
  const { meeting, title, paragraph, phrase } = transcriptPhrase;
  await page.goto(`search/?q=${encodeURIComponent(phrase)}`);
  const result = page.locator('[data-results] li').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await expect(result.getByRole('link')).toHaveAttribute('href', `/ducha/meetings/${meeting}/#${paragraph}`);
  await expect(result.locator('.meta')).toHaveText(`会议 · 第 ${paragraph.slice(1)} 段`);
  await result.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/ducha/meetings/${meeting}/#${paragraph}$`));
  await expect(page.locator(`#${paragraph}`)).toBeInViewport();
});

test('a field label matches nothing: 销号 finds the tasks whose text speaks of it, not every task', async ({ page }) => {
  await page.goto('search/?q=销号');
  await expect(page.locator('[data-status]')).toHaveText(/^“销号”共找到 \d+ 个结果$/);
  const found = Number((await page.locator('[data-status]').innerText()).match(/(\d+) 个结果/)![1]);
  await page.goto('tasks/');
  const tasks = Number((await page.getByText(/^共 \d+ 项任务/).innerText()).match(/共 (\d+) 项/)![1]);
  expect(found).toBeLessThan(tasks);
});

test('every checklist item is searchable: its words are in the index of its checklist page', async ({ page }) => {
  // Pagefind drops whatever a <label> holds, and each item's words stand in one (as a checkbox's
  // label must): read every checklist page as built, then ask the index what it holds for each.
  await page.goto('checklists/');
  const paths = [...new Set(await page.locator('main a[href*="/checklists/"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)))].filter((path) => /\/checklists\/[^/]+\/$/.test(path));
  expect(paths.length).toBeGreaterThan(0);
  const items = new Map<string, string[]>();
  for (const path of paths) {
    await page.goto(path);
    items.set(path, await page.locator('[data-item] .text').allInnerTexts());
  }
  await page.goto('search/');
  const bundle = await page.locator('[data-bundle]').getAttribute('data-bundle');
  const missing = await page.evaluate(
    async ({ bundle, items }) => {
      type Result = { data: () => Promise<{ url: string; content: string }> };
      const pagefind = (await import(`${bundle}pagefind.js`)) as { options: (options: object) => Promise<void>; search: (term: string) => Promise<{ results: Result[] }> };
      await pagefind.options({ noWorker: true });
      const lost: string[] = [];
      for (const [path, texts] of items) {
        for (const text of texts) {
          const pages = await Promise.all((await pagefind.search(text)).results.map((result) => result.data()));
          const content = pages.find((data) => data.url === path)?.content ?? '';
          if (!content.includes(text)) lost.push(`${path}: ${text}`);
        }
      }
      return lost;
    },
    { bundle, items: [...items] },
  );
  expect([...items.values()].flat().length).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});

test('the unit filters tell the units a page names from the groups it names', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent(WORD)}`);
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  await page.getByRole('button', { name: '按类型、单位、状态筛选' }).click();
  const named = page.getByRole('group', { name: '承担单位' });
  const byGroup = page.getByRole('group', { name: '所属单位组' });
  // Each value's count, from its label "区公安分局（3）".
  const counts = (group: typeof named) =>
    group.getByRole('checkbox').evaluateAll((inputs) => Object.fromEntries(inputs.map((input) => [(input as HTMLInputElement).value, Number(/（(\d+)）$/.exec(input.parentElement!.textContent!)![1])])));
  await expect(named.getByRole('checkbox').first()).toBeVisible();
  await expect(byGroup.getByRole('checkbox').first()).toBeVisible();
  const units = await counts(named);
  const held = await counts(byGroup);
  // Single units under 承担单位, groups under 所属单位组: a member is not counted for its group's pages.
  const singleNames = new Set(singleUnits.map((unit) => unit.data.name));
  const groupNames = new Set(groups.map((unit) => unit.data.name));
  expect(Object.keys(units).filter((name) => !singleNames.has(name))).toEqual([]);
  expect(Object.keys(held).filter((name) => !groupNames.has(name))).toEqual([]);
  const [largest, count] = Object.entries(held).sort((a, b) => b[1] - a[1])[0]!;
  await byGroup.getByRole('checkbox', { name: `${largest}（${count}）`, exact: true }).check();
  await expect(page).toHaveURL(new RegExp(`${encodeURIComponent('所属单位组')}=${encodeURIComponent(largest)}$`));
  await expect(page.locator('[data-status]')).toHaveText(`“${WORD}”共找到 ${count} 个结果`);
});

/**
 * Query → the page that must come first (`first`) or within the top three (`top3`): the names and
 * titles of the content, and the overview pages, found by their titles and introductions (which
 * are indexed, not their lists).
 */
const QUALITY: [string, 'first' | 'top3', string][] = [
  ...qualityQueries(),
  ['时间节点', 'first', 'milestones/'],
  ['督察时间节点', 'first', ''],
  ['责任分工表', 'first', 'matrix/'],
  ['时限总览', 'first', 'timeline/'],
];

test(`search quality: ${QUALITY.length} queries, at least 95 % with the right page in the top 3`, async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('search/');
  let first = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const [query, expectation, path] of QUALITY) {
    const results = await searchFor(page, query);
    const rank = results.indexOf(`/ducha/${path}`);
    if (rank === 0) first += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    const ok = expectation === 'first' ? rank === 0 : rank >= 0 && rank < 3;
    if (!ok) misses.push(`${query} → ${path} at ${rank < 0 ? 'none' : rank + 1} (got ${results.slice(0, 3).join(' ')})`);
  }
  const hit1 = first / QUALITY.length;
  const hit3 = top3 / QUALITY.length;
  console.log(`search quality over ${QUALITY.length} queries: hit@1 ${(hit1 * 100).toFixed(1)} %, hit@3 ${(hit3 * 100).toFixed(1)} %`);
  if (misses.length > 0) console.log(`expectations missed:\n${misses.join('\n')}`);
  expect(hit3).toBeGreaterThanOrEqual(0.95);
});
