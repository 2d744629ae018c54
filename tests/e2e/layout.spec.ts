/**
 * Long words and addresses wrap at 360 px wherever free text goes: a task body, its title, a
 * field in the facts grid. The real content has none, so the test puts them on a built page, as
 * the body renderer would write them, and measures the page.
 */
import { expect, test } from '@playwright/test';

/** 80 characters without a break opportunity, the finding's example: a document's address. */
const URL_80 = `https://example.invalid/${'a'.repeat(56)}`;

test('an 80-character URL and a long word wrap at 360 px in a task body, its title and its facts', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('tasks/');
  await page.locator('table.tasks tbody a').first().click();
  // Measured only once the task page's stylesheets have applied: under load, a page measured
  // before them is as wide as its unstyled tables (the flake seen in CI, 811 px).
  await page.waitForURL(/\/tasks\/[^/]+\/$/);
  await page.waitForLoadState('load');
  expect(URL_80).toHaveLength(80);
  await page.evaluate((url) => {
    const paragraph = document.createElement('p');
    const link = Object.assign(document.createElement('a'), { href: url, textContent: url });
    paragraph.append('附件：', link);
    document.querySelector('.body')!.append(paragraph);
    document.querySelector('h1')!.append(` ${'Zhenggai'.repeat(8)}`);
    document.querySelector('.facts dd')!.append(` ${url}`);
  }, URL_80);
  await expect(page.getByRole('link', { name: URL_80 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});
