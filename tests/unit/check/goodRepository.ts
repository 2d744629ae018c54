/**
 * A git repository holding the good fixture's content/, committed once: the base that the checks
 * comparing with git (published checklists, issued 督查通报) look back at. The test changes the
 * working tree afterwards, as an editor's pull request would.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The good fixture's content. */
export const GOOD_CONTENT = join(import.meta.dirname, '../../fixtures/good-content/content');

/** Runs git in `root` as an editor, returning its output. */
export function gitIn(root: string): (...args: string[]) => string {
  return (...args) => execFileSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@example.invalid', ...args], { cwd: root, encoding: 'utf8' });
}

/** A new repository of the good content, changed by `prepare` (given the root) before the first commit; its root. */
export function goodRepository(prepare: (root: string) => void = () => undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'duban-repository-'));
  cpSync(GOOD_CONTENT, join(root, 'content'), { recursive: true });
  prepare(root);
  const git = gitIn(root);
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', '初始内容');
  return root;
}
