/**
 * npm run bench:search — builds a synthetic 5,000-task site (in a temporary folder, never
 * committed) and prints: index time, index bytes, and bytes and milliseconds of the first and of
 * later queries for a fixed query list, measured in Chromium on the search page. Also writes the
 * figures as JSON to .bench/search.json.
 *
 *   npm run bench:search [-- <tasks>]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureSearch } from './browser.ts';
import { buildProject, folderBytes, ROOT, serve, syntheticProject } from './site.ts';

const QUERIES = ['台账资料', '回头看', '信访件', '第12局', '畜禽养殖', '限期销号', '扬尘', '5', '料', '各板块各部门'];
const tasks = Number(process.argv[2] ?? 5000);

const project = syntheticProject({ tasks, units: 200, checklists: 50, meetings: 20 });
console.log(`synthetic site: ${tasks} tasks in ${project}`);
try {
  const build = buildProject(project);
  const indexBytes = folderBytes(join(project, 'dist/pagefind'));
  const stop = await serve(project, 4398);
  try {
    const search = await measureSearch('http://127.0.0.1:4398/', QUERIES);
    const figures = {
      tasks,
      pages: build.pages,
      buildSeconds: Number(build.seconds.toFixed(1)),
      indexSeconds: Number(build.indexSeconds.toFixed(1)),
      peakMemoryMB: build.peakMemoryMB,
      indexBytes,
      searchPageBytesBeforeTyping: search.pageBytes,
      queries: search.queries,
    };
    console.log(`\nbuild (check + astro + Pagefind): ${figures.buildSeconds} s, peak ${figures.peakMemoryMB} MB, ${figures.pages} pages`);
    console.log(`index: ${figures.indexSeconds} s, ${(indexBytes / 1024 / 1024).toFixed(1)} MB on disk`);
    console.log(`search page before typing: ${(search.pageBytes / 1024).toFixed(1)} KB transferred`);
    console.log('\nquery             bytes (KB)   ms');
    for (const [index, row] of search.queries.entries()) {
      console.log(`${(index === 0 ? `${row.query} (first)` : row.query).padEnd(16)} ${(row.bytes / 1024).toFixed(1).padStart(10)} ${String(row.ms).padStart(5)}`);
    }
    mkdirSync(join(ROOT, '.bench'), { recursive: true });
    writeFileSync(join(ROOT, '.bench/search.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log('\nfigures written to .bench/search.json');
  } finally {
    stop();
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}
