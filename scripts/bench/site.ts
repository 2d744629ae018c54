/**
 * Shared by the benchmarks: lay out a temporary project around generated content (the project's
 * own src/ and config copied in, node_modules linked), build it with the real pipeline, and serve
 * the result. Nothing here is written inside the repository.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate, type SiteSize } from './generate.ts';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Creates a temporary project with synthetic content of the given size. */
export function syntheticProject(size: SiteSize): string {
  const dir = mkdtempSync(join(tmpdir(), `duban-bench-${size.tasks}-`));
  for (const name of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  generate(dir, size);
  return dir;
}

/** Runs `npm run check` on the project at `dir`; its seconds. Throws when the content does not pass. */
export function timeCheck(dir: string): number {
  const started = performance.now();
  const check = spawnSync(NODE, [join(ROOT, 'scripts/check.ts'), dir], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (check.status !== 0) throw new Error(`check failed:\n${check.stderr.slice(-2000)}`);
  return seconds;
}

/** What a build reported. */
export interface BuildFigures {
  seconds: number;
  /** User plus system CPU seconds: on a shared, loaded machine the wall time says more about the others. */
  cpuSeconds: number;
  indexSeconds: number;
  pages: number;
  peakMemoryMB: number;
}

/** Builds the project at `dir` (check, build, Pagefind), timing it. */
export function buildProject(dir: string, base = '/'): BuildFigures {
  const timeFile = join(dir, 'build.time');
  const started = performance.now();
  // Run inside the project: Astro puts its prerender chunks under the working directory's .astro/
  // when outDir is outside it, so two projects built from one checkout at once would share them.
  const result = spawnSync('/usr/bin/time', ['-v', '-o', timeFile, NODE, ASTRO, 'build', '--root', dir], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: base },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  const index = /indexed (\d+) pages in (\d+) ms/.exec(result.stdout);
  const time = spawnSync('cat', [timeFile], { encoding: 'utf8' }).stdout;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(time);
  const cpu = ['User', 'System'].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(time)?.[1] ?? NaN));
  return {
    seconds,
    cpuSeconds: cpu[0]! + cpu[1]!,
    indexSeconds: index === null ? NaN : Number(index[2]) / 1000,
    pages: index === null ? NaN : Number(index[1]),
    peakMemoryMB: peak === null ? NaN : Math.round(Number(peak[1]) / 1024),
  };
}

/** Serves the built project; resolves with a stop function once it answers. */
export async function serve(dir: string, port: number, base = '/'): Promise<() => void> {
  const server = spawn(NODE, [ASTRO, 'preview', '--root', dir, '--host', '127.0.0.1', '--port', String(port), '--force'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: base },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}${base}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return () => server.kill();
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  server.kill();
  throw new Error(`preview did not answer at ${url}`);
}

/** The bytes of every file under `dir`. */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stat = statSync(join(dir, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

/** The largest of the pages `paths` that exist, in KB (pageWeight); undefined when none is built. */
export function largestPageKB(dist: string, paths: readonly string[]): number | undefined {
  const weights = paths.filter((path) => existsSync(join(dist, path))).map((path) => pageWeight(dist, path));
  return weights.length === 0 ? undefined : Number((Math.max(...weights) / 1024).toFixed(1));
}

/** An HTML page's own bytes plus the stylesheets and scripts it loads (uncompressed). */
export function pageWeight(dist: string, page: string): number {
  const html = readFileSync(join(dist, page), 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(?:css|js))"/g)].map((match) => match[1]!);
  const imported = new Set(assets);
  // Scripts import shared chunks: follow them once.
  for (const asset of [...imported]) {
    if (!asset.endsWith('.js')) continue;
    for (const [, chunk] of readFileSync(join(dist, asset), 'utf8').matchAll(/from"\.\/([^"]+\.js)"/g)) imported.add(`_astro/${chunk}`);
  }
  return Buffer.byteLength(html) + [...imported].reduce((sum, asset) => sum + statSync(join(dist, asset)).size, 0);
}

/** The weights (pageWeight, KB) of the pages whose budgets the benchmarks watch; undefined where the site has no such page. */
export interface PageFigures {
  unitPageKB: number | undefined;
  /** 进度总览. */
  progressPageKB: number | undefined;
  /** The largest 督查通报 (the one naming the most units and cases). */
  bulletinPageKB: number | undefined;
  /** The case ledger's first page. */
  ledgerPageKB: number | undefined;
  /** The case statistics page. */
  statisticsPageKB: number | undefined;
  /** The largest of a unit's case list pages (the first page of each). */
  unitCasesPageKB: number | undefined;
  /** A case page (the first case of the first batch). */
  casePageKB: number | undefined;
}

/** The subfolders of `dist`/`dir`, as `dir/<name>/index.html` pages. */
const pagesUnder = (dist: string, dir: string, page = 'index.html') =>
  existsSync(join(dist, dir)) ? readdirSync(join(dist, dir), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `${dir}/${entry.name}/${page}`) : [];

/** Measures the budgeted pages of the site built in `dist`; `unit` is the unit whose page is weighed. */
export function pageFigures(dist: string, unit = 'danwei-1'): PageFigures {
  const firstCase = existsSync(join(dist, 'cases')) ? readdirSync(join(dist, 'cases')).filter((name) => /^D3SX/.test(name)).sort()[0] : undefined;
  return {
    unitPageKB: largestPageKB(dist, [`units/${unit}/index.html`]),
    progressPageKB: largestPageKB(dist, ['progress/index.html']),
    bulletinPageKB: largestPageKB(dist, pagesUnder(dist, 'bulletins')),
    ledgerPageKB: largestPageKB(dist, ['cases/index.html']),
    // Its address is the statistics helper's to choose: any of these.
    statisticsPageKB: largestPageKB(dist, ['cases/statistics/index.html', 'cases/stats/index.html', 'statistics/index.html', 'case-statistics/index.html']),
    unitCasesPageKB: largestPageKB(dist, pagesUnder(dist, 'units', 'cases/index.html')),
    casePageKB: firstCase === undefined ? undefined : largestPageKB(dist, [`cases/${firstCase}/index.html`]),
  };
}
