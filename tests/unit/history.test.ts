/** Reading git history: last change per file, recent changes with word diffs, shallow clones. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atomFeed, xmlEscape } from '~/lib/atom';
import { entryChanges, entryOfPath } from '~/lib/changes';
import { LOG_FORMAT, parseNames, parsePatches } from '~/lib/gitLog';
import { wordDiff } from '~/lib/wordDiff';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repository(): { root: string; git: (...args: string[]) => string; commit: (message: string, date: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'duban-history-'));
  dirs.push(root);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  const commit = (message: string, date: string) => {
    git('add', '-A');
    execFileSync('git', ['-c', 'user.name=编辑甲', '-c', 'user.email=a@example.invalid', 'commit', '-q', '-m', message], {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00+08:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+08:00` },
    });
  };
  return { root, git, commit };
}

describe('git log parsing', () => {
  const { root, git, commit } = repository();
  mkdirSync(join(root, 'content/tasks'), { recursive: true });
  writeFileSync(join(root, 'content/tasks/a.mdx'), '---\ntitle: 驻点\ndeadline:\n  date: 2022-05-19\n  text: 5月19日前\n---\n正文\n');
  writeFileSync(join(root, 'content/tasks/b.mdx'), '---\ntitle: 乙\n---\n');
  commit('初始内容', '2022-05-10');
  writeFileSync(join(root, 'content/tasks/a.mdx'), '---\ntitle: 驻点\ndeadline:\n  date: 2022-05-25\n  text: 5月25日前\n---\n正文\n');
  commit('驻点时限改为5月25日', '2022-05-12');
  rmSync(join(root, 'content/tasks/b.mdx'));
  commit('删除任务乙', '2022-05-13');

  it('finds the last commit of each file in one pass', () => {
    const last = parseNames(git('log', `--format=${LOG_FORMAT}`, '--name-only', '--', 'content'));
    expect(last.get('content/tasks/a.mdx')).toMatchObject({ date: '2022-05-12', subject: '驻点时限改为5月25日', author: '编辑甲' });
    expect(last.get('content/tasks/b.mdx')?.subject).toBe('删除任务乙');
  });

  it('pairs changed lines and diffs them word by word', () => {
    const commits = parsePatches(git('log', `--format=${LOG_FORMAT}`, '-p', '--unified=0', '--no-renames', '--', 'content'));
    expect(commits.map((item) => item.subject)).toEqual(['删除任务乙', '驻点时限改为5月25日', '初始内容']);
    expect(commits[0]!.files).toEqual([{ path: 'content/tasks/b.mdx', status: 'deleted', lines: [{ before: '---' }, { before: 'title: 乙' }, { before: '---' }] }]);
    expect(commits[1]!.files[0]!.lines).toEqual([
      { before: '  date: 2022-05-19', after: '  date: 2022-05-25' },
      { before: '  text: 5月19日前', after: '  text: 5月25日前' },
    ]);
    const changes = entryChanges(commits, (entry) => (entry.id === 'a' ? ['gongan'] : []));
    const moved = changes.find((change) => change.commit.subject === '驻点时限改为5月25日')!;
    expect(moved).toMatchObject({ path: 'content/tasks/a.mdx', entry: { collection: 'tasks', id: 'a' }, status: 'modified', units: ['gongan'] });
    expect(moved.fields).toEqual([
      { field: 'date', parts: [{ kind: 'same', text: '' }, { kind: 'removed', text: '2022-05-19' }, { kind: 'inserted', text: '2022-05-25' }].filter((part) => part.text !== '') },
      { field: 'text', parts: [{ kind: 'same', text: '5月' }, { kind: 'removed', text: '19' }, { kind: 'inserted', text: '25' }, { kind: 'same', text: '日前' }] },
    ]);
    expect(changes.find((change) => change.commit.subject === '初始内容' && change.entry.id === 'a')).toMatchObject({ status: 'added', fields: [] });
  });
});

describe('shallow clones and missing history', () => {
  it('drops the boundary commit of a shallow clone', () => {
    const { root, commit } = repository();
    mkdirSync(join(root, 'content/tasks'), { recursive: true });
    writeFileSync(join(root, 'content/tasks/a.mdx'), 'v1\n');
    writeFileSync(join(root, 'content/tasks/b.mdx'), 'v1\n');
    commit('一', '2022-05-10');
    writeFileSync(join(root, 'content/tasks/a.mdx'), 'v2\n');
    commit('二', '2022-05-11');
    const clone = mkdtempSync(join(tmpdir(), 'duban-shallow-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    const script = `import { readHistory } from '${join(import.meta.dirname, '../../src/data/history.ts')}';\nconst h = readHistory(${JSON.stringify(clone)});\nconsole.log(JSON.stringify({ available: h.available, files: [...h.last.keys()], recent: h.recent.length }));`;
    // Run in a fresh process: readHistory caches per process.
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ available: true, files: [], recent: 0 });
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
  it('escapes every value and names paths as entries', () => {
    expect(xmlEscape(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const feed = atomFeed({ id: 'tag:x,2022:feed', title: 'A & B', link: 'http://h/', self: 'http://h/f.xml', updated: '2022-05-12T10:00:00+08:00', entries: [] });
    expect(feed).toContain('<title>A &amp; B</title>');
    expect(entryOfPath('content/departments/gongan.yaml')).toEqual({ collection: 'departments', id: 'gongan' });
    expect(entryOfPath('content/milestones.yaml')).toEqual({ collection: 'milestones', id: '' });
    expect(entryOfPath('src/x.ts')).toBeUndefined();
  });
});
