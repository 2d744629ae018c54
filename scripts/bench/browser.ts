/** Browser measurements for the benchmarks: bytes and time of the search page and its queries, Lighthouse. */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/chromium.ts';

/** One query's cost. */
export interface QueryFigures {
  query: string;
  bytes: number;
  ms: number;
}

/** Loads the search page, then runs `queries` in order: bytes before typing, then per query. */
export async function measureSearch(baseUrl: string, queries: readonly string[]): Promise<{ pageBytes: number; queries: QueryFigures[] }> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    await page.goto(`${baseUrl}search/`, { waitUntil: 'networkidle' });
    const pageBytes = bytes;
    const figures: QueryFigures[] = [];
    for (const query of queries) {
      bytes = 0;
      const started = performance.now();
      const box = page.locator('#search-q');
      await box.fill(query);
      await box.press('Enter');
      await page.locator('[data-status]').filter({ hasText: `“${query}”` }).waitFor();
      const ms = Math.round(performance.now() - started);
      await page.waitForLoadState('networkidle');
      figures.push({ query, bytes, ms });
    }
    return { pageBytes, queries: figures };
  } finally {
    await browser.close();
  }
}

/** Lighthouse scores (0–100) of one page: mobile settings, the median of `runs` runs per category. */
export async function lighthouseScores(url: string, runs = 3): Promise<Record<string, number>> {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
  const results: Record<string, number[]> = Object.fromEntries(categories.map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    const chrome = await launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      for (const name of categories) results[name]!.push(Math.round((result?.lhr.categories[name]?.score ?? 0) * 100));
    } finally {
      chrome.kill();
    }
  }
  return Object.fromEntries(categories.map((name) => [name, results[name]!.sort((a, b) => a - b)[Math.floor(runs / 2)]!]));
}
