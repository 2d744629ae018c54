/**
 * Files as they were at a git revision, read in one `git cat-file --batch` process however many
 * there are. Used to compare checklists with their published version.
 */
import { spawnSync } from 'node:child_process';

/**
 * The contents of `paths` at git revision `rev`; paths absent there are left out, and so is
 * everything when `root` has no git history (nothing to compare is not a problem).
 */
export function filesAtRevision(root: string, rev: string, paths: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  if (paths.length === 0) return files;
  const result = spawnSync('git', ['cat-file', '--batch'], { cwd: root, input: paths.map((path) => `${rev}:${path}`).join('\n') + '\n', maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0 || result.error !== undefined) return files;
  const out = result.stdout;
  let offset = 0;
  for (const path of paths) {
    const end = out.indexOf(0x0a, offset);
    if (end < 0) break;
    const header = out.subarray(offset, end).toString('utf8');
    offset = end + 1;
    const match = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (match === null) continue; // "<object> missing": not in that revision
    const size = Number(match[1]);
    files.set(path, out.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return files;
}
