/**
 * The reader (src/check/read.ts) on the good fixture: what an entry looks like before its schema
 * sees it. What it reports for unreadable files is locked in by the bad corpus (contentCheck.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionPath, datedFileName, decodeText, MAX_FILE_BYTES, readCollection, readContent } from '~/check/read';

const root = join(import.meta.dirname, '../../fixtures/good-content');

describe('readCollection', () => {
  it('reads a folder: the file name is the id, the body comes without the blank lines around it', () => {
    const { entries, problems } = readCollection(root, 'directives');
    expect(problems).toEqual([]);
    expect(entries.map(({ id, file, at, body }) => ({ id, file, at, body }))).toEqual([
      { id: 'd', file: 'content/directives/d.mdx', at: '', body: '正文。' },
      { id: 'e', file: 'content/directives/e.mdx', at: '', body: '正文。' },
    ]);
  });

  it('keeps dates as the text the editor wrote, for the schema to judge', () => {
    const [task] = readCollection(root, 'tasks').entries;
    expect(task?.data).toMatchObject({ deadline: { date: '2022-05-19', yearInferred: true } });
  });

  it('reads a dated folder: the id is unit/date, and the folder of the same date lists the attachments', () => {
    const { entries, problems } = readCollection(root, 'reports');
    expect(problems).toEqual([]);
    expect(entries.map(({ id, file, attachments }) => ({ id, file, attachments }))).toEqual([
      { id: 'a/2022-05-15', file: 'content/reports/a/2022-05-15.yaml', attachments: undefined },
      { id: 'b/2022-05-16', file: 'content/reports/b/2022-05-16.yaml', attachments: new Map([['zicha.txt', 28]]) },
    ]);
    expect(collectionPath('reports')).toBe('content/reports');
  });

  it('reads a folder of lists: each item is an entry, its id the file name, unit and date', () => {
    const { entries, problems } = readCollection(root, 'signoffs');
    expect(problems).toEqual([]);
    expect(entries.map(({ id, file, at }) => ({ id, file, at }))).toEqual([{ id: 'good/b/2022-05-18', file: 'content/signoffs/good.yaml', at: '[0].' }]);
  });

  it('reads a list file: each item is an entry, found at its index', () => {
    expect(readCollection(root, 'milestones').entries).toEqual([
      { collection: 'milestones', id: 'xiachen', file: 'content/milestones.yaml', at: '[0].', data: { id: 'xiachen', name: '下沉督察', date: null, source: { meeting: 'm', quote: '完成自查' } } },
    ]);
    expect(collectionPath('milestones')).toBe('content/milestones.yaml');
    expect(collectionPath('tasks')).toBe('content/tasks');
  });
});

describe('readContent', () => {
  it('reads every collection of the content folder', () => {
    const { entries, problems } = readContent(root);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => `${entry.collection}/${entry.id}`)).toEqual([
      'meetings/m', 'directives/d', 'directives/e', 'tasks/good', 'departments/a', 'departments/b', 'departments/g', 'checklists/good', 'milestones/xiachen',
      'reports/a/2022-05-15', 'reports/b/2022-05-16', 'signoffs/good/b/2022-05-18',
    ]);
  });
});

describe('reading what is not a plain UTF-8 file', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const dir of roots) rmSync(dir, { recursive: true, force: true });
  });
  /** A copy of the good fixture to spoil. */
  const copy = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'duban-read-'));
    roots.push(dir);
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    return dir;
  };

  it('names the encoding: GBK, UTF-16, or no text at all', () => {
    expect(decodeText(new TextEncoder().encode('任务'))).toEqual({ ok: true, text: '任务' });
    expect(decodeText(Uint8Array.from([0xc8, 0xce, 0xce, 0xf1]))).toEqual({ ok: false, message: '文件不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8（记事本：另存为 → 编码选 UTF-8）' });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0xfb, 0x4e]))).toEqual({ ok: false, message: '文件是 UTF-16 编码，请另存为 UTF-8（记事本：另存为 → 编码选 UTF-8）' });
    expect(decodeText(Uint8Array.from([0x89, 0x50, 0x00, 0xff]))).toEqual({ ok: false, message: '文件不是文本文件（含有二进制内容）：请确认没有放错文件' });
    expect(decodeText(Uint8Array.from([0x81, 0x30]))).toEqual({ ok: false, message: '文件不是 UTF-8 编码，请另存为 UTF-8' });
  });

  it('refuses links, folders, oversized files and anything that is not a regular file, without blocking', () => {
    const dir = copy();
    symlinkSync('a.yaml', join(dir, 'content/departments/link.yaml'));
    mkdirSync(join(dir, 'content/departments/sub'));
    writeFileSync(join(dir, 'content/departments/huge.yaml'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    const fifo = spawnSync('mkfifo', [join(dir, 'content/departments/pipe.yaml')]).status === 0;
    const { entries, problems } = readCollection(dir, 'departments');
    // An unreadable file is still an entry, without data: a reference to it is not reported again.
    expect(entries.map((entry) => `${entry.id}${'data' in entry ? '' : '（无数据）'}`)).toEqual(['a', 'b', 'g', 'huge（无数据）', ...(fifo ? ['pipe（无数据）'] : [])]);
    expect(problems.map(({ file, message }) => `${file}: ${message}`)).toEqual([
      'content/departments/huge.yaml: 文件过大（2049 KB，上限 2048 KB）：请确认没有放错文件',
      'content/departments/link.yaml: 是符号链接（快捷方式），不会被读取：请把文件本身放在这里，不要用链接',
      ...(fifo ? ['content/departments/pipe.yaml: 不是普通文件，不会被读取：请放入文本文件'] : []),
      'content/departments/sub: 子目录不会被读取：请把文件直接放在 content/departments/ 下',
    ]);
  });

  it('refuses a collection folder, or content/ itself, that is a link', () => {
    const dir = copy();
    renameSync(join(dir, 'content/tasks'), join(dir, 'tasks-elsewhere'));
    symlinkSync(join(dir, 'tasks-elsewhere'), join(dir, 'content/tasks'));
    expect(readContent(dir).problems.map(({ file, message }) => `${file}: ${message}`)).toEqual([
      'content/tasks: 是符号链接（快捷方式），不会被读取：请把文件本身放在这里，不要用链接',
    ]);
    const outer = copy();
    renameSync(join(outer, 'content'), join(outer, 'real-content'));
    symlinkSync(join(outer, 'real-content'), join(outer, 'content'));
    expect(readContent(outer)).toEqual({ entries: [], problems: [{ file: 'content', field: '', message: '是符号链接（快捷方式），不会被读取：请把文件本身放在这里，不要用链接' }] });
  });

  it('takes a dated file name that means a real date, and tells how to write it', () => {
    expect(datedFileName('2022-05-20')).toEqual({ date: '2022-05-20', exact: true });
    expect(datedFileName('2022-5-20')).toEqual({ date: '2022-05-20', exact: false });
    expect(datedFileName('2022.5.2')).toEqual({ date: '2022-05-02', exact: false });
    expect(datedFileName('20220520')).toEqual({ date: '2022-05-20', exact: false });
    expect(datedFileName('2022-02-30')).toBeUndefined();
    expect(datedFileName('zhoubao')).toBeUndefined();
  });

  it('reads reports only where the layout says, and finds two files for one unit and day', () => {
    const dir = copy();
    const reports = join(dir, 'content/reports');
    writeFileSync(join(reports, 'a/2022-5-15.yaml'), 'tasks: []\n');
    writeFileSync(join(reports, 'a/zhoubao.yaml'), 'tasks: []\n');
    writeFileSync(join(reports, 'a/2022-05-17.xlsx'), '');
    writeFileSync(join(reports, 'loose.yaml'), 'tasks: []\n');
    mkdirSync(join(reports, 'Zhu Jian'));
    mkdirSync(join(reports, 'a/2022-05-18'));
    mkdirSync(join(reports, 'b/2022-05-16/sub'));
    symlinkSync('zicha.txt', join(reports, 'b/2022-05-16/link.txt'));
    const { entries, problems } = readCollection(dir, 'reports');
    expect(entries.map((entry) => entry.id)).toEqual(['a/2022-05-15', 'a/2022-05-15', 'a/zhoubao', 'b/2022-05-16']);
    expect(problems.map(({ file, message }) => `${file}: ${message}`)).toEqual([
      'content/reports/Zhu Jian: 目录名 "Zhu Jian" 不能作为单位 id：只能用小写英文字母、数字和连字符（请改为该单位在 content/departments/ 下的文件名，如 zhu-jian）',
      'content/reports/a/2022-05-17.xlsx: 不会被读取：报送文件的扩展名应为 .yaml（请改名为 2022-05-17.yaml；佐证材料请放在与报送文件同名的目录下）',
      'content/reports/a/2022-5-15.yaml: 文件名 "2022-5-15" 应写成 YYYY-MM-DD（请改名为 2022-05-15.yaml）',
      'content/reports/a/2022-5-15.yaml: 与 content/reports/a/2022-05-15.yaml 是同一单位同一天的报送（每个单位每天只有一份：请把两个文件合并为一个）',
      'content/reports/a/zhoubao.yaml: 文件名 "zhoubao" 不是日期：报送文件以报送日期命名，写成 YYYY-MM-DD.yaml（如 content/reports/zhujian/2022-05-20.yaml）',
      'content/reports/a/2022-05-18: 目录没有对应的报送文件：佐证材料目录须与报送文件同名（请添加 2022-05-18.yaml，或把目录改名为对应报送文件的日期）',
      'content/reports/b/2022-05-16/link.txt: 是符号链接（快捷方式），不会被读取：请把文件本身放在这里，不要用链接',
      'content/reports/b/2022-05-16/sub: 子目录不会被读取：佐证材料请直接放在 content/reports/b/2022-05-16/ 下',
      'content/reports/loose.yaml: 不会被读取：报送文件应放在单位目录下，路径为 content/reports/<单位 id>/<日期>.yaml（如 content/reports/zhujian/2022-05-20.yaml）',
    ]);
  });

  it('needs no reports or sign-offs, nor their folders: nothing has been reported or decided yet', () => {
    const dir = copy();
    rmSync(join(dir, 'content/reports'), { recursive: true });
    rmSync(join(dir, 'content/signoffs'), { recursive: true });
    expect(readContent(dir).problems).toEqual([]);
    mkdirSync(join(dir, 'content/reports'));
    mkdirSync(join(dir, 'content/signoffs'));
    expect(readContent(dir).problems).toEqual([]);
  });

  it('reads sign-offs only as lists of decisions, one a unit and day', () => {
    const dir = copy();
    const signoffs = join(dir, 'content/signoffs');
    writeFileSync(join(signoffs, 'good.yaml'), '- unit: b\n  date: 2022-05-18\n  decision: 同意销号\n- unit: b\n  date: 2022-05-18\n  decision: 退回\n- 退回\n');
    writeFileSync(join(signoffs, 'Good Task.yaml'), '- unit: b\n');
    writeFileSync(join(signoffs, 'empty.yaml'), '[]\n');
    writeFileSync(join(signoffs, 'notes.txt'), '');
    mkdirSync(join(signoffs, 'sub'));
    const { entries, problems } = readCollection(dir, 'signoffs');
    expect(entries.map((entry) => `${entry.id} ${entry.at}`)).toEqual(['Good Task/#0 [0].', 'good/b/2022-05-18 [0].', 'good/b/2022-05-18 [1].', 'good/#2 [2].']);
    expect(problems.map(({ file, field, message }) => `${file}: ${field}: ${message}`)).toEqual([
      'content/signoffs/Good Task.yaml: : 文件名 "Good Task" 不能作为任务 id：只能用小写英文字母、数字和连字符（请改为所销号任务的文件名，如 good-task.yaml）',
      'content/signoffs/empty.yaml: : 应为列表：每条决定以“- unit: …”开头（没有决定时请删除此文件）',
      'content/signoffs/good.yaml: [1]: 与第 1 条是同一单位同一天的决定（每个单位每天只有一条：请合并或删去一条）',
      'content/signoffs/notes.txt: : 不会被读取：销号决定文件的扩展名应为 .yaml（请改名为 notes.yaml）',
      'content/signoffs/sub: : 子目录不会被读取：请把文件直接放在 content/signoffs/ 下',
    ]);
  });

  it('refuses a site without one of its collections, missing or empty', () => {
    const dir = copy();
    rmSync(join(dir, 'content/tasks'), { recursive: true });
    mkdirSync(join(dir, 'content/checklists/sub'), { recursive: true });
    rmSync(join(dir, 'content/checklists/good.yaml'));
    writeFileSync(join(dir, 'content/milestones.yaml'), '[]\n');
    expect(readContent(dir).problems.map(({ file, message }) => `${file}: ${message}`)).toEqual([
      'content/tasks: 缺少任务目录 content/tasks/（每个任务一个文件，至少要有一个）',
      'content/checklists/sub: 子目录不会被读取：请把文件直接放在 content/checklists/ 下',
      'content/checklists: 没有任何清单：content/checklists/ 下至少要有一个（网站不能没有清单）',
      'content/milestones.yaml: 没有任何节点：content/milestones.yaml 中至少要有一个（网站不能没有节点）',
    ]);
  });
});
