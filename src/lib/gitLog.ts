/**
 * Reading `git log --raw` output: per commit, when it was published, the editor's 更新说明 if the
 * message gives one, and which content files it added, changed or removed (with the blob ids of
 * both versions, so the files themselves can be read in one more process). Pure parsing;
 * src/data/history.ts runs git and hands the text here.
 *
 * Nothing else of a commit is kept: subjects, authors and hashes are the editors' machinery and
 * must never reach staff, so the parsed commit does not even carry a readable subject or author.
 */
import { chinaDate } from './dates.ts';

/** A commit as the site may use it. */
export interface Commit {
  /** Identifies the commit inside the build (grouping, stable feed ids); never shown. */
  hash: string;
  /** Commit date in China, `YYYY-MM-DD`: when the change was published. */
  date: string;
  /** Commit time, ISO 8601 with offset. */
  time: string;
  /** The editor's explanation for staff, from a `更新说明：` line of the message; undefined without one. */
  note: string | undefined;
}

/** What a commit did to one file, with the blob ids of the versions before and after. */
export interface FileChange {
  path: string;
  status: 'added' | 'modified' | 'deleted';
  /** The blob before the commit (absent for an added file). */
  before?: string;
  /** The blob after the commit (absent for a deleted file). */
  after?: string;
}

/** A commit and the files it changed. */
export interface CommitFiles extends Commit {
  files: FileChange[];
}

/**
 * The `--format` that `parseLog` expects: a record separator, the fields, the raw message, and a
 * group separator ending the message (a message may hold blank lines; the raw file lines follow).
 */
export const LOG_FORMAT = '%x1e%H%x1f%cI%x1f%B%x1d';

/** The trailer an editor writes in a commit message (or a pull request's description) for staff. */
const NOTE_LINE = /^\s*更新说明\s*[：:]\s*(.*?)\s*$/;

/** The `更新说明：` lines of a commit message, joined; undefined when there is none or it is empty. */
export function changeNote(message: string): string | undefined {
  const notes = message
    .split('\n')
    .map((line) => NOTE_LINE.exec(line)?.[1] ?? '')
    .filter((note) => note !== '');
  return notes.length === 0 ? undefined : notes.join(' ');
}

const NO_BLOB = /^0+$/;
// `:100644 100644 <before> <after> M\tpath` (--raw --no-abbrev --no-renames).
const RAW_LINE = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([AMDT])\d*\t(.+)$/;

/**
 * From `git log --format=LOG_FORMAT --raw --no-abbrev --no-renames`: the commits, newest first,
 * each with its file changes.
 */
export function parseLog(text: string): CommitFiles[] {
  const commits: CommitFiles[] = [];
  for (const record of text.split('\x1e')) {
    const end = record.indexOf('\x1d');
    if (end < 0) continue;
    const [hash, time, message] = record.slice(0, end).split('\x1f');
    if (hash === undefined || time === undefined || message === undefined) continue;
    const files: FileChange[] = [];
    for (const line of record.slice(end + 1).split('\n')) {
      const raw = RAW_LINE.exec(line);
      if (raw === null) continue;
      const [, before, after, status, path] = raw as unknown as [string, string, string, string, string];
      const file: FileChange = { path, status: status === 'A' ? 'added' : status === 'D' ? 'deleted' : 'modified' };
      if (!NO_BLOB.test(before)) file.before = before;
      if (!NO_BLOB.test(after)) file.after = after;
      files.push(file);
    }
    // The district's date of the commit, whatever the zone of the editor's machine.
    commits.push({ hash, date: chinaDate(new Date(time)), time, note: changeNote(message), files });
  }
  return commits;
}

/**
 * For each file, the newest commit that changed it. A pure rename or move (a file removed and the
 * same bytes added under another name in one commit, `.mdx` → `.md`) is not a change: the file's
 * history goes on under its old name.
 */
export function lastChanges(commits: readonly CommitFiles[]): Map<string, Commit> {
  const last = new Map<string, Commit>();
  // The name a file had further back in history → its name today.
  const today = new Map<string, string>();
  for (const { files, ...commit } of commits) {
    const removed = new Map(files.filter((file) => file.status === 'deleted').map((file) => [file.before!, file.path]));
    const added = new Set(files.filter((file) => file.status === 'added').map((file) => file.after!));
    for (const file of files) {
      const current = today.get(file.path) ?? file.path;
      const from = file.status === 'added' ? removed.get(file.after!) : undefined;
      if (from !== undefined) {
        today.set(from, current);
        continue;
      }
      if (file.status === 'deleted' && added.has(file.before!)) continue;
      if (!last.has(current)) last.set(current, commit);
    }
  }
  return last;
}
