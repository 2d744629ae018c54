/**
 * Files as they were at a git revision, for comparing checklists with their published version:
 * whether the revision exists, which files a folder held there, and their texts (read in one
 * `git cat-file --batch` process however many there are). Paths are from `root`, which need not
 * be the top of the repository. `readObjects` is the batch reader itself, which the content's
 * history (src/data/history.ts) uses for the versions recent commits changed.
 */
import { spawnSync } from 'node:child_process';

/** True when `rev` names a commit of the repository `root` is in; false without git or history. */
export function revisionExists(root: string, rev: string): boolean {
  const result = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: root, encoding: 'utf8' });
  return result.error === undefined && result.status === 0;
}

/**
 * The files directly in `dir` (from `root`) at revision `rev`, as paths from `root`; empty when none.
 * With `deep`, the files of its folders too (a unit's reports), in one call.
 */
export function filesUnder(root: string, rev: string, dir: string, deep = false): string[] {
  const result = spawnSync('git', ['ls-tree', '-z', '--name-only', ...(deep ? ['-r'] : []), rev, '--', `${dir}/`], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined || result.status !== 0) return [];
  return result.stdout.split('\0').filter((path) => path !== '');
}

/**
 * The text of each git object named in `names` (`<rev>:./<path>`, or a blob id), in one
 * `git cat-file --batch` process; names git does not know are left out, and so is everything when
 * `root` has no git history.
 */
export function readObjects(root: string, names: readonly string[]): Map<string, string> {
  const objects = new Map<string, string>();
  if (names.length === 0) return objects;
  const result = spawnSync('git', ['cat-file', '--batch'], { cwd: root, input: names.join('\n') + '\n', maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0 || result.error !== undefined) return objects;
  const out = result.stdout;
  let offset = 0;
  for (const name of names) {
    const end = out.indexOf(0x0a, offset);
    if (end < 0) break;
    const header = out.subarray(offset, end).toString('utf8');
    offset = end + 1;
    const match = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (match === null) continue; // "<object> missing": not in that revision
    const size = Number(match[1]);
    objects.set(name, out.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return objects;
}

/**
 * The contents of `paths` (from `root`) at git revision `rev`; paths absent there are left out,
 * and so is everything when `root` has no git history (nothing to compare is not a problem).
 */
export function filesAtRevision(root: string, rev: string, paths: readonly string[]): Map<string, string> {
  // `rev:./path` is read from `root`, `rev:path` would be from the top of the repository.
  const name = (path: string) => `${rev}:./${path}`;
  const objects = readObjects(root, paths.map(name));
  return new Map(paths.flatMap((path) => {
    const text = objects.get(name(path));
    return text === undefined ? [] : [[path, text] as const];
  }));
}
