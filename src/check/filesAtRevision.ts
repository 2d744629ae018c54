/**
 * Files as they were at a git revision, read in one `git cat-file --batch` process however many
 * there are. Used to compare checklists with their published version, and (through `readObjects`)
 * to read the versions of content files that recent commits changed.
 */
import { spawnSync } from 'node:child_process';

/**
 * The text of each git object named in `names` (`<rev>:<path>`, or a blob id), in one
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
 * The contents of `paths` at git revision `rev`; paths absent there are left out, and so is
 * everything when `root` has no git history (nothing to compare is not a problem).
 */
export function filesAtRevision(root: string, rev: string, paths: readonly string[]): Map<string, string> {
  const objects = readObjects(root, paths.map((path) => `${rev}:${path}`));
  return new Map(paths.flatMap((path) => {
    const text = objects.get(`${rev}:${path}`);
    return text === undefined ? [] : [[path, text] as const];
  }));
}
