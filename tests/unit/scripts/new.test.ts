/**
 * Adding a meeting is an editor's job: the commands of CONTRIBUTING.md's "3.1 新增一次会议", run as
 * written (each `npm run x -- …` as package.json defines `x`), with its transcript saved under the
 * name the guide gives, add a second meeting to the fixture content; `npm run check` then passes,
 * and the site builds with both meetings and a page for every entry the guide created. The commands
 * are read from the guide, so the guide cannot drift from what the scaffolder does. The same build
 * carries the fixture task's date moved as "2.6 调整时限" shows it, with the guide's own example.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, ROOT } from '../../../scripts/bench/site.ts';
import { projectAround } from '../site/project';

/** The guide's section whose heading starts with `heading`. */
function section(heading: string): string {
  const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  const start = guide.indexOf(`\n### ${heading}`);
  return guide.slice(start, guide.indexOf('\n#', start + 1));
}

/** The contents of the section's fenced blocks in `language`, in order. */
function blocks(text: string, language: string): string[] {
  return [...text.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);
}

/** A command line as the shell splits it: words apart at spaces, "double-quoted" words kept whole. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

/** `npm run new -- a b` as npm runs it: package.json's script for `new`, then the arguments after `--`. */
function asRun(command: readonly string[]): string[] {
  const [npm, run, name, separator, ...args] = command;
  expect([npm, run, separator ?? '--'], command.join(' ')).toEqual(['npm', 'run', '--']);
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [node, file, ...fixed] = scripts[name!]!.split(' ');
  expect(node, `npm run ${name}`).toBe('node');
  return [join(ROOT, file!), ...fixed, ...args];
}

/** The value of `--flag` in a command, if given. */
const option = (command: readonly string[], flag: string) => {
  const index = command.indexOf(`--${flag}`);
  return index < 0 ? undefined : command[index + 1];
};

const text = section('3.1 新增一次会议');
/** The `deadline:` block of "2.6 调整时限": a date moved after the meeting, for the fixture's task due 5月19日前. */
const adjusted = blocks(section('2.6 调整时限'), 'yaml')[0]!;
const commands = blocks(text, 'sh').flatMap((block) => block.split('\n')).filter((line) => line.startsWith('npm run ')).map(words);
const news = commands.filter((command) => command[2] === 'new');
const meeting = news.find((command) => command[4] === 'meeting')!;
let project = '';
const results: { command: string; status: number | null; stdout: string; stderr: string }[] = [];

beforeAll(() => {
  project = projectAround(join(ROOT, 'tests/fixtures/good-content/content'));
  writeFileSync(join(project, option(meeting, 'transcript')!), blocks(text, 'text')[0]!);
  const task = join(project, 'content/tasks/good.mdx');
  writeFileSync(task, readFileSync(task, 'utf8').replace(/^deadline:\n(?: {2}.*\n)+/m, adjusted));
  // As on an editor's machine, not in CI: the check brings content/published.json up to date.
  const { CI: _ci, ...env } = process.env;
  for (const command of commands) {
    const result = spawnSync(process.execPath, asRun(command), { cwd: project, encoding: 'utf8', env });
    results.push({ command: command.slice(0, 5).join(' '), status: result.status, stdout: result.stdout, stderr: result.stderr });
  }
  buildProject(project);
}, 180_000);

afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

describe('a meeting added as CONTRIBUTING says', () => {
  it('takes a meeting, units, directives, a checklist and tasks, then npm run check', () => {
    expect(news.map((command) => command[4])).toEqual(['meeting', 'unit', 'unit', 'unit', 'directive', 'directive', 'checklist', 'task', 'task', 'task']);
    expect(commands.at(-1)).toEqual(['npm', 'run', 'check']);
  });

  it('writes every entry without a problem, and the check passes', () => {
    expect(results.map(({ command, status, stdout, stderr }) => [command, status, stderr, stdout.trim().split('\n').at(-1)])).toEqual(
      commands.map((command) => [command.slice(0, 5).join(' '), 0, '', command[2] === 'check' ? expect.stringMatching(/^内容检查通过：/) : '新文件检查通过。']),
    );
  });

  it('builds the site with both meetings and a page for every new entry', () => {
    const page = (path: string) => join(project, 'dist', path, 'index.html');
    const routes = { meeting: 'meetings', unit: 'units', directive: 'directives', checklist: 'checklists', task: 'tasks' } as const;
    const pages = ['meetings/m', ...news.map((command) => `${routes[command[4] as keyof typeof routes]}/${option(command, 'id')}`)];
    expect(pages.filter((path) => !existsSync(page(path)))).toEqual([]);
    const meetings = readFileSync(page('meetings'), 'utf8');
    expect([meetings.includes('meetings/m/'), meetings.includes(`meetings/${option(meeting, 'id')}/`)]).toEqual([true, true]);
  });

  it('shows a date moved after the meeting beside the speech\'s words, and dates the task by the decision', () => {
    const html = readFileSync(join(project, 'dist/tasks/good/index.html'), 'utf8');
    expect(adjusted).toContain('  date: 2022-05-19 ');
    expect(html).toMatch(/5月19日前\s*<span class="resolved"[^>]*>（<time datetime="2022-05-20">2022年5月20日<\/time>）<\/span>\s*<span class="resolved"[^>]*>（原定2022年5月19日，2022年5月12日调整：经协调联络组办公室同意，延后一天）<\/span>/);
  });

  it('dates a 会后立即 task from the new meeting, not as 讲话未规定时限', () => {
    const immediate = news.find((command) => command.includes('--immediate'))!;
    const html = readFileSync(join(project, 'dist/tasks', option(immediate, 'id')!, 'index.html'), 'utf8');
    expect(html).toContain(`<time datetime="${option(meeting, 'date')}">`);
    expect(html).not.toContain('讲话未规定时限');
  });
});
