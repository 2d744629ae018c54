/**
 * The reader (src/check/read.ts) on the good fixture: what an entry looks like before its schema
 * sees it. What it reports for unreadable files is locked in by the bad corpus (contentCheck.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionPath, decodeText, MAX_FILE_BYTES, readCollection, readContent } from '~/check/read';

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
      'meetings/m', 'directives/d', 'directives/e', 'tasks/good', 'departments/a', 'departments/b', 'departments/g', 'checklists/good', 'milestones/xiachen', 'bulletins/1',
    ]);
  });

  it('needs no 督查通报 folder until the office issues one, but reads a link there as a problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duban-read-'));
    try {
      cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
      rmSync(join(dir, 'content/bulletins'), { recursive: true });
      expect(readContent(dir).problems).toEqual([]);
      mkdirSync(join(dir, 'content/bulletins'));
      expect(readContent(dir).problems).toEqual([]);
      rmSync(join(dir, 'content/bulletins'), { recursive: true });
      symlinkSync('nowhere', join(dir, 'content/bulletins'));
      expect(readContent(dir).problems.map(({ file, message }) => `${file}: ${message}`)).toEqual(['content/bulletins: 是符号链接（快捷方式），不会被读取：请把文件本身放在这里，不要用链接']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
