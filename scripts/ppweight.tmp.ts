import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, syntheticProject } from './bench/site.ts';
const dir = syntheticProject({ tasks: Number(process.argv[2] ?? 2000), units: 200, checklists: 50, meetings: 20 });
const tasksDir = join(dir, 'content/tasks');
const leads = new Map<string, string[]>();
for (const file of readdirSync(tasksDir)) {
  const unit = /responsibilities:\n  - unit: (\S+)/.exec(readFileSync(join(tasksDir, file), 'utf8'))![1]!;
  if (!leads.has(unit)) leads.set(unit, []);
  leads.get(unit)!.push(file.replace(/\.mdx?$/, ''));
}
const STATES = ['未启动', '推进中', '推进中', '已完成'];
for (const [unit, tasks] of leads) {
  mkdirSync(join(dir, 'content/reports', unit), { recursive: true });
  for (let week = 0; week < 26; week++) {
    const date = new Date(Date.UTC(2022, 5, 3 + week * 7)).toISOString().slice(0, 10);
    const lines = tasks.slice(0, 5).map((task, i) => `  - task: ${task}\n    state: ${STATES[(week + i) % 4]}\n    progress: 第${week + 1}周，按计划推进，已完成阶段性工作并形成台账。\n`);
    writeFileSync(join(dir, 'content/reports', unit, `${date}.yaml`), `tasks:\n${lines.join('')}`);
  }
}
console.log(dir, buildProject(dir, '/'));
function weight(page: string): number {
  const dist = join(dir, 'dist');
  const html = readFileSync(join(dist, page), 'utf8');
  const assets = new Set([...html.matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!));
  for (const asset of [...assets]) if (asset.endsWith('.js')) for (const [, c] of readFileSync(join(dist, asset), 'utf8').matchAll(/from"\.\/([^"]+\.js)"/g)) assets.add(`_astro/${c}`);
  return Buffer.byteLength(html) + [...assets].reduce((s, a) => s + statSync(join(dist, a)).size, 0);
}
for (const page of ['progress/index.html', 'progress/overdue/index.html', 'units/danwei-1/index.html', 'tasks/' + readdirSync(tasksDir)[0]!.replace(/\.mdx?$/, '') + '/index.html', 'matrix/members/index.html', 'reports/danwei-1/index.html']) {
  try { console.log(page, (weight(page) / 1024).toFixed(1), 'KB'); } catch (e) { console.log(page, String(e).slice(0, 100)); }
}
