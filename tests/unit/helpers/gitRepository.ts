/**
 * Throw-away git repositories with commits on fixed dates, for the tests of the history readers
 * (lib/gitLog, data/history). Folders are made under the system's temporary folder; a test file
 * removes them with `afterAll(removeTemporaryDirs)`. Commits are by an author with a Latin name
 * and have English subjects, so a test can tell that neither reaches what staff read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

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

/** The author of every commit of these repositories. */
export const AUTHOR = 'Editor Jia';

/** A repository: its folder, git run inside it, a file written, and a commit of everything on a date. */
export interface Repository {
  root: string;
  git: (...args: string[]) => string;
  /** Writes `text` to `path` (from the root), making its folders. */
  write: (path: string, text: string) => void;
  commit: (message: string, date: string) => void;
}

/** A new empty repository on branch main. */
export function repository(): Repository {
  const root = temporaryDir('duban-history-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const commit = (message: string, date: string) => {
    git('add', '-A');
    execFileSync('git', ['-c', `user.name=${AUTHOR}`, '-c', 'user.email=jia@example.invalid', 'commit', '-q', '-m', message], {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00+08:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+08:00` },
    });
  };
  return { root, git, write, commit };
}
