/**
 * Published checklists against git, in a real repository: through the whole check, a published
 * checklist item cannot be removed or renamed since the last commit (or the pull request's base),
 * a base that does not exist is an error, and the committed record (content/published.json)
 * remembers what was published when the history does not. The rule itself, without git, is
 * tested in rules/publishedItemsKept.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '~/check/checkContent';
import { filesAtRevision, filesUnder, revisionExists } from '~/check/filesAtRevision';
import { formatProblem } from '~/lib/problems';
import { goodRepository } from './goodRepository';

let root = '';
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const commit = (message: string) => git('-c', 'user.name=编辑', '-c', 'user.email=editor@example.invalid', 'commit', '-q', '-am', message);
const checklist = () => join(root, 'content/checklists/good.yaml');
const edit = (path: string, change: (text: string) => string) => writeFileSync(path, change(readFileSync(path, 'utf8')));
const lines = (options?: Parameters<typeof checkContent>[1]) => checkContent(root, options).problems.map(formatProblem);

const REMOVED_ZHENSHI = 'content/checklists/good.yaml: items: 已发布的条目 id "zhenshi" 不见了（条目 id 发布后不能删除或改名；确需删除，请把 "zhenshi" 加入 retired 列表）';

/** A repository holding the good fixture, committed; `record: false` leaves out content/published.json. */
function repository({ record = true } = {}): void {
  root = goodRepository((dir) => (record ? undefined : rmSync(join(dir, 'content/published.json'))));
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('published checklist items', () => {
  it('reports an item removed since the last commit, and accepts it once retired', () => {
    repository();
    edit(checklist(), (text) => text.replace(/  - id: koujing\n    text: 统一口径\n    unit: a\n/, ''));
    expect(lines()).toEqual([
      'content/checklists/good.yaml: items: 已发布的条目 id "koujing" 不见了（条目 id 发布后不能删除或改名；确需删除，请把 "koujing" 加入 retired 列表）',
    ]);
    edit(checklist(), (text) => `${text}retired: [koujing]\n`);
    expect(lines()).toEqual([]);
  });

  it('remembers what was published when HEAD already has the change, and without any history', () => {
    repository();
    edit(checklist(), (text) => text.replace('id: zhenshi', 'id: zhen-shi'));
    expect(lines()).toEqual([REMOVED_ZHENSHI]);
    commit('改名');
    expect(lines()).toEqual([REMOVED_ZHENSHI]); // HEAD has the rename; the record does not
    rmSync(join(root, '.git'), { recursive: true, force: true });
    expect(lines()).toEqual([REMOVED_ZHENSHI]);
  });

  it('compares with the base a pull request names, which must exist', () => {
    repository({ record: false });
    edit(checklist(), (text) => text.replace('id: zhenshi', 'id: zhen-shi'));
    commit('改名');
    expect(lines()).toEqual([]); // neither HEAD nor a record has zhenshi any more
    process.env['DUBAN_BASE_REF'] = 'HEAD~1';
    try {
      expect(lines()).toEqual([REMOVED_ZHENSHI]);
      process.env['DUBAN_BASE_REF'] = 'origin/mian';
      expect(lines()).toEqual([
        'content/checklists: DUBAN_BASE_REF 指定的比较基准 "origin/mian" 在 git 历史中不存在，无法确认已发布的清单条目都还在（请改正分支名，或在 CI 中先 git fetch 该分支）',
      ]);
    } finally {
      delete process.env['DUBAN_BASE_REF'];
    }
    rmSync(join(root, '.git'), { recursive: true, force: true });
    expect(lines({ base: { ref: 'main', explicit: true } })).toHaveLength(1); // no history: no base
    expect(lines()).toEqual([]);
  });

  it('finds a checklist file renamed since the base, without a record', () => {
    repository({ record: false });
    git('mv', 'content/checklists/good.yaml', 'content/checklists/taizhang.yaml');
    edit(join(root, 'content/tasks/good.mdx'), (text) => text.replace('checklist: good', 'checklist: taizhang'));
    expect(lines()).toEqual([
      'content/checklists/taizhang.yaml: renamedFrom: 像是由已发布的清单 "good" 改名而来（条目 id 相同）：请加上 renamedFrom: good，各单位保存的勾选才能带过来；若不是改名，请把 "good" 写入 content/published.json 的 withdrawn 列表',
    ]);
    edit(join(root, 'content/checklists/taizhang.yaml'), (text) => `${text}renamedFrom: good\n`);
    expect(lines()).toEqual([]);
  });
});

describe('filesAtRevision', () => {
  it('reads files, lists folders and tells revisions apart, from a root below the top of the repository', () => {
    repository();
    expect(revisionExists(root, 'HEAD')).toBe(true);
    expect(revisionExists(root, 'nowhere')).toBe(false);
    const below = join(root, 'content');
    expect(filesUnder(below, 'HEAD', 'checklists')).toEqual(['checklists/good.yaml']);
    expect([...filesAtRevision(below, 'HEAD', ['checklists/good.yaml', 'checklists/none.yaml']).keys()]).toEqual(['checklists/good.yaml']);
    rmSync(join(root, '.git'), { recursive: true, force: true });
    expect(revisionExists(root, 'HEAD')).toBe(false);
    expect(filesAtRevision(root, 'HEAD', ['content/checklists/good.yaml']).size).toBe(0);
  });
});
