/**
 * npm run bench:cases [-- <case counts…>] — how the petition cases weigh on the build. On a site of
 * 10,000 tasks (the shape `npm run bench` uses), builds it with each number of cases (default 2,000
 * and 20,000, in 60 daily batches with their handling: ./caseContent.ts) and measures `npm run
 * check`, the full build (wall and CPU time, peak memory, pages) and the budgeted pages (the case
 * ledger, statistics, a unit's cases, a case page, the unit page, 进度总览, the largest 督查通报);
 * then the growth of build time and memory from the fewest cases to the most. No browser: the
 * search and Lighthouse figures are `npm run bench`'s. Figures print as a table and are written to
 * .bench/cases.json. Nothing is written inside content/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, pageFigures, ROOT, syntheticProject, timeCheck } from './site.ts';

const TASKS = 10000;
const SHAPE = { tasks: TASKS, units: 200, checklists: 50, meetings: 20, reports: 26, batches: 60 };
const counts = process.argv.slice(2).map(Number).filter((count) => count > 0);
if (counts.length === 0) counts.push(2000, 20000);

const results = [];
for (const cases of counts) {
  console.log(`\n== ${TASKS} tasks, ${cases} cases`);
  const project = syntheticProject({ ...SHAPE, cases });
  try {
    const checkSeconds = timeCheck(project);
    const build = buildProject(project);
    const figures = {
      cases,
      checkSeconds: Number(checkSeconds.toFixed(1)),
      buildSeconds: Number(build.seconds.toFixed(1)),
      buildCpuSeconds: Number(build.cpuSeconds.toFixed(1)),
      peakMemoryMB: build.peakMemoryMB,
      pages: build.pages,
      ...pageFigures(join(project, 'dist')),
    };
    results.push(figures);
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

console.log(`\ncases   check s  build s    cpu s  peak MB    pages  unit KB  进度 KB  通报 KB  台账 KB  统计 KB  单位件 KB  件 KB   (${TASKS} tasks)`);
for (const row of results) {
  console.log(
    [row.cases, row.checkSeconds, row.buildSeconds, row.buildCpuSeconds, row.peakMemoryMB, row.pages, row.unitPageKB, row.progressPageKB, row.bulletinPageKB, row.ledgerPageKB, row.statisticsPageKB, row.unitCasesPageKB, row.casePageKB]
      .map((value, column) => String(value ?? '-').padStart(column === 0 ? 5 : 8))
      .join(' '),
  );
}
const [fewest, most] = [results[0], results.at(-1)];
let growth;
if (fewest !== undefined && most !== undefined && most !== fewest) {
  growth = { cases: most.cases / fewest.cases, build: Number((most.buildSeconds / fewest.buildSeconds).toFixed(2)), memory: Number((most.peakMemoryMB / fewest.peakMemoryMB).toFixed(2)) };
  console.log(`\ngrowth from ${fewest.cases} to ${most.cases} cases (${growth.cases}×): build time ${growth.build}×, peak memory ${growth.memory}×`);
}
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench/cases.json'), `${JSON.stringify({ date: new Date().toISOString(), tasks: TASKS, results, growth }, null, 2)}\n`);
console.log('\nfigures written to .bench/cases.json');
