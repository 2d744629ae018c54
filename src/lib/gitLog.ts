/**
 * Reading `git log` output: which commit last touched each file, and what recent commits changed
 * line by line. Pure parsing; src/data/history.ts runs git (twice per build, whatever the number
 * of files) and hands the text here.
 */

/** The fields each commit header carries, in the order of `LOG_FORMAT`. */
export interface Commit {
  hash: string;
  short: string;
  /** Commit date, `YYYY-MM-DD`. */
  date: string;
  /** Commit time, ISO 8601 with offset. */
  time: string;
  author: string;
  subject: string;
}

/** The `--format` that `parseNames` and `parsePatches` expect: a record separator, then fields. */
export const LOG_FORMAT = '%x1e%H%x1f%h%x1f%cs%x1f%cI%x1f%an%x1f%s';

function header(line: string): Commit | undefined {
  const [hash, short, date, time, author, subject] = line.split('\x1f');
  if (hash === undefined || subject === undefined) return undefined;
  return { hash, short: short!, date: date!, time: time!, author: author!, subject };
}

/**
 * From `git log --format=LOG_FORMAT --name-only`: for each file, the newest commit that touched
 * it (git lists newest first, so the first sighting wins).
 */
export function parseNames(text: string): Map<string, Commit> {
  const last = new Map<string, Commit>();
  for (const record of text.split('\x1e')) {
    const [first, ...rest] = record.split('\n');
    const commit = first === undefined ? undefined : header(first);
    if (commit === undefined) continue;
    for (const file of rest) if (file !== '' && !last.has(file)) last.set(file, commit);
  }
  return last;
}

/** One changed line: the text before and after; one side is absent for a pure addition or removal. */
export interface LineChange {
  before?: string;
  after?: string;
}

/** What a commit did to one file. */
export interface FileChange {
  path: string;
  status: 'added' | 'modified' | 'deleted';
  lines: LineChange[];
}

/** A commit and its file changes. */
export interface CommitChanges extends Commit {
  files: FileChange[];
}

/**
 * From `git log --format=LOG_FORMAT -p --unified=0 --no-renames`: per commit, per file, the
 * changed lines, removed and added lines of a hunk paired in order.
 */
export function parsePatches(text: string): CommitChanges[] {
  const commits: CommitChanges[] = [];
  for (const record of text.split('\x1e')) {
    const lines = record.split('\n');
    const commit = header(lines[0] ?? '');
    if (commit === undefined) continue;
    const files: FileChange[] = [];
    let file: FileChange | undefined;
    let removed: string[] = [];
    let added: string[] = [];
    const flush = () => {
      if (file !== undefined) {
        const count = Math.max(removed.length, added.length);
        for (let index = 0; index < count; index++) {
          const change: LineChange = {};
          if (index < removed.length) change.before = removed[index]!;
          if (index < added.length) change.after = added[index]!;
          file.lines.push(change);
        }
      }
      removed = [];
      added = [];
    };
    for (const line of lines.slice(1)) {
      const diff = /^diff --git a\/(.+) b\/(.+)$/.exec(line);
      if (diff !== null) {
        flush();
        file = { path: diff[2]!, status: 'modified', lines: [] };
        files.push(file);
      } else if (file === undefined) {
        continue;
      } else if (line.startsWith('new file mode')) {
        file.status = 'added';
      } else if (line.startsWith('deleted file mode')) {
        file.status = 'deleted';
      } else if (line.startsWith('@@')) {
        flush();
      } else if (/^(?:--- (?:a\/|\/dev\/null)|\+\+\+ (?:b\/|\/dev\/null))/.test(line)) {
        continue; // the file header, not a changed line
      } else if (line.startsWith('-')) {
        removed.push(line.slice(1));
      } else if (line.startsWith('+')) {
        added.push(line.slice(1));
      }
    }
    flush();
    commits.push({ ...commit, files });
  }
  return commits;
}
