/**
 * The content loader (src/check/loader.ts) against a stand-in for Astro's loader context: what it
 * stores for each kind of file, what it skips when nothing changed, how it treats an entry its
 * schema refuses, and how it follows content/ in dev. (The parity test builds the real site.)
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentLoader } from '~/check/loader';
import { COLLECTION_SCHEMAS } from '~/schemas/collections';
import type { CollectionName } from '~/schemas/common';

const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project whose content is a copy of the good fixture. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'duban-loader-'));
  roots.push(root);
  cpSync(join(import.meta.dirname, '../../fixtures/good-content/content'), join(root, 'content'), { recursive: true });
  return root;
}

/** What a stored entry looks like (the part of Astro's DataEntry the loader writes). */
interface Stored {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  body?: string;
  digest?: string | number;
  rendered?: { html: string; file: string };
  deferredRender?: boolean;
}

/** A loader context over an in-memory store; `dev` adds a file watcher. */
function contextFor(root: string, collection: CollectionName, { dev = false } = {}) {
  const entries = new Map<string, Stored>();
  const moduleImports: string[] = [];
  const log: string[] = [];
  const parsed: string[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const context = {
    collection,
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Stored) => {
        entries.set(entry.id, entry);
        if (entry.deferredRender === true && entry.filePath !== undefined) moduleImports.push(entry.filePath);
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    // What Astro's parseData does: the collection's schema, throwing on the first refusal.
    parseData: async ({ id, data }: { id: string; data: unknown }) => {
      parsed.push(id);
      return COLLECTION_SCHEMAS[collection].parseAsync(data);
    },
    // Astro's renderMarkdown strips a frontmatter block as this does, then renders the rest; here
    // the rest is returned as it is, with the file it came from.
    renderMarkdown: async (source: string, options: { fileURL: URL }) => ({ html: parseFrontmatter(source).content.trim(), file: options.fileURL.pathname.slice(root.length) }),
    generateDigest: (value: unknown) => JSON.stringify(value),
    logger: { info: (line: string) => log.push(`info ${line}`), warn: (line: string) => log.push(`warn ${line}`), error: (line: string) => log.push(`error ${line}`) },
    ...(dev ? { watcher } : {}),
  };
  const load = () => contentLoader(collection).load(context as unknown as LoaderContext);
  return { entries, moduleImports, log, parsed, watcher, load };
}

describe('contentLoader', () => {
  it('stores MDX entries for @astrojs/mdx to render, with the body and file the check read', async () => {
    const { entries, moduleImports, load } = contextFor(project(), 'tasks');
    await load();
    const task = entries.get('good')!;
    expect(task).toEqual({ id: 'good', data: expect.any(Object), digest: expect.any(String), filePath: 'content/tasks/good.mdx', body: '正文。', deferredRender: true });
    // Dates arrive as text and leave the schema as text.
    expect(task.data['deadline']).toEqual({ kind: 'date', date: '2022-05-19', yearInferred: true, text: '5月19日前' });
    expect(moduleImports).toEqual(['content/tasks/good.mdx']);
  });

  it('renders Markdown bodies, and stores each item of a list file as an entry of that file', async () => {
    const root = project();
    const meetings = contextFor(root, 'meetings');
    await meetings.load();
    const meeting = meetings.entries.get('m')!;
    expect(meeting.body).toBe('同志们：\n\n一、要抓好整改。各单位要在5月19日前完成自查，做到“五个不放过”。\n\n二、要统一口径。台账资料要真实反映、统一口径、严格把关。');
    expect(meeting.rendered).toEqual({ html: meeting.body, file: '/content/meetings/m.md' });
    expect(meeting.data['date']).toBe('2022-05-10');

    const milestones = contextFor(root, 'milestones');
    await milestones.load();
    expect([...milestones.entries.values()]).toEqual([
      { id: 'xiachen', filePath: 'content/milestones.yaml', digest: expect.any(String), data: { id: 'xiachen', name: '下沉督察', date: null, dateIsInferred: false, editorial: false, source: { meeting: 'm', quote: '完成自查' } } },
    ]);
  });

  it('keeps a Markdown body that opens with a rule of its own', async () => {
    const root = project();
    writeFileSync(join(root, 'content/meetings/m.md'), '---\ntitle: 会议\nhost: 区委书记\ndate: null\nagenda: [{ item: 部署, presenter: 区委书记 }]\n---\n---\n\n正文\n\n---\n');
    const { entries, load } = contextFor(root, 'meetings');
    await load();
    expect(entries.get('m')?.rendered?.html).toBe('---\n\n正文\n\n---');
  });

  it('validates only what changed, and drops what is gone', async () => {
    const root = project();
    const { entries, moduleImports, parsed, load } = contextFor(root, 'directives');
    await load();
    writeFileSync(join(root, 'content/directives/e.mdx'), '---\nnumber: 2\ntitle: 要统一口径\nmeeting: m\nsummary: 改过的摘要。\nsource:\n  meeting: m\n  quote: 二、要统一口径。\n---\n正文。\n');
    await load();
    expect(parsed).toEqual(['d', 'e', 'e']);
    expect(entries.get('e')?.data['summary']).toBe('改过的摘要。');
    expect(moduleImports).toEqual(['content/directives/d.mdx', 'content/directives/e.mdx', 'content/directives/e.mdx']);
    rmSync(join(root, 'content/directives/d.mdx'));
    await load();
    expect([...entries.keys()]).toEqual(['e']);
    expect(parsed).toHaveLength(3);
  });

  it('validates again an entry stored by a build with another schema, unchanged as its file is', async () => {
    const { entries, parsed, load } = contextFor(project(), 'milestones');
    await load();
    // As a build whose schema had no \`editorial\` stored it: the same file, no default for the new field.
    const stored = entries.get('xiachen')!;
    const older = Object.fromEntries(Object.entries(stored.data).filter(([key]) => key !== 'editorial'));
    entries.set('xiachen', { ...stored, data: older, digest: JSON.stringify({ data: { id: 'xiachen', name: '下沉督察', date: null, source: { meeting: 'm', quote: '完成自查' } }, body: null }) });
    await load();
    expect(parsed).toEqual(['xiachen', 'xiachen']);
    expect(entries.get('xiachen')!.data['editorial']).toBe(false);
    await load();
    expect(parsed).toHaveLength(2);
  });

  it('stops a build on an entry its schema refuses, and leaves it out in dev', async () => {
    const root = project();
    cpSync(join(import.meta.dirname, '../../fixtures/bad-content/content/tasks/unknown-status.mdx'), join(root, 'content/tasks/unknown-status.mdx'));
    await expect(contextFor(root, 'tasks').load()).rejects.toThrow('状态');
    const dev = contextFor(root, 'tasks', { dev: true });
    await dev.load();
    expect([...dev.entries.keys()]).toEqual(['good']);
    expect(dev.log).toEqual(['warn content/tasks/unknown-status.mdx（unknown-status）未通过内容检查：改正之前，页面上没有这个条目']);
  });

  it('stops a build on a body the check refuses, and leaves it out in dev, never to be compiled', async () => {
    const root = project();
    cpSync(join(import.meta.dirname, '../../fixtures/bad-content/content/tasks/mdx-runs-code.mdx'), join(root, 'content/tasks/mdx-runs-code.mdx'));
    await expect(contextFor(root, 'tasks').load()).rejects.toThrow(
      'content/tasks/mdx-runs-code.mdx: 第 9 行: 正文不能有 import（正文不能引入文件或代码；本站的组件如 <Checklist id="…" /> 无需引入。请删除这一行）\n' +
        'content/tasks/mdx-runs-code.mdx: 第 10 行: 正文不能有 export（正文不能定义代码。请删除这一行）\n' +
        'content/tasks/mdx-runs-code.mdx: 第 12 行: 正文不能有花括号表达式 {process.env.HOME}（花括号里的内容会作为代码运行；要显示花括号本身，请写成 \\{ 和 \\}）',
    );
    const dev = contextFor(root, 'tasks', { dev: true });
    await dev.load();
    expect([...dev.entries.keys()]).toEqual(['good']);
    expect(dev.moduleImports).toEqual(['content/tasks/good.mdx']);
    expect(dev.log).toEqual(['warn content/tasks/mdx-runs-code.mdx（mdx-runs-code）的正文未通过内容检查：改正之前，页面上没有这个条目']);
  });

  it('stores a body whose <Checklist id> names a checklist of the content', async () => {
    const root = project();
    writeFileSync(join(root, 'content/directives/e.mdx'), '---\nnumber: 2\ntitle: 要统一口径\nmeeting: m\nsummary: 摘要。\nsource:\n  meeting: m\n  quote: 二、要统一口径。\n---\n请逐项核查：\n\n<Checklist id="good" />\n');
    const { entries, load } = contextFor(root, 'directives');
    await load();
    expect(entries.get('e')?.body).toBe('请逐项核查：\n\n<Checklist id="good" />');
  });

  it('in dev reads the collection again when one of its files changes', async () => {
    const root = project();
    const dev = contextFor(root, 'departments', { dev: true });
    await dev.load();
    expect(dev.watcher.add).toHaveBeenCalledWith(join(root, 'content/departments'));
    writeFileSync(join(root, 'content/departments/c.yaml'), 'name: 区丙局\nkind: 职能部门\nsource:\n  meeting: m\n  quote: 各单位\n');
    dev.watcher.emit('change', join(root, 'content/tasks/good.mdx'));
    dev.watcher.emit('add', join(root, 'content/departments/c.yaml'));
    await vi.waitFor(() => expect(dev.log).toEqual(['info 已重新读取 content/departments']));
    expect([...dev.entries.keys()].sort()).toEqual(['a', 'b', 'c', 'g']);
  });
});
