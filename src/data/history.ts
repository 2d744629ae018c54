/**
 * The content's git history, read once per build in a fixed number of git processes whatever the
 * number of entries or commits: one `git log` over content/ (which commit last changed each file,
 * for "最后更新"; which files the latest commits changed, for "最近更新"), and one
 * `git cat-file --batch` that reads the versions of those files before and after each of those
 * commits, so that changes are described from the entries themselves. Only what was published
 * counts: the first-parent line of the branch, a merged pull request being one change.
 *
 * A missing repository gives no history; a shallow clone's boundary commit is not taken for a
 * change (it claims to add every file), so those files have no known last change.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
// Relative imports: this module also runs under plain Node (tests, benchmarks).
import { readObjects } from '../check/filesAtRevision.ts';
import { parseContentText } from '../check/read.ts';
import { entryOfPath, snapshotsOf, type CommitEntries, type Snapshot } from '../lib/changes.ts';
import { lastChanges, LOG_FORMAT, parseLog, type Commit, type FileChange } from '../lib/gitLog.ts';

/** What the history says. */
export interface History {
  /** False when there is no git repository (a tarball build). */
  available: boolean;
  /** Per file path (`content/tasks/x.md`), the last commit that changed it, if known. */
  last: Map<string, Commit>;
  /** The latest commits that changed content, newest first, with the entries of the files they changed. */
  recent: CommitEntries[];
}

/** How many commits the recent-changes page and feeds look back. */
export const RECENT_COMMITS = 30;

let cached: History | undefined;

/** Reads (once per process) the history of content/ in the repository at `root`. */
export function readHistory(root: string = process.cwd()): History {
  cached ??= readGitHistory(root);
  return cached;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1024 * 1024 * 1024 });
}

/** The shallow clone's boundary commits: they claim to add every file. */
function shallowBoundary(root: string): Set<string> {
  if (git(root, ['rev-parse', '--is-shallow-repository']).trim() !== 'true') return new Set();
  const file = git(root, ['rev-parse', '--git-path', 'shallow']).trim();
  const path = file.startsWith('/') ? file : `${root}/${file}`;
  return existsSync(path) ? new Set(readFileSync(path, 'utf8').split('\n').filter(Boolean)) : new Set();
}

/** Reads the history of content/ in the repository at `root`, every call (tests; the build uses `readHistory`). */
export function readGitHistory(root: string): History {
  try {
    const boundary = shallowBoundary(root);
    const log = git(root, ['-c', 'core.quotePath=false', 'log', '--first-parent', '--diff-merges=first-parent', `--format=${LOG_FORMAT}`, '--raw', '--no-abbrev', '--no-renames', '--', 'content']);
    const commits = parseLog(log).filter((commit) => !boundary.has(commit.hash));
    const recent = commits.slice(0, RECENT_COMMITS);
    const blobs = readObjects(root, [...new Set(recent.flatMap(({ files }) => files.filter((file) => entryOfPath(file.path) !== undefined).flatMap((file) => [file.before ?? [], file.after ?? []].flat())))]);
    return { available: true, last: lastChanges(commits), recent: recent.map(({ files, ...commit }) => ({ ...commit, ...versions(files, blobs) })) };
  } catch {
    return { available: false, last: new Map(), recent: [] };
  }
}

/**
 * The entries of the changed files as they were before and after a commit. A file that cannot be
 * parsed on either side is left out of that commit rather than shown as added or removed.
 */
function versions(files: readonly FileChange[], blobs: ReadonlyMap<string, string>): { before: Snapshot[]; after: Snapshot[] } {
  const before: Snapshot[] = [];
  const after: Snapshot[] = [];
  for (const file of files) {
    if (entryOfPath(file.path) === undefined) continue;
    const parse = (blob: string | undefined) => {
      if (blob === undefined) return [];
      const text = blobs.get(blob);
      const parsed = text === undefined ? undefined : parseContentText(file.path, text);
      return parsed === undefined ? undefined : snapshotsOf(file.path, parsed);
    };
    const [old, now] = [parse(file.before), parse(file.after)];
    if (old === undefined || now === undefined) continue;
    before.push(...old);
    after.push(...now);
  }
  return { before, after };
}
