/**
 * The meeting record in a browser: the words restored from the scraped copy are marked in the
 * transcript, the copy's word shows on focus (keyboard or tap) and on hover (title), printed
 * notes list every one, and quotes still read as plain text. The restored words, and a task whose
 * quote runs across one, are found in the content (./support/subjects.ts). Screenshots of every
 * meeting record (and the focused state) go to test-results/screenshots/ with the others.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { paragraphOf } from '../../src/data/content.ts';
import { escapeRegExp, restoredMarks, site } from './support/subjects.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
/** The first restored word, on its meeting's page. */
const FIRST = restoredMarks[0]!;
const PAGE = `meetings/${FIRST.meeting}/`;
/** The restored words of that meeting, in page order. */
const MARKS = restoredMarks.filter((mark) => mark.meeting === FIRST.meeting);

test('restored words are underlined, and the copy\'s word shows on focus, on hover and to a screen reader', async ({ page }) => {
  await page.goto(PAGE);
  const first = page.locator(`#${FIRST.paragraph} ins`).first();
  await expect(first).toHaveText(FIRST.text);
  await expect(first).toHaveAttribute('title', `原稿作“${FIRST.copy}”`);
  await expect(first).toHaveAccessibleDescription(`原稿作“${FIRST.copy}”`);
  const after = () => first.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(await after()).toBe('none');

  // Tab from the paragraph's own anchor reaches its first restored word.
  await page.locator(`#${FIRST.paragraph} a.anchor`).focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  expect(await after()).toBe(`"原稿作“${FIRST.copy}”"`);
  await page.setViewportSize({ width: 360, height: 800 });
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'meeting-focus-360.png') });

  // The notes for print are not on screen.
  await expect(page.getByRole('heading', { name: '措辞恢复注' })).toBeHidden();
});

test('a quote made across restored words reads as one text on the page', async ({ page }) => {
  // A task whose quote holds a restored word, with the copy's word marked in its paragraph.
  const [task, mark] = site.content.tasks.flatMap((entry) => {
    const paragraph = paragraphOf(site.content, entry.data.source);
    if (paragraph === undefined) return [];
    const start = paragraph.text.indexOf(entry.data.source.quote);
    const end = start + entry.data.source.quote.length;
    const inside = restoredMarks.find((each) => each.meeting === entry.data.source.meeting && each.paragraph === paragraph.id && each.offset >= start && each.offset + each.text.length <= end);
    return inside === undefined ? [] : [[entry, inside] as const];
  })[0] ?? [];
  test.skip(task === undefined, 'no task quotes a restored word');
  await page.goto(`tasks/${task!.id}/`);
  const quote = (await page.locator('blockquote').innerText()).trim();
  expect(quote).toBe(task!.data.source.quote);
  await page.getByRole('link', { name: /查看会议记录原文/ }).click();
  const target = page.locator(':target');
  await expect(target.locator('ins', { hasText: mark!.text }).first()).toHaveAttribute('title', `原稿作“${mark!.copy}”`);
  await expect(target).toContainText(quote);
});

test('print: each restored word carries a note number, and the notes list the copy\'s words', async ({ page }, testInfo) => {
  await page.goto(PAGE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: '措辞恢复注' })).toBeVisible();
  await expect(page.locator('.transcript ins')).toHaveCount(MARKS.length);
  await expect(page.locator('.restoration-notes li')).toHaveCount(MARKS.length);
  expect(await page.locator('.transcript ins').nth(1).evaluate((element) => getComputedStyle(element, '::after').content)).toBe('"2"');

  const path = testInfo.outputPath('meeting.pdf');
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // -raw keeps the text in reading order, each superscript beside its word.
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('措辞恢复注');
  for (const mark of MARKS.slice(0, 2)) expect(text).toContain(`${mark.text}：原稿作“${mark.copy}”`);
  // The note numbers follow the words they belong to: the second restored word, then ², then its paragraph goes on.
  const second = MARKS[1]!;
  expect(text).toMatch(new RegExp(`${escapeRegExp(second.text)}2\\s*${escapeRegExp(second.after.slice(0, 4))}`));
});

for (const width of [1280, 360]) {
  test(`screenshots of the meeting records and the restorations page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const pages = [
      ...site.content.meetings.map((meeting, index) => [index === 0 ? 'meeting' : `meeting-${index + 1}`, `meetings/${meeting.id}/`] as const),
      ['restorations', 'restorations/'] as const,
      ['directive', `directives/${site.content.directives[0]!.id}/`] as const,
    ];
    for (const [name, path] of pages) {
      await page.goto(path);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    }
  });
}
