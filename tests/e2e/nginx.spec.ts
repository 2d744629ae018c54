/**
 * The site served as a district's server serves it: a real nginx with deploy/nginx.conf, first
 * over the dist/ the web server built, then over the `npm run package` archive unpacked into a
 * fresh folder (checksums verified). Both pass the same checks: pages under the base path, the
 * 404 page, the headers (the pages' own Content-Security-Policy plus frame-ancestors, nosniff,
 * cache), content types, the build's gzip copies sent byte for byte, search and downloads in
 * Chromium. The bytes of a unit page, the search page and a first query are printed, compressed
 * and not.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BASE_PATH } from '../../playwright.config.ts';
import { DIST } from './support/dist.ts';
import { rawGet, startNginx, webRoot, type Nginx } from './support/nginx.ts';
import { busiestUnit, searchWord } from './support/subjects.ts';

/** A unit page, and the unit's name to search for (its page comes first). */
const UNIT = `units/${busiestUnit.id}/`;

const REPOSITORY_ROOT = join(import.meta.dirname, '../..');
/** The server block a deployment includes, committed and generated from src/config.ts. */
const SERVER_BLOCK = readFileSync(join(REPOSITORY_ROOT, 'deploy/nginx.conf'), 'utf8');

/**
 * The type nginx must send for each extension the site has. An extension missing here fails the
 * content-type test: add it to scripts/deploy/nginx.ts and here.
 */
const EXPECTED_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * Files the site does not have yet but the server must type correctly when it does (bulletins as
 * .docx; a WebAssembly module): served beside the site from the test's web root.
 */
const PROBES: Readonly<Record<string, Uint8Array>> = {
  'probe.docx': Buffer.from('PK\u0003\u0004'),
  'probe.wasm': Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]),
};

const YEAR = 'public, max-age=31536000, immutable';

/** Where a served site comes from: the folder of its files (what `<root><base>` shows). */
interface Source {
  name: string;
  /** Prepares the files in `dir`; returns the folder of the site and the server block to use. */
  prepare: (dir: string) => { site: string; serverBlock: string };
}

const SOURCES: Source[] = [
  { name: 'the built dist/', prepare: () => ({ site: DIST, serverBlock: SERVER_BLOCK }) },
  {
    name: 'the npm run package archive, unpacked',
    prepare: (dir) => {
      const out = join(dir, 'out');
      execFileSync('npm', ['run', 'package', '--', '--out', out], { cwd: REPOSITORY_ROOT, env: { ...process.env, BASE_PATH }, stdio: 'pipe' });
      const archive = readdirSync(out).find((file) => file.endsWith('.tar.gz'));
      expect(archive).toMatch(/^duban-site-\d{4}-\d{2}-\d{2}-\d+\.\d+\.\d+\.tar\.gz$/);
      expect(readdirSync(out).sort()).toEqual(['SHA256SUMS', archive, '部署说明.txt']);
      // As the 部署说明 says: check the archive after the journey, unpack, check every file.
      execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, stdio: 'pipe' });
      const fresh = join(dir, 'srv');
      mkdirSync(fresh);
      execFileSync('tar', ['-xzf', join(out, archive!), '-C', fresh]);
      const folder = join(fresh, archive!.replace(/\.tar\.gz$/, ''));
      execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: folder, stdio: 'pipe' });
      const serverBlock = readFileSync(join(folder, 'nginx.conf'), 'utf8');
      // Built under the same base, the package's server block is the committed one.
      expect(serverBlock).toBe(SERVER_BLOCK);
      return { site: join(folder, 'site', BASE_PATH), serverBlock };
    },
  },
];

/** One file of the site for each extension (`.gz` copies aside), by extension. */
function oneFilePerExtension(site: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' }).sort()) {
    const extension = extname(file);
    if (extension !== '' && extension !== '.gz' && !found.has(extension)) found.set(extension, file);
  }
  return found;
}

/**
 * Records what the page fetches until `take()`: bytes on the wire (bodies as sent, compressed or
 * not), the same bodies uncompressed, and the headers.
 */
function recordBytes(page: Page): () => Promise<{ wire: number; plain: number; headers: number }> {
  let pending: Promise<[number, number, number]>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const sizes = await request.sizes();
        const response = await request.response();
        // A redirect has no body to read.
        const body = await response?.body().catch(() => undefined);
        return [sizes.responseBodySize, body?.length ?? 0, sizes.responseHeadersSize];
      })(),
    );
  });
  return async () => {
    const taken = await Promise.all(pending);
    pending = [];
    return taken.reduce((sum, [wire, plain, headers]) => ({ wire: sum.wire + wire, plain: sum.plain + plain, headers: sum.headers + headers }), { wire: 0, plain: 0, headers: 0 });
  };
}

for (const source of SOURCES) {
  test.describe(`nginx serving ${source.name}`, () => {
    // One nginx per source, started once: these tests run in order in one worker.
    test.describe.configure({ mode: 'default' });
    let dir = '';
    let site = '';
    let nginx: Nginx | undefined;
    const url = (path: string) => `${nginx!.origin}${BASE_PATH}${path}`;
    const file = (path: string) => readFileSync(join(site, path));

    test.beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'duban-nginx-site-'));
      const prepared = source.prepare(dir);
      site = prepared.site;
      nginx = await startNginx(prepared.serverBlock, webRoot(dir, site, BASE_PATH, PROBES));
    });

    test.afterAll(async () => {
      await nginx?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    test('pages answer under the base path; a path without its slash is redirected', async () => {
      const home = await rawGet(url(''));
      expect(home.status).toBe(200);
      expect(home.body.equals(file('index.html'))).toBe(true);
      const unit = await rawGet(url(UNIT));
      expect(unit.status).toBe(200);
      expect(unit.body.equals(file(`${UNIT}index.html`))).toBe(true);
      for (const [path, location, status] of [
        ['/', BASE_PATH, 302],
        [BASE_PATH.replace(/\/$/, ''), BASE_PATH, 301],
        [`${BASE_PATH}${UNIT.replace(/\/$/, '')}`, `${BASE_PATH}${UNIT}`, 301],
      ] as const) {
        const response = await rawGet(`${nginx!.origin}${path}`);
        expect([path, response.status, response.headers['location']]).toEqual([path, status, location]);
      }
    });

    test("the site's 404 page answers a missing page, a folder without an index, and anything outside the base", async () => {
      const notFound = file('404.html');
      for (const path of [`${BASE_PATH}no-such-page/`, `${BASE_PATH}_astro/`, `${BASE_PATH}pagefind/`, '/elsewhere/']) {
        const response = await rawGet(`${nginx!.origin}${path}`);
        expect([path, response.status, response.headers['content-type']]).toEqual([path, 404, 'text/html; charset=utf-8']);
        expect(response.body.equals(notFound), `${path} shows the site's 404 page`).toBe(true);
        expect(response.headers['x-content-type-options']).toBe('nosniff');
      }
    });

    test("headers: the page's own policy plus frame-ancestors, nosniff, and cache by kind of file", async ({ page }) => {
      const response = await page.goto(url(UNIT));
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      const headers = response!.headers();
      expect(meta).toContain("default-src 'self'");
      expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'self'`);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['referrer-policy']).toBe('same-origin');
      expect(headers['server']).toBe('nginx');

      const pagefind = readdirSync(join(site, 'pagefind'), { recursive: true, encoding: 'utf8' });
      const stylesheet = readdirSync(join(site, '_astro')).find((name) => name.endsWith('.css'));
      const hashed = ['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter'].map((extension) => `pagefind/${pagefind.find((name) => name.endsWith(extension))}`);
      const cache: [string, string][] = [
        [UNIT, 'no-cache'],
        ['', 'no-cache'],
        ['tasks.xlsx', 'no-cache'],
        ['calendar.ics', 'no-cache'],
        ['pagefind/pagefind.js', 'no-cache'],
        ['pagefind/pagefind-entry.json', 'no-cache'],
        [`_astro/${stylesheet}`, YEAR],
        ...hashed.map((path): [string, string] => [path, YEAR]),
      ];
      const seen: [string, string | undefined][] = [];
      const policies: [string, string | undefined][] = [];
      for (const [path] of cache) {
        const answer = await rawGet(url(path));
        expect(answer.status, path).toBe(200);
        expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
        seen.push([path, answer.headers['cache-control']]);
        policies.push([path, answer.headers['content-security-policy']]);
      }
      expect(seen).toEqual(cache);
      // The policy goes with pages and scripts (a worker takes it from its script), not with
      // every stylesheet and index file.
      const policy = headers['content-security-policy'];
      expect(policies).toEqual(cache.map(([path]) => [path, /\.js$|\/$|^$/.test(path) ? policy : undefined]));
      expect((await rawGet(url('no-such-page/'))).headers['content-security-policy']).toBe(policy);
    });

    test('content types: one file of every kind the site has, and .docx and .wasm', async () => {
      const files = oneFilePerExtension(site);
      for (const name of Object.keys(PROBES)) files.set(extname(name), name);
      expect([...files.keys()].filter((extension) => EXPECTED_TYPES[extension] === undefined), 'extensions with no expected type').toEqual([]);
      for (const extension of ['.html', '.ics', '.xlsx', '.docx', '.wasm', '.pagefind', '.pf_meta', '.pf_index', '.pf_fragment']) expect(files.has(extension), extension).toBe(true);
      const served: [string, string | undefined][] = [];
      for (const [extension, path] of files) {
        const response = await rawGet(url(path));
        expect(response.status, path).toBe(200);
        served.push([extension, response.headers['content-type']]);
      }
      expect(served).toEqual([...files.keys()].map((extension) => [extension, EXPECTED_TYPES[extension]]));
    });

    test("gzip: the build's .gz copies are sent as they are; Pagefind's own gzip data is not compressed again", async () => {
      // The largest stylesheet: gzip would not shrink the smallest, which has no copy.
      const stylesheet = readdirSync(join(site, '_astro'))
        .filter((name) => name.endsWith('.css'))
        .sort((a, b) => file(`_astro/${b}`).length - file(`_astro/${a}`).length)[0];
      for (const path of [`${UNIT}index.html`, 'search/index.html', `_astro/${stylesheet}`, 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'tasks.csv']) {
        const address = url(path.replace(/index\.html$/, ''));
        const zipped = await rawGet(address, { 'accept-encoding': 'gzip' });
        expect([path, zipped.headers['content-encoding'], zipped.headers['vary']]).toEqual([path, 'gzip', 'Accept-Encoding']);
        expect(zipped.body.equals(file(`${path}.gz`)), `${path}: the body is the build's ${path}.gz (build with COMPRESS=1)`).toBe(true);
        const plain = await rawGet(address);
        expect(plain.headers['content-encoding'], path).toBeUndefined();
        expect(plain.body.equals(file(path)), path).toBe(true);
      }
      const fragment = `pagefind/fragment/${readdirSync(join(site, 'pagefind/fragment'))[0]}`;
      const response = await rawGet(url(fragment), { 'accept-encoding': 'gzip' });
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body.equals(file(fragment))).toBe(true);
    });

    test('search works in Chromium through nginx, under both policies', async ({ page }) => {
      const violations: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          ((window as unknown as { cspViolations: string[] }).cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(url(`search/?q=${encodeURIComponent(busiestUnit.data.name)}`));
      const first = page.locator('[data-results] h2 a').first();
      await expect(first).toHaveAttribute('href', `${BASE_PATH}${UNIT}`);
      await expect(page.locator('[data-results] mark').first()).toBeVisible();
      violations.push(...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])));
      expect(violations).toEqual([]);
      await first.click();
      await expect(page).toHaveURL(url(UNIT));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });

    test('downloads arrive as the right kind of file', async ({ page }) => {
      await page.goto(url('tasks/'));
      const section = page.getByRole('region', { name: '下载' });
      const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Excel 任务分解表' }).click()]);
      // Saved under the district's name and the export date; served from tasks.xlsx all the same.
      expect(download.suggestedFilename()).toMatch(/^XX区-任务分解表-\d{4}-\d{2}-\d{2}\.xlsx$/);
      expect(readFileSync((await download.path())!).equals(file('tasks.xlsx'))).toBe(true);
      const types: [string, string | undefined][] = [];
      // The JSON data is for editors: its link is in the footer's editors' area.
      const editors = page.locator('footer .editors');
      for (const [links, name] of [[section, 'Excel 任务分解表'], [section, 'CSV'], [section, '日历（订阅）'], [editors, 'JSON 数据']] as const) {
        const path = (await links.getByRole('link', { name }).getAttribute('href'))!;
        types.push([path, (await rawGet(`${nginx!.origin}${path}`)).headers['content-type']]);
      }
      expect(types).toEqual([
        [`${BASE_PATH}tasks.xlsx`, EXPECTED_TYPES['.xlsx']],
        [`${BASE_PATH}tasks.csv`, EXPECTED_TYPES['.csv']],
        [`${BASE_PATH}calendar.ics`, EXPECTED_TYPES['.ics']],
        [`${BASE_PATH}tasks.json`, EXPECTED_TYPES['.json']],
      ]);
    });

    test('weight through nginx: a unit page, the search page, a first query, compressed and not', async ({ browser }) => {
      // Each measured from an empty cache, as a reader's first visit.
      const fresh = async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        return { context, page, take: recordBytes(page) };
      };
      const reader = await fresh();
      await reader.page.goto(url(UNIT), { waitUntil: 'networkidle' });
      const unit = await reader.take();
      await reader.context.close();
      const searcher = await fresh();
      await searcher.page.goto(url('search/'), { waitUntil: 'networkidle' });
      const search = await searcher.take();
      await searcher.page.getByRole('searchbox', { name: '搜索本站' }).pressSequentially(searchWord.query);
      await expect(searcher.page.locator('[data-results] li').first()).toBeVisible();
      await searcher.page.waitForLoadState('networkidle');
      const query = await searcher.take();
      await searcher.context.close();
      const figures = { [`unit page (${UNIT})`]: unit, 'search page before typing': search, [`first query (${searchWord.query})`]: query };
      for (const [name, bytes] of Object.entries(figures)) {
        console.log(`nginx, ${source.name}: ${name}: bodies ${bytes.wire} B as sent, ${bytes.plain} B uncompressed; headers ${bytes.headers} B`);
      }
      expect(unit.wire).toBeLessThan(unit.plain / 2);
      expect(search.wire).toBeLessThan(search.plain / 2);
      // Pagefind's index and fragments are gzip data already: a query gains less.
      expect(query.wire).toBeLessThan(query.plain);
    });
  });
}
