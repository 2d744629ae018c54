/**
 * npm run bench:history — what "最后更新" and "最近更新" cost at scale: a synthetic content folder
 * of N tasks in a fresh git repository with a few dozen later commits, then the time of the
 * history read the build does (a fixed number of git processes, whatever N).
 *
 *   npm run bench:history [-- <tasks>]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from './generate.ts';

const tasks = Number(process.argv[2] ?? 5000);
const root = mkdtempSync(join(tmpdir(), 'duban-bench-history-'));
try {
  generate(root, { tasks, units: 200, checklists: 50, meetings: 20 });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: root, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'synthetic content');
  for (let commit = 1; commit <= 40; commit++) {
    for (let file = 0; file < 5; file++) {
      const path = join(root, 'content/tasks', `renwu-${((commit * 7 + file * 131) % tasks) + 1}.md`);
      writeFileSync(path, readFileSync(path, 'utf8').replace('status: ', `status: `).replace(/\n$/, `\n第${commit}次修改。\n`));
    }
    git('commit', '-q', '-am', `修改第 ${commit} 批`);
  }
  const script = `import { readHistory } from ${JSON.stringify(join(import.meta.dirname, '../../src/data/history.ts'))};
const started = performance.now();
const history = readHistory(${JSON.stringify(root)});
console.log(JSON.stringify({ ms: Math.round(performance.now() - started), files: history.last.size, recent: history.recent.length }));`;
  const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { ms: number; files: number; recent: number });
  const median = runs.map((run) => run.ms).sort((a, b) => a - b)[1];
  console.log(`history of ${tasks} tasks (${runs[0]!.files} files, ${runs[0]!.recent} recent commits read): ${median} ms (median of 3; runs ${runs.map((run) => run.ms).join(', ')} ms)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
