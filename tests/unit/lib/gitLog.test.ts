/** Reading git's log (src/lib/gitLog.ts): commits, their 更新说明 and raw file lines; the last change of each file, past renames. */
import { describe, expect, it } from 'vitest';
import { changeNote, lastChanges, parseLog, type CommitFiles } from '~/lib/gitLog';

describe('git log parsing', () => {
  it('reads the 更新说明 lines of a message, and nothing else of it', () => {
    expect(changeNote('Fix deadline\n\n更新说明：按通知调整。\n')).toBe('按通知调整。');
    expect(changeNote('修改\n\n更新说明: 一\n更新说明：二')).toBe('一 二');
    expect(changeNote('Fix deadline\n\n更新说明：\n')).toBeUndefined();
    expect(changeNote('Fix deadline')).toBeUndefined();
  });

  it('parses commits (dated in China), their messages and their raw file lines', () => {
    const text = [
      '\x1eaaaa\x1f2022-05-12T10:00:00+08:00\x1fSubject\n\n更新说明：说明\n\x1d',
      '',
      ':100644 100644 1111111111111111111111111111111111111111 2222222222222222222222222222222222222222 M\tcontent/tasks/a.md',
      ':000000 100644 0000000000000000000000000000000000000000 3333333333333333333333333333333333333333 A\tcontent/tasks/b.md',
      '\x1ebbbb\x1f2022-05-09T20:00:00-04:00\x1fFirst\x1d',
      '',
      ':100644 000000 4444444444444444444444444444444444444444 0000000000000000000000000000000000000000 D\tcontent/tasks/c.md',
    ].join('\n');
    expect(parseLog(text)).toEqual([
      {
        hash: 'aaaa',
        date: '2022-05-12',
        time: '2022-05-12T10:00:00+08:00',
        note: '说明',
        files: [
          { path: 'content/tasks/a.md', status: 'modified', before: '1'.repeat(40), after: '2'.repeat(40) },
          { path: 'content/tasks/b.md', status: 'added', after: '3'.repeat(40) },
        ],
      },
      { hash: 'bbbb', date: '2022-05-10', time: '2022-05-09T20:00:00-04:00', note: undefined, files: [{ path: 'content/tasks/c.md', status: 'deleted', before: '4'.repeat(40) }] },
    ]);
  });
});

describe('lastChanges', () => {
  const commit = (hash: string, date: string, files: CommitFiles['files']): CommitFiles => ({ hash, date, time: `${date}T10:00:00+08:00`, note: undefined, files });
  const blob = (digit: string) => digit.repeat(40);

  it('takes the newest commit of each file, and follows a file back past a rename that kept its bytes', () => {
    const commits = [
      commit('d', '2022-05-13', [{ path: 'content/tasks/b.md', status: 'deleted', before: blob('4') }]),
      commit('c', '2022-05-12', [
        { path: 'content/tasks/a.md', status: 'added', after: blob('2') },
        { path: 'content/tasks/a.mdx', status: 'deleted', before: blob('2') },
      ]),
      commit('b', '2022-05-11', [{ path: 'content/tasks/a.mdx', status: 'modified', before: blob('1'), after: blob('2') }]),
      commit('a', '2022-05-10', [
        { path: 'content/tasks/a.mdx', status: 'added', after: blob('1') },
        { path: 'content/tasks/b.md', status: 'added', after: blob('4') },
      ]),
    ];
    const last = lastChanges(commits);
    expect([...last].map(([path, { hash }]) => [path, hash])).toEqual([
      ['content/tasks/b.md', 'd'],
      ['content/tasks/a.md', 'b'],
    ]);
  });
});
