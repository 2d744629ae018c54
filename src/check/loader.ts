/**
 * The content-layer loader of every collection (src/content.config.ts). It hands Astro what the
 * check's reader (./read.ts) reads, so the pages see the very entries `npm run check` validated:
 * one YAML parser, one frontmatter split, one rule for ids. Data goes through the collection's
 * schema (`parseData`) and its body through the body check (./body.ts); a Markdown body is rendered
 * here, as Astro's glob() loader does; an MDX body is left to @astrojs/mdx, which compiles the file
 * when a page renders it. In `astro dev` a collection is read again whenever one of its files
 * changes.
 */
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { formatProblem } from '../lib/problems.ts';
import { COLLECTION_SCHEMAS } from '../schemas/collections.ts';
import type { CollectionName } from '../schemas/common.ts';
import { entryBodyProblems } from './body.ts';
import { collectionPath, readCollection, type RawEntry } from './read.ts';

/** The loader for one collection. */
export function contentLoader(collection: CollectionName): Loader {
  return {
    name: 'duban:content',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await syncCollection(context, root, collection);
      if (context.watcher !== undefined) watchCollection(context, root, collection);
    },
  };
}

/**
 * Reads the collection and brings the store in line: new and changed entries are validated and
 * stored, unchanged ones kept as they are, vanished ones deleted. Files the reader cannot read,
 * and entries their schema refuses, are the content check's to report (src/integrations/
 * contentCheck.ts stops a build on them before any loader runs); in dev they are left out.
 */
async function syncCollection(context: LoaderContext, root: string, collection: CollectionName): Promise<void> {
  const kept = new Set<string>();
  // The checklists a body's <Checklist id> may name, read only when some entry has a body.
  let checklists: ReadonlySet<string> | undefined;
  const checklistIds = () => (checklists ??= new Set(readCollection(root, 'checklists').entries.map((entry) => entry.id)));
  for (const entry of readCollection(root, collection).entries) {
    if (await storeEntry(context, root, entry, checklistIds)) kept.add(entry.id);
  }
  for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
}

const schemaPrints = new Map<CollectionName, string>();

/**
 * The collection's schema as JSON Schema text, part of every entry's digest: an entry stored by a
 * build with another schema (a field added with a default) is parsed again, never kept as that
 * schema left it.
 */
function schemaPrint(collection: CollectionName): string {
  let print = schemaPrints.get(collection);
  if (print === undefined) {
    print = JSON.stringify(z.toJSONSchema(COLLECTION_SCHEMAS[collection], { io: 'input', unrepresentable: 'any' }));
    schemaPrints.set(collection, print);
  }
  return print;
}

/** Stores one entry unless it is unchanged; false when it cannot be shown (dev only). */
async function storeEntry(context: LoaderContext, root: string, entry: RawEntry, checklists: () => ReadonlySet<string>): Promise<boolean> {
  const { store, parseData, renderMarkdown, generateDigest, logger, watcher } = context;
  if (!isRecord(entry.data)) return false;
  const digest = generateDigest({ data: entry.data, body: entry.body ?? null, schema: schemaPrint(entry.collection) });
  const stored = store.get(entry.id);
  // Astro lists the MDX modules to render from the stored entries, so a kept entry needs nothing.
  if (stored?.digest === digest && stored.filePath === entry.file) return true;
  // A body the check refuses is never stored, so no page renders it and no MDX module is compiled.
  const refused = entry.body === undefined ? [] : entryBodyProblems(entry, checklists());
  if (refused.length > 0) {
    if (watcher === undefined) throw new Error(refused.map(formatProblem).join('\n'));
    logger.warn(`${entry.file}（${entry.id}）的正文未通过内容检查：改正之前，页面上没有这个条目`);
    return false;
  }
  const filePath = join(root, entry.file);
  let data: Record<string, unknown>;
  try {
    data = await parseData({ id: entry.id, data: entry.data, filePath });
  } catch (error) {
    if (watcher === undefined) throw error;
    logger.warn(`${entry.file}（${entry.id}）未通过内容检查：改正之前，页面上没有这个条目`);
    return false;
  }
  const common = { id: entry.id, data, filePath: entry.file, digest, ...(entry.body === undefined ? {} : { body: entry.body }) };
  if (entry.body === undefined) store.set(common);
  else if (entry.file.endsWith('.mdx')) store.set({ ...common, deferredRender: true });
  else store.set({ ...common, rendered: await renderMarkdown(markdownSource(entry.body), { fileURL: pathToFileURL(filePath) }) });
  return true;
}

/** `renderMarkdown` strips a frontmatter block first, and the body has none left: a body that
 * opens with a `---` rule of its own gets an empty block to strip instead. */
function markdownSource(body: string): string {
  return /^(?:---|\+\+\+)/.test(body) ? `---\n---\n${body}` : body;
}

/** In dev: read the collection again when a file in it is added, changed or removed. */
function watchCollection(context: LoaderContext, root: string, collection: CollectionName): void {
  const { watcher, logger } = context;
  if (watcher === undefined) return;
  const path = join(root, collectionPath(collection));
  const concerns = (changed: string) => changed === path || changed.startsWith(path + sep);
  // One read at a time; changes that arrive meanwhile (a checkout touches many files) share the
  // next read.
  let running: Promise<void> | undefined;
  let again = false;
  const reload = (changed: string) => {
    if (!concerns(changed)) return;
    if (running !== undefined) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await syncCollection(context, root, collection);
      } while (again);
      logger.info(`已重新读取 ${collectionPath(collection)}`);
    })()
      .catch((error: unknown) => logger.error(`重新读取 ${collectionPath(collection)} 失败：${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = undefined;
      });
  };
  watcher.add(path);
  watcher.on('add', reload);
  watcher.on('change', reload);
  watcher.on('unlink', reload);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
