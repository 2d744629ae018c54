/**
 * The content's git history, read once per build in a fixed number of git processes whatever the
 * number of entries: which commit last touched each file ("最后更新"), and what the latest commits
 * changed ("最近更新"). A missing repository gives no history; a shallow clone's boundary commit
 * is not taken for a change (it claims to add every file), so those files fall back to the build
 * date.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
// A relative import: this module also runs under plain Node (tests, benchmarks).
import { LOG_FORMAT, parseNames, parsePatches, type Commit, type CommitChanges } from '../lib/gitLog.ts';

/** What the history says. */
export interface History {
  /** False when there is no git repository (a tarball build). */
  available: boolean;
  /** Per file path (`content/tasks/x.md`), the last commit that changed it, if known. */
  last: Map<string, Commit>;
  /** The latest commits that changed content, newest first, with their line changes. */
  recent: CommitChanges[];
}

/** How many commits the recent-changes page and feeds look back. */
export const RECENT_COMMITS = 30;

let cached: History | undefined;

/** Reads (once) the history of content/ in the repository at `root`. */
export function readHistory(root: string = process.cwd()): History {
  cached ??= read(root);
  return cached;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1024 * 1024 * 1024 });
}

function read(root: string): History {
  const none: History = { available: false, last: new Map(), recent: [] };
  let boundary = new Set<string>();
  try {
    if (git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      const file = git(root, ['rev-parse', '--git-path', 'shallow']).trim();
      const path = file.startsWith('/') ? file : `${root}/${file}`;
      if (existsSync(path)) boundary = new Set(readFileSync(path, 'utf8').split('\n').filter(Boolean));
    }
    const last = parseNames(git(root, ['log', `--format=${LOG_FORMAT}`, '--name-only', '--no-renames', '--', 'content']));
    for (const [file, commit] of last) if (boundary.has(commit.hash)) last.delete(file);
    const recent = parsePatches(git(root, ['log', '-n', String(RECENT_COMMITS), `--format=${LOG_FORMAT}`, '-p', '--unified=0', '--no-renames', '--', 'content'])).filter(
      (commit) => !boundary.has(commit.hash),
    );
    return { available: true, last, recent };
  } catch {
    return none;
  }
}
