/** Reading git's log: last change per file, and changed lines paired (src/lib/gitLog.ts). */
import { afterAll, describe, expect, it } from 'vitest';
import { LOG_FORMAT, parseNames, parsePatches } from '~/lib/gitLog';
import { removeTemporaryDirs, taskEdits } from '../helpers/gitRepository';

afterAll(removeTemporaryDirs);

describe('git log parsing', () => {
  const { git } = taskEdits();

  it('finds the last commit of each file in one pass', () => {
    const last = parseNames(git('log', `--format=${LOG_FORMAT}`, '--name-only', '--', 'content'));
    expect(last.get('content/tasks/a.mdx')).toMatchObject({ date: '2022-05-12', subject: '驻点时限改为5月25日', author: '编辑甲' });
    expect(last.get('content/tasks/b.mdx')?.subject).toBe('删除任务乙');
  });

  it('pairs changed lines', () => {
    const commits = parsePatches(git('log', `--format=${LOG_FORMAT}`, '-p', '--unified=0', '--no-renames', '--', 'content'));
    expect(commits.map((item) => item.subject)).toEqual(['删除任务乙', '驻点时限改为5月25日', '初始内容']);
    expect(commits[0]!.files).toEqual([{ path: 'content/tasks/b.mdx', status: 'deleted', lines: [{ before: '---' }, { before: 'title: 乙' }, { before: '---' }] }]);
    expect(commits[1]!.files[0]!.lines).toEqual([
      { before: '  date: 2022-05-19', after: '  date: 2022-05-25' },
      { before: '  text: 5月19日前', after: '  text: 5月25日前' },
    ]);
  });
});
