/**
 * Published checklist items must not disappear: units' saved ticks are keyed on item ids. Each
 * checklist is compared with its version at a git revision — the pull request's base when CI sets
 * `DUBAN_BASE_REF`, otherwise HEAD (an editor's uncommitted change) — read in one `git cat-file`
 * process. Without git history, or for a checklist that did not exist then, there is nothing to
 * compare and nothing is reported.
 */
import { spawnSync } from 'node:child_process';
import yaml from 'js-yaml';
import type { Problem } from '../lib/problems.ts';
import type { Checklist } from '../schemas/checklist.ts';
import type { Checked } from '../schemas/crossEntry.ts';

/** The contents of `paths` at git revision `rev`; paths absent there are left out. */
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

/** Item ids published at `rev` that are neither in the checklist now nor retired. */
export function publishedItemProblems(root: string, checklists: readonly Checked<Checklist>[], rev: string): Problem[] {
  const before = filesAtRevision(root, rev, checklists.map((checklist) => checklist.file));
  const problems: Problem[] = [];
  for (const checklist of checklists) {
    const old = before.get(checklist.file);
    if (old === undefined) continue;
    let ids: string[] = [];
    try {
      const data = yaml.load(old, { schema: yaml.CORE_SCHEMA }) as { items?: { id?: unknown }[] } | null;
      ids = (data?.items ?? []).map((item) => item?.id).filter((id): id is string => typeof id === 'string');
    } catch {
      continue; // the old version did not parse: nothing reliable to compare with
    }
    const kept = new Set([...checklist.data.items.map((item) => item.id), ...checklist.data.retired]);
    for (const id of ids) {
      if (!kept.has(id)) {
        problems.push({
          file: checklist.file,
          field: 'items',
          message: `已发布的条目 id "${id}" 不见了（条目 id 发布后不能删除或改名；确需删除，请把 "${id}" 加入 retired 列表）`,
        });
      }
    }
  }
  return problems;
}
