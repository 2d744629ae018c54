/**
 * The content's git history in real repositories (src/data/history.ts): recent changes described
 * from the entries (a deadline edited reads "完成时限：A → B", a file that only changed its extension
 * shows nothing), the editor's 更新说明, the last change of a file past a rename, a merged pull
 * request as one publication, a fixed number of git processes, shallow clones and no repository.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGitHistory, type History } from '~/data/history';
import { indexSite } from '~/data/site';
import { changeDays } from '~/data/views/changes';
import { lastChanges, LOG_FORMAT, parseLog } from '~/lib/gitLog';
import { fixtureEntries } from '../data/fixture';
import { AUTHOR, removeTemporaryDirs, repository, temporaryDir } from '../helpers/gitRepository';

afterAll(removeTemporaryDirs);

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
      '  责任分工 › 牵头单位 增加 区乙局',
      '新增任务 新的任务',
      '2022年5月12日',
      '更新说明：按区委办通知，报送时间推迟一天。',
      '修改任务 报送台账',
      '  完成时限：5月19日前 → 5月20日前',
      '2022年5月10日',
      '新增单位 区乙局',
      '新增任务 报送台账',
    ]);
  });

  it('never carries a commit subject, author or hash into what staff read', () => {
    const text = JSON.stringify(changeDays(indexSite(fixtureEntries(history)), indexSite(fixtureEntries(history)).history.changes));
    const hashes = git('log', '--format=%H %h').split(/\s+/).filter(Boolean);
    for (const trace of ['Fix deadline', 'Rename tasks', 'Reformat', 'Initial content', AUTHOR, ...hashes]) expect(text).not.toContain(trace);
  });

  it('takes the last change of a file past a rename: "最后更新" is when its content changed', () => {
    expect(history.last.get('content/tasks/taizhang.md')?.date).toBe('2022-05-14');
    expect(history.last.get('content/departments/b.yaml')?.date).toBe('2022-05-13');
    const commits = parseLog(git('log', `--format=${LOG_FORMAT}`, '--raw', '--no-abbrev', '--no-renames', '--', 'content')).slice(2);
    // Without the last two commits, the rename on 5月11日 is skipped: the file last changed on 5月12日.
    expect(lastChanges(commits).get('content/tasks/taizhang.md')?.date).toBe('2022-05-12');
  });

  it('reads the history in a fixed number of git processes, whatever the number of commits and files', () => {
    const bin = temporaryDir('duban-git-');
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

describe('everyday edits in a real repository', () => {
  it('reads a deadline moved after the meeting and a unit renamed in staff words, the unit named as it was at each change', () => {
    const { root, commit, write } = repository();
    const unit = (name: string, short: string, aliases = '') => `name: ${name}\nshort: ${short}\nkind: 职能部门\n${aliases}`;
    const adjusted = '  adjusted:\n    date: 2022-05-20\n    reason: 经协调联络组办公室同意，延后一天\n    decidedOn: 2022-05-12\n';
    write('content/departments/huanbao.yaml', unit('区环保局', '环保局'));
    write('content/tasks/taizhang.md', task('5月19日前'));
    commit('Initial content', '2022-05-10');
    write('content/tasks/taizhang.md', task('5月19日前', '  - unit: a\n    role: 牵头\n  - unit: huanbao\n    role: 配合\n').replace('  text: 5月19日前\n', `  text: 5月19日前\n${adjusted}`));
    commit('Move the deadline\n\n更新说明：经协调联络组办公室同意，抽调人员到位时间延后一天。', '2022-05-12');
    write('content/departments/huanbao.yaml', unit('区生态环境局', '生态环境局', 'aliases: [区环保局]\n'));
    commit('Rename huanbao', '2022-05-13');
    expect(described(readGitHistory(root))).toEqual([
      '2022年5月13日',
      '修改单位 区生态环境局',
      '  单位全称：区环保局 → 区生态环境局',
      '  简称：环保局 → 生态环境局',
      '  别名 增加 区环保局',
      '2022年5月12日',
      '更新说明：经协调联络组办公室同意，抽调人员到位时间延后一天。',
      '修改任务 报送台账',
      '  责任分工 › 配合单位 增加 区环保局',
      '  完成时限：5月19日（年份待确认） → 2022年5月20日（原定2022年5月19日，2022年5月12日调整：经协调联络组办公室同意，延后一天）',
      '2022年5月10日',
      '新增单位 区环保局',
      '新增任务 报送台账',
    ]);
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
      '  完成时限：5月19日前 → 5月20日前',
      '2022年5月10日',
      '新增任务 报送台账',
    ]);
  });
});

describe('shallow clones and missing history', () => {
  it('drops the boundary commit of a shallow clone', () => {
    const { root, commit, write } = repository();
    write('content/tasks/a.md', '---\ntitle: 一\n---\n');
    write('content/tasks/b.md', '---\ntitle: 乙\n---\n');
    commit('One', '2022-05-10');
    write('content/tasks/a.md', '---\ntitle: 二\n---\n');
    commit('Two', '2022-05-11');
    const clone = temporaryDir('duban-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    const history = readGitHistory(clone);
    expect({ available: history.available, files: [...history.last.keys()], recent: history.recent.length }).toEqual({ available: true, files: [], recent: 0 });
  });

  it('has no history, and no error, outside a repository; the build reads it once per process', () => {
    const plain = temporaryDir('duban-nogit-');
    const script = `import { readHistory } from '${join(import.meta.dirname, '../../../src/data/history.ts')}';\nconst h = readHistory(${JSON.stringify(plain)});\nconsole.log(JSON.stringify({ available: h.available, files: h.last.size, recent: h.recent.length, cached: readHistory() === h }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(JSON.parse(out)).toEqual({ available: false, files: 0, recent: 0, cached: true });
  });
});
