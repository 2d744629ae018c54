/**
 * The meeting record in a browser: the words restored from the scraped copy are marked in the
 * transcript, the copy's word shows on focus (keyboard or tap) and on hover (title), printed
 * notes list every one, and quotes still read as plain text. Screenshots of the page (and its
 * focused state) go to test-results/screenshots/ with the others.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const PAGE = 'meetings/yingcha-anpai/';
const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

test('restored words are underlined, and the copy\'s word shows on focus, on hover and to a screen reader', async ({ page }) => {
  await page.goto(PAGE);
  const marks = page.locator('#p6 ins');
  const first = marks.first();
  await expect(first).toHaveText('思想');
  await expect(first).toHaveAttribute('title', '原稿作“思维”');
  await expect(first).toHaveAccessibleDescription('原稿作“思维”');
  const after = () => first.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(await after()).toBe('none');

  // Tab from the paragraph's own anchor reaches its first restored word.
  await page.locator('#p6 a.anchor').focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  expect(await after()).toBe('"原稿作“思维”"');
  await page.setViewportSize({ width: 360, height: 800 });
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'meeting-focus-360.png') });

  // The notes for print are not on screen.
  await expect(page.getByRole('heading', { name: '措辞恢复注' })).toBeHidden();
});

test('a quote made across restored words reads as one text on the page', async ({ page }) => {
  await page.goto('tasks/jieshi-shuoming/');
  const quote = (await page.locator('blockquote').innerText()).trim();
  expect(quote).toContain('客观原因');
  await page.getByRole('link', { name: /查看会议记录原文/ }).click();
  const target = page.locator(':target');
  await expect(target.locator('ins', { hasText: '客观' })).toHaveAttribute('title', '原稿作“现实”');
  await expect(target).toContainText(quote);
});

test('print: each restored word carries a note number, and the notes list the copy\'s words', async ({ page }, testInfo) => {
  await page.goto(PAGE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: '措辞恢复注' })).toBeVisible();
  const count = await page.locator('.transcript ins').count();
  await expect(page.locator('.restoration-notes li')).toHaveCount(count);
  expect(await page.locator('.transcript ins').nth(1).evaluate((element) => getComputedStyle(element, '::after').content)).toBe('"2"');

  const path = testInfo.outputPath('meeting.pdf');
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // -raw keeps the text in reading order, each superscript beside its word.
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('措辞恢复注');
  expect(text).toContain('思想：原稿作“思维”');
  expect(text).toContain('质量：原稿作“品质”');
  // The note numbers follow the words they belong to: 思想² in paragraph 6.
  expect(text).toMatch(/一、思想2\s*上要高度重视/);
});

for (const width of [1280, 360]) {
  test(`screenshots of the meeting record and the restorations page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of [['meeting', PAGE], ['restorations', 'restorations/'], ['directive', 'directives/zeren-yashi/']] as const) {
      await page.goto(path);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    }
  });
}
