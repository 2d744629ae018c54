/**
 * Reading files at a git revision, in a real repository: through the whole check, a published
 * checklist item cannot be removed or renamed since the last commit (or the pull request's base),
 * and without history there is nothing to compare. The rule itself, without git, is tested in
 * rules/publishedItemsKept.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '~/check/checkContent';
import { filesAtRevision } from '~/check/filesAtRevision';
import { formatProblem } from '~/lib/problems';

const fixture = join(import.meta.dirname, '../../fixtures/good-content/content');
let root = '';
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const checklist = () => join(root, 'content/checklists/good.yaml');

function repository(): void {
  root = mkdtempSync(join(tmpdir(), 'duban-published-'));
  cpSync(fixture, join(root, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=编辑', '-c', 'user.email=editor@example.invalid', 'add', '.');
  git('-c', 'user.name=编辑', '-c', 'user.email=editor@example.invalid', 'commit', '-q', '-m', '初始内容');
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('published checklist items', () => {
  it('reports an item removed since the last commit, and accepts it once retired', () => {
    repository();
    const text = readFileSync(checklist(), 'utf8');
    writeFileSync(checklist(), text.replace(/  - id: koujing\n    text: 统一口径\n    unit: a\n/, ''));
    expect(checkContent(root).problems.map(formatProblem)).toEqual([
      'content/checklists/good.yaml: items: 已发布的条目 id "koujing" 不见了（条目 id 发布后不能删除或改名；确需删除，请把 "koujing" 加入 retired 列表）',
    ]);
    writeFileSync(checklist(), `${readFileSync(checklist(), 'utf8')}retired: [koujing]\n`);
    expect(checkContent(root).problems).toEqual([]);
  });

  it('reports a renamed item', () => {
    repository();
    writeFileSync(checklist(), readFileSync(checklist(), 'utf8').replace('id: zhenshi', 'id: zhen-shi'));
    expect(checkContent(root).problems.map((problem) => problem.message)).toEqual([
      '已发布的条目 id "zhenshi" 不见了（条目 id 发布后不能删除或改名；确需删除，请把 "zhenshi" 加入 retired 列表）',
    ]);
  });

  it('compares with the base a pull request names, and says nothing without history', () => {
    repository();
    writeFileSync(checklist(), readFileSync(checklist(), 'utf8').replace('id: zhenshi', 'id: zhen-shi'));
    git('-c', 'user.name=编辑', '-c', 'user.email=editor@example.invalid', 'commit', '-q', '-am', '改名');
    expect(checkContent(root).problems).toEqual([]); // HEAD already has the rename
    process.env['DUBAN_BASE_REF'] = 'HEAD~1';
    try {
      expect(checkContent(root).problems).toHaveLength(1);
    } finally {
      delete process.env['DUBAN_BASE_REF'];
    }
    rmSync(join(root, '.git'), { recursive: true, force: true });
    expect(checkContent(root).problems).toEqual([]);
    expect(filesAtRevision(root, 'HEAD', ['content/checklists/good.yaml']).size).toBe(0);
  });
});
