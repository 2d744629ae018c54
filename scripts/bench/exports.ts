/**
 * npm run bench:exports — what the exports add to a build at scale: a synthetic site of N tasks
 * and 200 units, then the time to write tasks.csv, tasks.xlsx, calendar.ics and tasks.json for
 * all tasks and for every unit, as the build does (median of 3).
 *
 *   npm run bench:exports [-- <tasks>]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/check/checkContent.ts';
import { indexChecked } from '../../src/data/site.ts';
import { exportTasks, tasksByUnit, taskSheet } from '../../src/data/views/exports.ts';
import { csvDocument } from '../../src/lib/csv.ts';
import { calendarEvents, calendarFile, sheetRows } from '../../src/lib/exports.ts';
import { sheetWorkbook } from '../../src/lib/workbook.ts';
import { generate } from './generate.ts';

const count = Number(process.argv[2] ?? 5000);
const root = mkdtempSync(join(tmpdir(), 'duban-bench-exports-'));
try {
  generate(root, { tasks: count, units: 200, checklists: 50, meetings: 20 });
  const { content: checked } = checkContent(root);
  // The site index the build makes, without git history (the exports do not read it).
  const site = indexChecked(checked);
  // Relative addresses unless SITE_URL is given, as in the build (absolute ones add hyperlinks).
  const siteUrl = process.env['SITE_URL'];
  const tasks = exportTasks(site, (path) => (siteUrl === undefined ? `/${path}` : new URL(path, siteUrl).href));
  const byUnit = tasksByUnit(site, tasks);
  const headers = ['序号', '任务', '牵头单位', '配合单位', '完成时限', '时限日期', '状态', '销号要求', '依据', '链接'];
  const words = { name: 'bench', lead: '牵头：', deadline: '时限：', reminder: '明日到期：' };
  const run = async () => {
    const started = performance.now();
    const sets: [string | undefined, typeof tasks][] = [[undefined, tasks], ...site.content.departments.map((unit): [string, typeof tasks] => [unit.id, byUnit.get(unit.id) ?? []])];
    const events = calendarEvents(tasks, words);
    let bytes = 0;
    for (const [unit, set] of sets) {
      const workbook = await sheetWorkbook(taskSheet(site, set, { unit, date: '2026-11-29' }));
      bytes += csvDocument(sheetRows(set, headers)).length + calendarFile(set, events, words.name).length + workbook.length;
    }
    bytes += JSON.stringify({ version: 1, tasks }).length;
    return { ms: performance.now() - started, bytes, files: sets.length * 3 + 1 };
  };
  const runs = [await run(), await run(), await run()].sort((a, b) => a.ms - b.ms);
  const median = runs[1]!;
  console.log(`exports for ${count} tasks, ${site.content.departments.length} units: ${median.files} files, ${(median.bytes / 1024 / 1024).toFixed(1)} MB, ${(median.ms / 1000).toFixed(1)} s (median of 3: ${runs.map((r) => (r.ms / 1000).toFixed(1)).join(', ')} s)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
