/**
 * Sweeps over every page of the built site, one test per page (read from dist/, not a hand-picked
 * list, so a failure names the page): valid HTML, no broken internal link or anchor, axe clean
 * (WCAG 2.2 AA), headings in order, the four landmarks, nothing fetched from another origin, no
 * CSP violation, and no sideways scrolling at 360 px, with text at 100 % and at 200 %.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { BASE_PATH, REPOSITORY } from '../../playwright.config.ts';
import { READING_DAY } from './support/clock.ts';
import { brokenLinks, DIST, htmlFiles, htmlProblems, pagePath } from './support/dist.ts';
import { site } from './support/subjects.ts';

/** Listed when Playwright collects the tests, after its web server has built the site. */
const files = htmlFiles();

/**
 * One browser page per worker, opened on the fixed reading day, with CSP violations recorded: the
 * sweep only reads, and a fresh context for each of a hundred pages costs more than the checks.
 */
const test = base.extend<object, { sweepPage: Page }>({
  sweepPage: [
    async ({ browser }, use, workerInfo) => {
      // The options a test's own context would get; playwright.config.ts sets all three.
      const { baseURL, locale, timezoneId } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL: baseURL!, locale: locale!, timezoneId: timezoneId! });
      const page = await context.newPage();
      // Due states are coloured by the reader's date: check them as they look on one fixed day.
      await page.clock.setFixedTime(READING_DAY);
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          ((window as unknown as { cspViolations: string[] }).cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test('the built site has every kind of page, and a page for every entry', () => {
  const { meetings, directives, tasks, departments, checklists } = site.content;
  const expected = [
    ...['', 'meetings/', 'directives/', 'tasks/', 'units/', 'checklists/', 'milestones/', 'matrix/', 'matrix/members/', 'timeline/', 'changes/', 'restorations/', 'search/'].map((path) => `${path}index.html`),
    '404.html',
    ...meetings.map((entry) => `meetings/${entry.id}/index.html`),
    ...directives.map((entry) => `directives/${entry.id}/index.html`),
    ...tasks.map((entry) => `tasks/${entry.id}/index.html`),
    ...departments.map((entry) => `units/${entry.id}/index.html`),
    ...checklists.map((entry) => `checklists/${entry.id}/index.html`),
  ];
  expect(expected.filter((file) => !files.includes(file)), `pages missing from ${DIST} (the web server builds the site before the tests are listed)`).toEqual([]);
});

/** Opens a page with every request to another origin failed and recorded. */
async function openLocally(page: Page, path: string, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.unrouteAll();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await page.goto(path);
  return foreign;
}

/** What the browser shows wrong on the open page: headings out of order, landmarks missing. */
async function outlineProblems(page: Page): Promise<string[]> {
  const outline = await page.evaluate(() => ({
    levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])),
    landmarks: ['body > header', 'main', 'body > footer', 'nav'].map((selector) => document.querySelectorAll(selector).length),
  }));
  const problems: string[] = [];
  if (outline.levels[0] !== 1 || outline.levels.filter((level) => level === 1).length !== 1) problems.push('needs exactly one h1, first');
  outline.levels.forEach((level, index) => {
    if (index > 0 && level > outline.levels[index - 1]! + 1) problems.push(`heading h${level} follows h${outline.levels[index - 1]}`);
  });
  if (outline.landmarks.slice(0, 3).some((count) => count !== 1) || outline.landmarks[3]! < 1) problems.push(`landmarks ${outline.landmarks.join('/')}`);
  return problems;
}

test.describe('every page', () => {
  for (const file of files) {
    test(file, async ({ sweepPage: page, baseURL }) => {
      expect.soft(await htmlProblems(file), 'valid HTML').toEqual([]);
      expect.soft(brokenLinks(file, BASE_PATH, REPOSITORY), 'internal links and anchors, under the base path').toEqual([]);

      await page.setViewportSize({ width: 1280, height: 900 });
      const foreign = await openLocally(page, pagePath(file), new URL(baseURL!).origin);
      expect.soft(foreign, 'requests to another origin').toEqual([]);
      await page.waitForLoadState('networkidle');
      const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
      expect.soft(violations, 'CSP violations').toEqual([]);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect.soft(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), 'axe (WCAG 2.2 AA)').toEqual([]);
      expect.soft(await outlineProblems(page), 'headings and landmarks').toEqual([]);
      await page.setViewportSize({ width: 360, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, 'sideways scrolling at 360 px, in pixels').toBe(0);
      // Text at 200 %, as a phone's font-size setting makes it (every size here is in rem). Set
      // through the CSSOM, which the Content-Security-Policy allows, unlike an injected <style>.
      const zoomed = await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
        const selects = [...document.querySelectorAll('select')].filter((select) => select.getClientRects().length > 0);
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          selects: selects.filter((select) => select.getBoundingClientRect().right > select.parentElement!.getBoundingClientRect().right + 1).map((select) => select.name),
        };
      });
      expect.soft(zoomed.overflow, 'sideways scrolling at 360 px with text at 200 %, in pixels').toBe(0);
      expect.soft(zoomed.selects, 'selects wider than their container at 360 px with text at 200 %').toEqual([]);
    });
  }
});
