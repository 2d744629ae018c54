/**
 * What staff read, download and print carries no developer traces: no commit subject, hash or
 * author, no repository address, no English heading. Every file of the built site is scanned
 * (pages with the footer's editors' area taken out: it alone may link to the repository), and one
 * page of every kind is printed to PDF and read back: the print has neither the editors' links
 * nor the build details.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REPOSITORY } from '../../playwright.config.ts';
import { DIST } from './support/dist.ts';
import { leadingMember, site } from './support/subjects.ts';

const TASK = site.content.tasks[0]!.id;

const git = (...args: string[]) => execFileSync('git', ['log', '--no-merges', ...args, '--', 'content'], { encoding: 'utf8' }).split('\n').filter(Boolean);
/** What git knows and staff must never see: the subjects, authors and hashes of the content's commits. */
const TRACES = [...new Set([...git('--format=%s'), ...git('--format=%an'), ...git('--format=%H'), ...git('--format=%h')])];
/** File formats may be named (Excel, CSV); the source's anonymised XX and xx are the speech's own. */
const ALLOWED_LATIN = /^(?:Excel|CSV|JSON|Atom|PDF|A4|X+|x+)$/;

/** The text files of the built site that staff may open, as paths under dist/. */
function staffFiles(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:html|xml|csv|ics|json)$/.test(file) && !/^(?:_astro|pagefind)\//.test(file))
    .sort();
}

/** A page's text and markup as staff get them: no scripts or styles, no editors' area. */
function readingFlow(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<p class="editors[\s"][^>]*>[\s\S]*?<\/p>/, '');
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&amp;', '&').replaceAll('&quot;', '"');

test('no file staff read or download names a commit, its author, the repository, or has an English heading', () => {
  expect(TRACES.length, 'the content has a git history to check against').toBeGreaterThan(2);
  const found: string[] = [];
  for (const file of staffFiles()) {
    const content = readFileSync(join(DIST, file), 'utf8');
    const flow = file.endsWith('.html') ? readingFlow(content) : content;
    if (flow.includes(REPOSITORY)) found.push(`${file}: the repository address`);
    const words = text(flow);
    for (const trace of TRACES) if (words.includes(trace)) found.push(`${file}: "${trace}"`);
    for (const [, heading] of flow.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/g)) {
      const latin = (text(heading!).match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ALLOWED_LATIN.test(word));
      if (latin.length > 0) found.push(`${file}: English in heading "${text(heading!).trim()}"`);
    }
  }
  expect(found).toEqual([]);
});

test('the editors’ area, alone, links to the repository, the feed and the editors’ page, and it never prints', async ({ page }) => {
  await page.goto(`tasks/${TASK}/`);
  const editors = page.locator('footer .editors');
  await expect(editors.getByRole('link', { name: '编辑此页' })).toHaveAttribute('href', new RegExp(`^${REPOSITORY}/edit/main/content/tasks/${TASK}\\.mdx?$`));
  await expect(editors.getByRole('link', { name: '订阅更新（Atom）' })).toHaveAttribute('href', '/ducha/changes.xml');
  await expect(editors.getByRole('link', { name: '整理说明' })).toHaveAttribute('href', '/ducha/restorations/');
  await expect(page.locator('main').getByRole('link', { name: '编辑此页' })).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(editors).toBeHidden();
  await expect(page.locator('footer .facts')).toBeHidden();
});

/** One page of every kind, picked from the content, and every meeting record. */
const PRINTED = [
  '',
  `units/${leadingMember.id}/`,
  `tasks/${TASK}/`,
  'matrix/',
  `checklists/${site.content.checklists[0]!.id}/`,
  ...site.content.meetings.map((meeting) => `meetings/${meeting.id}/`),
  'changes/',
  'timeline/',
];

test('one page of every kind prints without editors’ links, build details or traces', async ({ page }, testInfo) => {
  test.slow();
  mkdirSync(testInfo.outputPath(), { recursive: true });
  for (const path of PRINTED) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const file = testInfo.outputPath(`${path.replaceAll('/', '-') || 'home'}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    // pdftotext breaks lines where the page does: compare without line breaks or spaces.
    const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const found = ['编辑此页', '供编辑使用', '订阅更新', 'JSON数据', '整理说明', '本站生成于', '内容更新于', REPOSITORY, ...TRACES.map((trace) => trace.replace(/\s+/g, ''))].filter((trace) => printed.includes(trace));
    expect(found, `print of /${path}`).toEqual([]);
  }
});
