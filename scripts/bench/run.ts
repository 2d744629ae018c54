/**
 * npm run bench [-- <sizes…>] — the scale benchmark. For each size (default 1,000 and 10,000
 * tasks; 200 units, 50 checklists, 20 meetings, 26 weekly reports per unit, some 销号 and a
 * 督查通报 every six weeks; two petition cases per task, in 60 daily batches with their handling:
 * 2,000 and 20,000 cases) it generates synthetic content in a temporary folder outside
 * content/, then measures with the real pipeline: check time, build time (Pagefind included)
 * and index time, build CPU time, peak memory, pages per second, dist and index size, the bytes
 * (HTML+CSS+JS) of a unit page, of the 进度总览, of the largest 督查通报, of the case ledger, the
 * case statistics, a unit's cases and a case page (those the site has; site.ts pageFigures), the time of
 * importing a unit's filled-in sheet of 200 rows (`npm run import`, its check included), and in Chromium the search page's bytes before typing and
 * the bytes and time of a first and later queries. Lighthouse (mobile, median of 3) runs on the
 * home, unit, task-list and search pages of the first size. Growth: the build time of the largest
 * size over that of the smallest, which should stay near linear (at most 12× for 10× the
 * content); with a single size, a site of a tenth of it is built as well, for this figure only.
 * Figures print as a table and are written to .bench/bench.json. Nothing is written inside
 * content/ or committed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lighthouseScores, measureSearch } from './browser.ts';
import { timeImport } from './importSheet.ts';
import { buildProject, folderBytes, pageFigures, ROOT, serve, syntheticProject, timeCheck } from './site.ts';

const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0);
if (sizes.length === 0) sizes.push(1000, 10000);
const QUERIES = ['台账资料', '回头看', '信访件', '第12局', '扬尘'];
const SHAPE = { units: 200, checklists: 50, meetings: 20, reports: 26, batches: 60 };
/** Petition cases per task: 20,000 cases on top of 10,000 tasks, as issue 16 asks. */
const CASES_PER_TASK = 2;
/** The site of `tasks` tasks. */
const shape = (tasks: number) => ({ tasks, cases: tasks * CASES_PER_TASK, ...SHAPE });
/** The rows of the unit's sheet imported (`npm run import -- report`). */
const IMPORT_ROWS = 200;
/** Build time may grow at most this much faster than the content (12× for 10×) and still count as linear. */
const GROWTH_SLACK = 1.2;

const results = [];
for (const [index, tasks] of sizes.entries()) {
  console.log(`\n== ${tasks} tasks`);
  const project = syntheticProject(shape(tasks));
  try {
    const checkSeconds = timeCheck(project);
    const build = buildProject(project);
    const dist = join(project, 'dist');
    const stop = await serve(project, 4397);
    try {
      const search = await measureSearch('http://127.0.0.1:4397/', QUERIES);
      // One page at a time: parallel runs on two cores would measure each other.
      let lighthouse: Record<string, Record<string, number>> | undefined;
      if (index === 0) {
        lighthouse = {};
        for (const [name, path] of [['home', ''], ['unit', 'units/danwei-1/'], ['task list', 'tasks/'], ['search', 'search/']] as const) {
          lighthouse[name] = await lighthouseScores(`http://127.0.0.1:4397/${path}`);
        }
      }
      const figures = {
        tasks,
        cases: tasks * CASES_PER_TASK,
        pages: build.pages,
        checkSeconds: Number(checkSeconds.toFixed(1)),
        buildSeconds: Number(build.seconds.toFixed(1)),
        buildCpuSeconds: Number(build.cpuSeconds.toFixed(1)),
        indexSeconds: Number(build.indexSeconds.toFixed(1)),
        peakMemoryMB: build.peakMemoryMB,
        pagesPerSecond: Math.round(build.pages / build.seconds),
        distMB: Number((folderBytes(dist) / 1024 / 1024).toFixed(1)),
        indexMB: Number((folderBytes(join(dist, 'pagefind')) / 1024 / 1024).toFixed(1)),
        ...pageFigures(dist),
        importSeconds: Number((await timeImport(project, 'danwei-1', IMPORT_ROWS)).toFixed(1)),
        searchPageKB: Number((search.pageBytes / 1024).toFixed(1)),
        firstQuery: { kb: Number((search.queries[0]!.bytes / 1024).toFixed(1)), ms: search.queries[0]!.ms },
        laterQueries: search.queries.slice(1).map((query) => ({ query: query.query, kb: Number((query.bytes / 1024).toFixed(1)), ms: query.ms })),
        lighthouse,
      };
      results.push(figures);
      console.log(JSON.stringify(figures, null, 2));
    } finally {
      stop();
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

/** The growth figure: build seconds at the smallest and largest size measured, and their ratio. */
function growth(results: readonly { tasks: number; buildSeconds: number }[]): { small: { tasks: number; seconds: number }; large: { tasks: number; seconds: number }; ratio: number } | undefined {
  const large = results.at(-1);
  if (large === undefined) return undefined;
  let small = { tasks: results[0]!.tasks, seconds: results[0]!.buildSeconds };
  if (results.length === 1) {
    // One size asked for: build a tenth of it (build only) so that the figure still compares 10× the content.
    const tasks = Math.max(1, Math.round(large.tasks / 10));
    console.log(`\n== ${tasks} tasks (build only, for the growth figure)`);
    const project = syntheticProject(shape(tasks));
    try {
      small = { tasks, seconds: Number(buildProject(project).seconds.toFixed(1)) };
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }
  return { small, large: { tasks: large.tasks, seconds: large.buildSeconds }, ratio: Number((large.buildSeconds / small.seconds).toFixed(1)) };
}

const buildGrowth = growth(results);
if (buildGrowth !== undefined) {
  const { small, large, ratio } = buildGrowth;
  const limit = Number(((GROWTH_SLACK * large.tasks) / small.tasks).toFixed(1));
  console.log(
    `\ngrowth: build ${small.tasks} tasks ${small.seconds} s, ${large.tasks} tasks ${large.seconds} s: ${ratio.toFixed(1)}× for ${large.tasks / small.tasks}× the content (limit ${limit}×${ratio > limit ? ', EXCEEDED' : ''})`,
  );
}
console.log(`\ntasks  cases  check s  build s  cpu s  index s  peak MB  pages/s  dist MB  index MB  unit KB  进度 KB  通报 KB  台账 KB  统计 KB  单位件 KB  件 KB  import s  search KB  1st q KB  1st q ms  later q KB (max)   (import: ${IMPORT_ROWS} rows)`);
for (const row of results) {
  const later = Math.max(...row.laterQueries.map((query) => query.kb));
  console.log(
    [row.tasks, row.cases, row.checkSeconds, row.buildSeconds, row.buildCpuSeconds, row.indexSeconds, row.peakMemoryMB, row.pagesPerSecond, row.distMB, row.indexMB, row.unitPageKB ?? '-', row.progressPageKB ?? '-', row.bulletinPageKB ?? '-', row.ledgerPageKB ?? '-', row.statisticsPageKB ?? '-', row.unitCasesPageKB ?? '-', row.casePageKB ?? '-', row.importSeconds, row.searchPageKB, row.firstQuery.kb, row.firstQuery.ms, later]
      .map((value, column) => String(value).padStart(column === 0 ? 5 : 8))
      .join(' '),
  );
  if (row.lighthouse) for (const [page, scores] of Object.entries(row.lighthouse)) console.log(`  lighthouse ${page}: ${JSON.stringify(scores)}`);
}
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench/bench.json'), `${JSON.stringify({ date: new Date().toISOString(), results, growth: buildGrowth }, null, 2)}\n`);
console.log('\nfigures written to .bench/bench.json');
