/**
 * npm run bench:search — builds a synthetic 5,000-task site (in a temporary folder, never
 * committed) and prints: index time, index bytes, and bytes and milliseconds of the first and of
 * later queries for a fixed query list, measured in Chromium on the search page. Also writes the
 * figures as JSON to .bench/search.json.
 *
 *   npm run bench:search [-- <tasks>]
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/chromium.ts';
import { buildProject, ROOT, serve, syntheticProject } from './site.ts';

const QUERIES = ['台账资料', '回头看', '信访件', '第12局', '畜禽养殖', '限期销号', '扬尘', '5', '料', '各板块各部门'];
const tasks = Number(process.argv[2] ?? 5000);

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stat = statSync(join(dir, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

const project = syntheticProject({ tasks, units: 200, checklists: 50, meetings: 20 });
console.log(`synthetic site: ${tasks} tasks in ${project}`);
try {
  const build = buildProject(project);
  const bundle = join(project, 'dist/pagefind');
  const indexBytes = folderBytes(bundle);
  const stop = await serve(project, 4398);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const queries: { query: string; bytes: number; ms: number; results: string }[] = [];
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    await page.goto('http://127.0.0.1:4398/search/', { waitUntil: 'networkidle' });
    const pageBytes = bytes;
    for (const query of QUERIES) {
      bytes = 0;
      const started = performance.now();
      const box = page.locator('#search-q');
      await box.fill(query);
      await box.press('Enter');
      await page.locator('[data-status]').filter({ hasText: `“${query}”` }).waitFor();
      const ms = performance.now() - started;
      await page.waitForLoadState('networkidle');
      queries.push({ query, bytes, ms: Math.round(ms), results: await page.locator('[data-status]').innerText() });
    }
    const figures = {
      tasks,
      pages: build.pages,
      buildSeconds: Number(build.seconds.toFixed(1)),
      indexSeconds: Number(build.indexSeconds.toFixed(1)),
      peakMemoryMB: build.peakMemoryMB,
      indexBytes,
      searchPageBytesBeforeTyping: pageBytes,
      queries,
    };
    console.log(`\nbuild (check + astro + Pagefind): ${figures.buildSeconds} s, peak ${figures.peakMemoryMB} MB, ${figures.pages} pages`);
    console.log(`index: ${figures.indexSeconds} s, ${(indexBytes / 1024 / 1024).toFixed(1)} MB on disk`);
    console.log(`search page before typing: ${(pageBytes / 1024).toFixed(1)} KB transferred`);
    console.log('\nquery             bytes (KB)   ms   results');
    for (const [index, row] of queries.entries()) {
      console.log(`${(index === 0 ? `${row.query} (first)` : row.query).padEnd(16)} ${(row.bytes / 1024).toFixed(1).padStart(10)} ${String(row.ms).padStart(5)}   ${row.results}`);
    }
    mkdirSync(join(ROOT, '.bench'), { recursive: true });
    writeFileSync(join(ROOT, '.bench/search.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`\nfigures written to .bench/search.json`);
  } finally {
    await browser.close();
    stop();
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}
