/**
 * Turning recent commits into what readers see on "最近更新": which entries changed, how (added,
 * changed, removed; field lines with a word diff), and which units each change concerns.
 */
import type { CommitChanges, FileChange } from './gitLog.ts';
import { wordDiff, type DiffPart } from './wordDiff.ts';

/** The entry a content file holds. */
export interface EntryRef {
  collection: string;
  id: string;
}

/** `content/tasks/x.md` → tasks/x; `content/milestones.yaml` → milestones (the whole list). */
export function entryOfPath(path: string): EntryRef | undefined {
  const folder = /^content\/([a-z]+)\/([^/]+)\.(?:md|mdx|yaml)$/.exec(path);
  if (folder !== null) return { collection: folder[1]!, id: folder[2]! };
  if (path === 'content/milestones.yaml') return { collection: 'milestones', id: '' };
  return undefined;
}

/** One changed field line, with its diff. */
export interface FieldChange {
  /** The YAML key on the line, if any (`date`, `title`), else empty. */
  field: string;
  parts: DiffPart[];
}

/** One entry changed by one commit. */
export interface EntryChange {
  commit: Omit<CommitChanges, 'files'>;
  path: string;
  entry: EntryRef;
  status: FileChange['status'];
  fields: FieldChange[];
  /** The units this change concerns. */
  units: string[];
}

const KEY = /^\s*(?:-\s+)?([A-Za-z][\w]*)\s*:/;

/** The field lines of a file change, each diffed word by word; at most `limit` lines. */
export function fieldChanges(file: FileChange, limit = 8): FieldChange[] {
  if (file.status !== 'modified') return [];
  return file.lines
    .filter((line) => (line.before ?? '').trim() !== '' || (line.after ?? '').trim() !== '')
    .slice(0, limit)
    .map((line) => {
      const field = KEY.exec(line.after ?? line.before ?? '')?.[1] ?? '';
      const strip = (text: string | undefined) => (text ?? '').trim().replace(KEY, '').trim();
      return { field, parts: wordDiff(strip(line.before), strip(line.after)) };
    });
}

/**
 * Every entry change of the given commits, newest first; `unitsOf` names the units an entry
 * concerns (a task's units, a checklist's, the unit itself).
 */
export function entryChanges(commits: readonly CommitChanges[], unitsOf: (entry: EntryRef) => string[]): EntryChange[] {
  return commits.flatMap(({ files, ...commit }) =>
    files.flatMap((file) => {
      const entry = entryOfPath(file.path);
      if (entry === undefined) return [];
      return [{ commit, path: file.path, entry, status: file.status, fields: fieldChanges(file), units: unitsOf(entry) }];
    }),
  );
}
