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
import { csvDocument } from '../../src/lib/csv.ts';
import { resolveDeadline } from '../../src/lib/deadline.ts';
import { calendarEvents, calendarFile, sheetRows, taskExport } from '../../src/lib/exports.ts';
import { containingGroups } from '../../src/lib/groups.ts';
import { memberUnits, rolesReached } from '../../src/lib/units.ts';
import { taskWorkbook } from '../../src/lib/workbook.ts';
import { generate } from './generate.ts';

const count = Number(process.argv[2] ?? 5000);
const root = mkdtempSync(join(tmpdir(), 'duban-bench-exports-'));
try {
  generate(root, { tasks: count, units: 200, checklists: 50, meetings: 20 });
  const { content } = checkContent(root);
  const milestones = new Map(content.milestones.map((m) => [m.id, { date: m.data.date, dateIsInferred: m.data.dateIsInferred }]));
  const meetingDates = new Map(content.meetings.map((m) => [m.id, m.data.date]));
  const names = new Map(content.departments.map((unit) => [unit.id, unit.data.name]));
  const members = new Map(content.departments.filter((unit) => unit.data.members).map((unit) => [unit.id, unit.data.members!]));
  const membersOf = memberUnits(containingGroups(members));
  const tasks = content.tasks.map((task) =>
    taskExport({ id: task.id, ...task.data, resolved: resolveDeadline(task.data.deadline, milestones, meetingDates.get(task.data.source.meeting) ?? null), paragraph: null }, (id) => names.get(id) ?? id, (path) => `/${path}`),
  );
  const reach = new Map(content.tasks.map((task) => [task.id, rolesReached({ id: task.id, responsibilities: task.data.responsibilities }, membersOf)]));
  const headers = ['序号', '任务', '牵头单位', '配合单位', '完成时限', '时限日期', '状态', '销号要求', '依据', '链接'];
  const words = { name: 'bench', lead: '牵头：', deadline: '时限：', reminder: '明日到期：' };
  const run = async () => {
    const started = performance.now();
    const sets = [tasks, ...content.departments.map((unit) => tasks.filter((task) => reach.get(task.id)?.has(unit.id)))];
    const events = calendarEvents(tasks, words);
    let bytes = 0;
    for (const set of sets) {
      const rows = sheetRows(set, headers);
      bytes += csvDocument(rows).length + calendarFile(set, events, words.name).length + (await taskWorkbook(rows, '任务分解表', 'bench')).length;
    }
    bytes += JSON.stringify({ version: 1, tasks }).length;
    return { ms: performance.now() - started, bytes, files: sets.length * 3 + 1 };
  };
  const runs = [await run(), await run(), await run()].sort((a, b) => a.ms - b.ms);
  const median = runs[1]!;
  console.log(`exports for ${count} tasks, ${content.departments.length} units: ${median.files} files, ${(median.bytes / 1024 / 1024).toFixed(1)} MB, ${(median.ms / 1000).toFixed(1)} s (median of 3: ${runs.map((r) => (r.ms / 1000).toFixed(1)).join(', ')} s)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
