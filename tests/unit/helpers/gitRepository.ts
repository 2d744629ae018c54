/**
 * Throw-away git repositories with commits on fixed dates, for the tests of the history readers
 * (lib/gitLog, lib/changes, data/history). Folders are made under the system's temporary folder;
 * a test file removes them with `afterAll(removeTemporaryDirs)`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOG_FORMAT, parsePatches, type CommitChanges } from '~/lib/gitLog';

const dirs: string[] = [];

/** A new empty temporary folder, removed by `removeTemporaryDirs`. */
export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Removes every folder `temporaryDir` made. */
export function removeTemporaryDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A repository: its folder, git run inside it, and a commit of everything by 编辑甲 on a date. */
export interface Repository {
  root: string;
  git: (...args: string[]) => string;
  commit: (message: string, date: string) => void;
}

/** A new empty repository on branch main. */
export function repository(): Repository {
  const root = temporaryDir('duban-history-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  const commit = (message: string, date: string) => {
    git('add', '-A');
    execFileSync('git', ['-c', 'user.name=编辑甲', '-c', 'user.email=a@example.invalid', 'commit', '-q', '-m', message], {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00+08:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+08:00` },
    });
  };
  return { root, git, commit };
}

/**
 * Three commits over two tasks: both added (初始内容, 10 May), a's deadline moved from 19 to
 * 25 May (12 May), b deleted (删除任务乙, 13 May).
 */
export function taskEdits(): Repository {
  const repo = repository();
  const { root, commit } = repo;
  mkdirSync(join(root, 'content/tasks'), { recursive: true });
  writeFileSync(join(root, 'content/tasks/a.mdx'), '---\ntitle: 驻点\ndeadline:\n  date: 2022-05-19\n  text: 5月19日前\n---\n正文\n');
  writeFileSync(join(root, 'content/tasks/b.mdx'), '---\ntitle: 乙\n---\n');
  commit('初始内容', '2022-05-10');
  writeFileSync(join(root, 'content/tasks/a.mdx'), '---\ntitle: 驻点\ndeadline:\n  date: 2022-05-25\n  text: 5月25日前\n---\n正文\n');
  commit('驻点时限改为5月25日', '2022-05-12');
  rmSync(join(root, 'content/tasks/b.mdx'));
  commit('删除任务乙', '2022-05-13');
  return repo;
}

/** The commits of `taskEdits()`, newest first, as the site reads them: line changes, no renames. */
export function taskEditCommits(): CommitChanges[] {
  return parsePatches(taskEdits().git('log', `--format=${LOG_FORMAT}`, '-p', '--unified=0', '--no-renames', '--', 'content'));
}
