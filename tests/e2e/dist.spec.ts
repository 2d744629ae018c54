/**
 * Sweeps over every page of the built site (read from dist/, not a hand-picked list): valid
 * HTML, no broken internal link or anchor, axe clean (WCAG 2.2 AA), headings in order, the four
 * landmarks, nothing fetched from another origin, and no sideways scrolling at 360 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { BASE_PATH, REPOSITORY } from '../../playwright.config.ts';
import { READING_DAY } from './support/clock.ts';
import { DIST, htmlFiles, pagePath } from './support/dist.ts';

test('every page is valid HTML', async () => {
  const validator = new HtmlValidate(JSON.parse(readFileSync(join(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')));
  const failures: string[] = [];
  for (const file of htmlFiles()) {
    const report = await validator.validateFile(join(DIST, file));
    for (const result of report.results) for (const message of result.messages) failures.push(`${file}:${message.line}: ${message.ruleId}: ${message.message}`);
  }
  expect(failures).toEqual([]);
  expect(htmlFiles().length).toBeGreaterThan(72);
});

test('no internal link or anchor is broken, and every link keeps the base path', () => {
  const files = htmlFiles();
  const ids = new Map(files.map((file) => [file, new Set([...readFileSync(join(DIST, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!))]));
  const broken: string[] = [];
  for (const file of files) {
    const html = readFileSync(join(DIST, file), 'utf8');
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
      const link = href!.replaceAll('&amp;', '&');
      if (/^[a-z]+:/.test(link)) {
        // Only "编辑此页" leaves the site: a link (not a request) to the configured repository.
        if (!link.startsWith(`${REPOSITORY}/edit/`)) broken.push(`${file}: external link ${link}`);
        continue;
      }
      const [path, anchor] = link.split('#') as [string, string | undefined];
      let target = file;
      if (path !== '') {
        if (!path.startsWith(BASE_PATH)) {
          broken.push(`${file}: ${link} ignores the base path`);
          continue;
        }
        const rest = path.slice(BASE_PATH.length).split('?')[0]!;
        target = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
        if (rest.includes('.') && !existsSync(join(DIST, rest))) {
          broken.push(`${file}: ${link} has no file`);
          continue;
        }
        if (!ids.has(target) && !rest.includes('.')) {
          broken.push(`${file}: ${link} has no page`);
          continue;
        }
      }
      if (anchor !== undefined && anchor !== '' && !ids.get(target)?.has(decodeURIComponent(anchor))) broken.push(`${file}: ${link} has no anchor #${anchor}`);
    }
  }
  expect(broken).toEqual([]);
});

/** Opens a page with every request to another origin failed and recorded. */
async function openLocally(page: Page, path: string, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ((window as unknown as { cspViolations: string[] }).cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await page.goto(path);
  return foreign;
}

for (const part of [0, 1]) {
  test(`every page (part ${part + 1} of 2): axe clean, headings in order, landmarks, same-origin only, no CSP violation, fits 360 px`, async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    // Due states are coloured by the reader's date: check them as they look on one fixed day.
    await page.clock.setFixedTime(READING_DAY);
    const files = htmlFiles().filter((_, index) => index % 2 === part);
    for (const file of files) {
      const path = pagePath(file);
      await page.setViewportSize({ width: 1280, height: 900 });
      const foreign = await openLocally(page, file === '404.html' ? '404.html' : path, origin);
      problems.push(...foreign.map((url) => `${file}: requested ${url}`));
      await page.waitForLoadState('networkidle');
      const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
      problems.push(...violations.map((violation) => `${file}: CSP violation ${violation}`));
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      problems.push(...axe.violations.map((violation) => `${file}: axe ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));
      const outline = await page.evaluate(() => ({
        levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])),
        landmarks: ['body > header', 'main', 'body > footer', 'nav'].map((selector) => document.querySelectorAll(selector).length),
      }));
      if (outline.levels[0] !== 1 || outline.levels.filter((level) => level === 1).length !== 1) problems.push(`${file}: needs exactly one h1, first`);
      outline.levels.forEach((level, index) => {
        if (index > 0 && level > outline.levels[index - 1]! + 1) problems.push(`${file}: heading h${level} follows h${outline.levels[index - 1]}`);
      });
      if (outline.landmarks.slice(0, 3).some((count) => count !== 1) || outline.landmarks[3]! < 1) problems.push(`${file}: landmarks ${outline.landmarks.join('/')}`);
      await page.setViewportSize({ width: 360, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${file}: scrolls sideways by ${overflow}px at 360 px`);
      await page.unrouteAll();
    }
    expect(problems).toEqual([]);
  });
}
