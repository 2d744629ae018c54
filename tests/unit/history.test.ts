/**
 * Reading git history in real repositories: the last change of each file (a rename is none), the
 * recent changes described from the entries (a deadline edited reads "时限：A → B", a file that
 * only changed its extension shows nothing), the editor's 更新说明, a fixed number of git
 * processes, shallow clones and no repository at all.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGitHistory, type History } from '~/data/history';
import { indexSite } from '~/data/site';
import { changeDays } from '~/data/views/changes';
import { atomFeed, xmlEscape } from '~/lib/atom';
import { changeNote, lastChanges, LOG_FORMAT, parseLog } from '~/lib/gitLog';
import { wordDiff } from '~/lib/wordDiff';
import { fixtureEntries } from './data/fixture';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repository(): { root: string; git: (...args: string[]) => string; commit: (message: string, date: string) => void; write: (path: string, text: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'duban-history-'));
  dirs.push(root);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  const commit = (message: string, date: string) => {
    git('add', '-A');
    execFileSync('git', ['-c', 'user.name=Editor Jia', '-c', 'user.email=jia@example.invalid', 'commit', '-q', '-m', message], {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00+08:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+08:00` },
    });
  };
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  return { root, git, commit, write };
}

/** A task file as an editor writes it: the fixture's task `taizhang` (报送台账), led by unit a. */
const task = (deadline: string, units = '  - unit: a\n    role: 牵头\n') =>
  `---\ntitle: 报送台账\nresponsibilities:\n${units}deadline:\n  date: 2022-05-19\n  yearInferred: true\n  text: ${deadline}\nstatus: 进行中\n---\n正文。\n`;

/** What the recent-changes lists say about a history: per day, the 更新说明 and each change's lines. */
function described(history: History): string[] {
  const site = indexSite(fixtureEntries(history));
  return changeDays(site, site.history.changes).flatMap((day) => [
    day.label,
    ...day.publications.flatMap((publication) => [
      ...(publication.note === undefined ? [] : [`更新说明：${publication.note}`]),
      ...publication.changes.flatMap((change) => [`${change.action} ${change.title}`, ...change.lines.map((line) => `  ${line.text}`)]),
    ]),
  ]);
}

describe('recent changes from a real repository', () => {
  const { root, git, commit, write } = repository();
  write('content/tasks/taizhang.mdx', task('5月19日前'));
  write('content/departments/b.yaml', 'name: 区乙局\nkind: 职能部门\n');
  commit('Initial content', '2022-05-10');
  renameSync(join(root, 'content/tasks/taizhang.mdx'), join(root, 'content/tasks/taizhang.md'));
  commit('Rename tasks to plain Markdown', '2022-05-11');
  write('content/tasks/taizhang.md', task('5月20日前'));
  commit('Fix deadline of taizhang\n\n更新说明：按区委办通知，报送时间推迟一天。', '2022-05-12');
  write('content/departments/b.yaml', '# 区乙局\nname: 区乙局\nkind:   职能部门\n');
  commit('Reformat the YAML', '2022-05-13');
  write('content/tasks/taizhang.md', task('5月20日前', '  - unit: a\n    role: 牵头\n  - unit: b\n    role: 牵头\n'));
  write('content/tasks/xin.md', '---\ntitle: 新的任务\nresponsibilities:\n  - unit: b\n    role: 牵头\n---\n');
  commit('Add unit b as lead; new task', '2022-05-14');
  const history = readGitHistory(root);

  it('describes each change from the entries: fields, old → new, in Chinese; renames and reformatting show nothing', () => {
    expect(described(history)).toEqual([
      '2022年5月14日',
      '修改任务 报送台账',
      '  牵头单位 增加 区乙局',
      '新增任务 新的任务',
      '2022年5月12日',
      '更新说明：按区委办通知，报送时间推迟一天。',
      '修改任务 报送台账',
      '  时限：5月19日前 → 5月20日前',
      '2022年5月10日',
      '新增单位 区乙局',
      '新增任务 报送台账',
    ]);
  });

  it('never carries a commit subject, author or hash into what staff read', () => {
    const text = JSON.stringify(changeDays(indexSite(fixtureEntries(history)), indexSite(fixtureEntries(history)).history.changes));
    const hashes = git('log', '--format=%H %h').split(/\s+/).filter(Boolean);
    for (const trace of ['Fix deadline', 'Rename tasks', 'Reformat', 'Initial content', 'Editor Jia', ...hashes]) expect(text).not.toContain(trace);
  });

  it('takes the last change of a file past a rename: "最后更新" is when its content changed', () => {
    expect(history.last.get('content/tasks/taizhang.md')?.date).toBe('2022-05-14');
    expect(history.last.get('content/departments/b.yaml')?.date).toBe('2022-05-13');
    const commits = parseLog(git('log', `--format=${LOG_FORMAT}`, '--raw', '--no-abbrev', '--no-renames', '--', 'content')).slice(2);
    // Without the last two commits, the rename on 5月11日 is skipped: the file last changed on 5月12日.
    expect(lastChanges(commits).get('content/tasks/taizhang.md')?.date).toBe('2022-05-12');
  });

  it('reads the history in a fixed number of git processes, whatever the number of commits and files', () => {
    const bin = mkdtempSync(join(tmpdir(), 'duban-git-'));
    dirs.push(bin);
    const calls = join(bin, 'calls');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$1" >> ${calls}\nexec ${real} "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const path = process.env['PATH'];
    process.env['PATH'] = `${bin}:${path}`;
    try {
      readGitHistory(root);
    } finally {
      process.env['PATH'] = path;
    }
    expect(readFileSync(calls, 'utf8').split('\n').filter(Boolean)).toEqual(['rev-parse', '-c', 'cat-file']);
  });
});

describe('a merged pull request', () => {
  it('is one publication, dated when merged, with the 更新说明 of its merge message', () => {
    const { root, git, commit, write } = repository();
    write('content/tasks/taizhang.md', task('5月19日前'));
    commit('Initial content', '2022-05-10');
    git('checkout', '-q', '-b', 'edit');
    write('content/tasks/taizhang.md', task('5月21日前'));
    commit('WIP deadline', '2022-05-11');
    write('content/tasks/taizhang.md', task('5月20日前'));
    commit('Fix the deadline again', '2022-05-12');
    git('checkout', '-q', 'main');
    execFileSync('git', ['-c', 'user.name=Reviewer', '-c', 'user.email=r@example.invalid', 'merge', '-q', '--no-ff', 'edit', '-m', 'Merge pull request #7\n\n更新说明：按通知推迟一天。'], {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_DATE: '2022-05-13T10:00:00+08:00', GIT_COMMITTER_DATE: '2022-05-13T10:00:00+08:00' },
    });
    expect(described(readGitHistory(root))).toEqual([
      '2022年5月13日',
      '更新说明：按通知推迟一天。',
      '修改任务 报送台账',
      '  时限：5月19日前 → 5月20日前',
      '2022年5月10日',
      '新增任务 报送台账',
    ]);
  });
});

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

describe('shallow clones and missing history', () => {
  it('drops the boundary commit of a shallow clone', () => {
    const { root, commit, write } = repository();
    write('content/tasks/a.md', '---\ntitle: 一\n---\n');
    write('content/tasks/b.md', '---\ntitle: 乙\n---\n');
    commit('一', '2022-05-10');
    write('content/tasks/a.md', '---\ntitle: 二\n---\n');
    commit('二', '2022-05-11');
    const clone = mkdtempSync(join(tmpdir(), 'duban-shallow-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    const history = readGitHistory(clone);
    expect({ available: history.available, files: [...history.last.keys()], recent: history.recent.length }).toEqual({ available: true, files: [], recent: 0 });
  });

  it('has no history, and no error, outside a repository', () => {
    const plain = mkdtempSync(join(tmpdir(), 'duban-nogit-'));
    dirs.push(plain);
    const script = `import { readHistory } from '${join(import.meta.dirname, '../../src/data/history.ts')}';\nconst h = readHistory(${JSON.stringify(plain)});\nconsole.log(JSON.stringify({ available: h.available, files: h.last.size, recent: h.recent.length }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(JSON.parse(out)).toEqual({ available: false, files: 0, recent: 0 });
  });
});

describe('word diff', () => {
  it('compares Chinese by character and numbers whole', () => {
    expect(wordDiff('力争在下沉督察之前', '力争在督察组进驻之前')).toEqual([
      { kind: 'same', text: '力争在' },
      { kind: 'removed', text: '下沉' },
      { kind: 'same', text: '督察' },
      { kind: 'inserted', text: '组进驻' },
      { kind: 'same', text: '之前' },
    ]);
    expect(wordDiff('2022-05-19', '2022-05-19')).toEqual([{ kind: 'same', text: '2022-05-19' }]);
  });
});

describe('Atom', () => {
  it('escapes every value, and names the site as the author', () => {
    expect(xmlEscape(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const feed = atomFeed({ id: 'tag:x,2022:feed', title: 'A & B', author: 'XX区', link: 'http://h/', self: 'http://h/f.xml', updated: '2022-05-12T10:00:00+08:00', entries: [] });
    expect(feed).toContain('<title>A &amp; B</title>');
    expect(feed).toContain('<author><name>XX区</name></author>');
  });
});
