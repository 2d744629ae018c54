/**
 * Search in Chromium against the built site under /ducha/: the header box, filters, the weight
 * of the page before and after the first keystroke, accessibility, landing on a transcript
 * paragraph, labels left out of the index but checklist items in it, and a quality test of queries written from the
 * content, each with the page that must come first or in the top 3.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Runs a query through the search page as a reader would; returns result paths in order. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  const input = page.getByRole('searchbox', { name: '搜索本站' });
  await input.fill(query);
  await input.press('Enter');
  await expect(page.locator('[data-status]')).toContainText(`“${query}”`);
  return page.locator('[data-results] h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test('search runs under the Content-Security-Policy without a violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('search/?q=台账');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
  expect(violations).toEqual([]);
});

test('the header search box leads to results for the query', async ({ page }) => {
  await page.goto('units/');
  const box = page.getByRole('search').getByRole('searchbox');
  await box.fill('驻点');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/ducha\/search\/\?q=%E9%A9%BB%E7%82%B9$/);
  await expect(page.locator('[data-results] h2 a').first()).toHaveAttribute('href', '/ducha/tasks/choudiao-zhudian/');
  await expect(page.locator('[data-results] mark').first()).toHaveText('驻点');
});

test('filters narrow the results, show counts, and live in the URL', async ({ page }) => {
  await page.goto('search/?q=台账');
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
  await page.keyboard.type('信访');
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
  await page.goto('search/?q=公安');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('weight: at most 40 KB before the first keystroke; Pagefind only after it', async ({ page }) => {
  const bytes: [string, number][] = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    bytes.push([request.url(), sizes.responseBodySize + sizes.responseHeadersSize]);
  });
  await page.goto('search/', { waitUntil: 'networkidle' });
  const before = bytes.reduce((sum, [, size]) => sum + size, 0);
  expect(bytes.some(([url]) => url.includes('/pagefind/'))).toBe(false);
  bytes.length = 0;
  await page.getByRole('searchbox', { name: '搜索本站' }).pressSequentially('台账');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const first = bytes.reduce((sum, [, size]) => sum + size, 0);
  bytes.length = 0;
  await page.getByRole('searchbox', { name: '搜索本站' }).fill('回头看');
  await expect(page.locator('[data-status]')).toContainText('回头看');
  await page.waitForLoadState('networkidle');
  const later = bytes.reduce((sum, [, size]) => sum + size, 0);
  console.log(`search page before typing: ${before} B; first query: ${first} B; a later query: ${later} B`);
  expect(before).toBeLessThanOrEqual(40 * 1024);
  expect(first).toBeLessThanOrEqual(250 * 1024);
  expect(later).toBeLessThanOrEqual(60 * 1024);
});

test('a hit in the transcript opens at its paragraph, and says which', async ({ page }) => {
  await page.goto('search/?q=东风与机遇');
  const result = page.locator('[data-results] li').filter({ has: page.getByRole('link', { name: '区委书记在迎接省环保督察工作安排会议上的主持致辞' }) });
  await expect(result.getByRole('link')).toHaveAttribute('href', '/ducha/meetings/yingcha-anpai/#p6');
  await expect(result.locator('.meta')).toHaveText('会议 · 第 6 段');
  await result.getByRole('link').click();
  await expect(page).toHaveURL(/\/ducha\/meetings\/yingcha-anpai\/#p6$/);
  await expect(page.locator('#p6')).toBeInViewport();
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

test('the unit filters tell the tasks a unit is named in from those of its groups', async ({ page }) => {
  await page.goto('search/?q=台账');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  await page.getByRole('button', { name: '按类型、单位、状态筛选' }).click();
  const named = page.getByRole('group', { name: '承担单位' });
  const groups = page.getByRole('group', { name: '所属单位组' });
  await expect(groups.getByRole('checkbox', { name: /^各板块各部门（\d+）$/ })).toBeVisible();
  // Each value's count, from its label "区公安分局（3）".
  const counts = (group: typeof named) =>
    group.getByRole('checkbox').evaluateAll((inputs) => Object.fromEntries(inputs.map((input) => [(input as HTMLInputElement).value, Number(/（(\d+)）$/.exec(input.parentElement!.textContent!)![1])])));
  const units = await counts(named);
  const byGroup = await counts(groups);
  // No unit is named in as many pages as the group that holds them all reaches.
  expect(Object.keys(units).length).toBeGreaterThan(0);
  expect(Math.max(...Object.values(units))).toBeLessThan(byGroup['各板块各部门']!);
  await groups.getByRole('checkbox', { name: /^各板块各部门（\d+）$/ }).check();
  await expect(page).toHaveURL(/%E6%89%80%E5%B1%9E%E5%8D%95%E4%BD%8D%E7%BB%84=%E5%90%84%E6%9D%BF%E5%9D%97%E5%90%84%E9%83%A8%E9%97%A8$/);
  await expect(page.locator('[data-status]')).toHaveText(`“台账”共找到 ${byGroup['各板块各部门']} 个结果`);
});

/** Query → the page that must come first (`first`) or within the top three (`top3`). */
const QUALITY: [string, 'first' | 'top3', string][] = [
  ['公安', 'first', 'units/gongan/'],
  ['区公安分局', 'first', 'units/gongan/'],
  ['公安局', 'first', 'units/gongan/'],
  ['环保局', 'first', 'units/huanbao/'],
  ['区环保局', 'first', 'units/huanbao/'],
  ['政法委', 'first', 'units/zhengfawei/'],
  ['纪委监委', 'first', 'units/jiwei-jianwei/'],
  ['督查中心', 'first', 'units/ducha-zhongxin/'],
  ['发改', 'first', 'units/fagai/'],
  ['工信', 'first', 'units/gongxin/'],
  ['住建', 'first', 'units/zhujian/'],
  ['城管', 'first', 'units/chengguan/'],
  ['交运', 'first', 'units/jiaoyun/'],
  ['水利', 'first', 'units/shuili/'],
  ['农业农村', 'first', 'units/nongye-nongcun/'],
  ['市场监管', 'first', 'units/shichang-jianguan/'],
  ['文广旅', 'first', 'units/wenguanglv/'],
  ['张区长', 'first', 'units/zhang-quzhang/'],
  ['各板块各部门', 'first', 'units/ge-bankuai-ge-bumen/'],
  ['协调联络组', 'first', 'units/xietiao-lianluozu/'],
  ['台账', 'top3', 'checklists/taizhang-ziliao/'],
  ['回头看', 'top3', 'tasks/huitoukan/'],
  ['信访', 'top3', 'tasks/xinfang-wenkong/'],
  ['5月19日', 'first', 'tasks/choudiao-zhudian/'],
  ['驻点', 'first', 'tasks/choudiao-zhudian/'],
  ['销号', 'top3', 'tasks/duanqi-zhenggai/'],
  ['五个不放过', 'first', 'checklists/wu-ge-bu-fangguo/'],
  ['清单之外无问题', 'top3', 'checklists/wenti-qingdan/'],
  ['总协调人', 'first', 'tasks/zongxietiaoren-lianluoyuan/'],
  ['联络员', 'top3', 'tasks/zongxietiaoren-lianluoyuan/'],
  ['网格化', 'first', 'tasks/wanggehua/'],
  ['双随机', 'first', 'tasks/shuangsuiji/'],
  ['内紧外松', 'first', 'tasks/yuqing-guankong/'],
  ['舆情', 'top3', 'tasks/yuqing-guankong/'],
  ['畜禽', 'first', 'tasks/huanbao-zhunru/'],
  ['思想上要高度重视', 'first', 'directives/sixiang-zhongshi/'],
  ['行动上要坚决有力', 'first', 'directives/xingdong-youli/'],
  ['责任上要压紧压实', 'first', 'directives/zeren-yashi/'],
  ['整改上要立行立改', 'first', 'directives/zhenggai-ligai/'],
  ['督查通报', 'first', 'tasks/ducha-tongbao/'],
  ['下沉督察', 'top3', 'tasks/duanqi-zhenggai/'],
  ['第一责任人', 'first', 'tasks/diyi-zerenren/'],
  ['一把手', 'top3', 'tasks/taizhang-baguan/'],
  ['过剩产能', 'first', 'tasks/lvse-fazhan/'],
  ['生态保护红线', 'first', 'tasks/shengtai-hongxian/'],
  ['统一口径', 'first', 'tasks/taizhang-koujing/'],
  ['分类施策', 'first', 'tasks/xinfang-wenkong/'],
  ['死灰复燃', 'first', 'tasks/congzhong-chufa/'],
  ['迎接省环保督察', 'top3', 'meetings/yingcha-anpai/'],
  ['账', 'top3', 'checklists/taizhang-ziliao/'],
  ['19', 'first', 'tasks/choudiao-zhudian/'],
  // The overview pages: their titles and introductions are indexed, not their lists.
  ['时间节点', 'first', 'milestones/'],
  ['督察时间节点', 'first', ''],
  ['责任分工表', 'first', 'matrix/'],
  ['时限总览', 'first', 'timeline/'],
  ['下沉督察', 'top3', 'milestones/'],
];

test(`search quality: ${QUALITY.length} queries, at least 95 % with the right page in the top 3`, async ({ page }) => {
  test.setTimeout(120_000);
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
