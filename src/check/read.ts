/**
 * The one reader of content/: `npm run check` validates what it reads, and the build's loader
 * (./loader.ts) hands the same entries to Astro. One YAML parser, one frontmatter split, one rule
 * for ids, so the check and the pages can never see different data. It never stops at the first
 * bad file: every file it cannot read becomes a problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import yaml from 'js-yaml';
import type { Problem } from '../lib/problems.ts';
import { COLLECTION_FILES, CONTENT_DIR } from '../schemas/collections.ts';
import { COLLECTION_LABELS, COLLECTIONS, SLUG_PATTERN, type CollectionName } from '../schemas/common.ts';

/** One entry as read from disk, not yet validated. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path from the project root, with forward slashes. */
  file: string;
  /** Field-path prefix inside the file (`[2].` in a list file, else empty). */
  at: string;
  /** The parsed data; absent when the file could not be read (a problem says why). */
  data?: unknown;
  /** The Markdown body after the frontmatter, without the blank lines around it (md/mdx only). */
  body?: string;
  /** The line of the file the body starts on, so that a problem in it names the file's line. */
  bodyLine?: number;
}

/** What a read found: the entries, and the files it could not read. */
export interface ReadResult {
  entries: RawEntry[];
  problems: Problem[];
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/**
 * Parses YAML text. Dates stay text (the core schema has no timestamps), so that `2022-02-30` is
 * refused by the date schema instead of rolling over to 2 March as a YAML timestamp would.
 */
function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[]): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file }) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = (error.mark?.line ?? 0) + 1 + lineOffset;
      problems.push({
        file,
        field: `第 ${line} 行`,
        message: `YAML 语法错误：${error.reason}（检查缩进是否对齐、冒号后是否有空格；含冒号或以符号开头的文字请加英文引号）`,
      });
      return { ok: false };
    }
    throw error;
  }
}

/** Reads one md/mdx file: YAML frontmatter between `---` lines, then the body. */
function readFrontmatterFile(text: string, file: string, problems: Problem[]): { data: unknown; body: string; bodyLine: number } | undefined {
  const match = FRONTMATTER.exec(text);
  if (match === null) {
    problems.push({ file, field: '', message: '缺少开头的元数据块：文件须以 --- 开头，写完字段后再以 --- 结束' });
    return undefined;
  }
  const parsed = parseYaml(match[1]!, file, 1, problems);
  const body = match[2]!.trim();
  const bodyLine = text.slice(0, text.length - match[2]!.trimStart().length).split('\n').length;
  return parsed.ok ? { data: parsed.data, body, bodyLine } : undefined;
}

/**
 * One content file's text as this reader parses it (YAML, or frontmatter and body), without
 * validating it: how src/data/history.ts reads a file as it was at an earlier commit. Undefined
 * when the text cannot be parsed.
 */
export function parseContentText(file: string, text: string): { data: unknown; body?: string } | undefined {
  const problems: Problem[] = [];
  if (file.endsWith('.yaml')) {
    const parsed = parseYaml(text, file, 0, problems);
    return parsed.ok ? { data: parsed.data } : undefined;
  }
  const read = readFrontmatterFile(text, file, problems);
  return read === undefined ? undefined : { data: read.data, body: read.body };
}

/** The folder or file of a collection, from the project root. */
export function collectionPath(collection: CollectionName): string {
  const spec = COLLECTION_FILES[collection];
  return posix.join(CONTENT_DIR, spec.kind === 'list' ? spec.file : spec.dir);
}

/** Reads one list file: each item is an entry, its `id` field its id. */
function readList(root: string, collection: CollectionName, name: string, result: ReadResult): void {
  const file = posix.join(CONTENT_DIR, name);
  const path = join(root, file);
  if (!existsSync(path)) {
    result.problems.push({ file, field: '', message: `缺少文件（${name} 应为列表，每项一个条目）` });
    return;
  }
  const parsed = parseYaml(readFileSync(path, 'utf8'), file, 0, result.problems);
  if (!parsed.ok) return;
  if (!Array.isArray(parsed.data)) {
    result.problems.push({ file, field: '', message: '应为列表：每个条目以“- id: …”开头' });
    return;
  }
  parsed.data.forEach((item: unknown, index) => {
    const id = typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : `#${index}`;
    result.entries.push({ collection, id, file, at: `[${index}].`, data: item });
  });
}

/** Reads a folder of one file per entry: the file name, without its extension, is the id. */
function readFolder(root: string, collection: CollectionName, spec: { dir: string; extensions: readonly string[] }, result: ReadResult): void {
  const { entries, problems } = result;
  const dir = join(root, CONTENT_DIR, spec.dir);
  if (!existsSync(dir)) return;
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const file = posix.join(CONTENT_DIR, spec.dir, name);
    if (name.startsWith('.')) continue;
    if (statSync(join(dir, name)).isDirectory()) {
      problems.push({ file, field: '', message: `子目录不会被读取：请把文件直接放在 ${CONTENT_DIR}/${spec.dir}/ 下` });
      continue;
    }
    const extension = extname(name);
    if (!spec.extensions.includes(extension)) {
      problems.push({ file, field: '', message: `不会被读取：${COLLECTION_LABELS[collection]}文件的扩展名应为 ${spec.extensions.join(' 或 ')}（请改名为 ${name.slice(0, name.length - extension.length)}${spec.extensions[0]}）` });
      continue;
    }
    const id = name.slice(0, -extension.length);
    if (!SLUG_PATTERN.test(id)) {
      const hint = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'xin-tiaomu';
      problems.push({ file, field: '', message: `文件名 "${id}" 不能作为 id：只能用小写英文字母、数字和连字符（请改名为 ${hint}${extension}）` });
    }
    const other = seen.get(id);
    if (other !== undefined) problems.push({ file, field: '', message: `id "${id}" 与 ${other} 重复` });
    seen.set(id, file);

    const text = readFileSync(join(dir, name), 'utf8');
    if (extension === '.yaml') {
      if (text.trim() === '') {
        problems.push({ file, field: '', message: '文件为空：请按示例填写字段，或删除此文件' });
        entries.push({ collection, id, file, at: '' });
        continue;
      }
      const parsed = parseYaml(text, file, 0, problems);
      entries.push(parsed.ok ? { collection, id, file, at: '', data: parsed.data } : { collection, id, file, at: '' });
    } else {
      const read = readFrontmatterFile(text, file, problems);
      entries.push(read === undefined ? { collection, id, file, at: '' } : { collection, id, file, at: '', data: read.data, body: read.body, bodyLine: read.bodyLine });
    }
  }
}

/** Reads one collection of the project at `root`. */
export function readCollection(root: string, collection: CollectionName): ReadResult {
  const result: ReadResult = { entries: [], problems: [] };
  const spec = COLLECTION_FILES[collection];
  if (spec.kind === 'list') readList(root, collection, spec.file, result);
  else readFolder(root, collection, spec, result);
  return result;
}

/** Reads every collection under `root/content`, and names the files no collection reads. */
export function readContent(root: string): ReadResult {
  const contentRoot = join(root, CONTENT_DIR);
  if (!existsSync(contentRoot)) return { entries: [], problems: [{ file: CONTENT_DIR, field: '', message: '找不到 content 目录' }] };
  const result: ReadResult = { entries: [], problems: [] };
  for (const collection of COLLECTIONS) {
    const read = readCollection(root, collection);
    result.entries.push(...read.entries);
    result.problems.push(...read.problems);
  }
  const expected = COLLECTIONS.map((collection) => posix.basename(collectionPath(collection)));
  for (const name of readdirSync(contentRoot).sort()) {
    if (name.startsWith('.') || expected.includes(name)) continue;
    result.problems.push({ file: posix.join(CONTENT_DIR, name), field: '', message: `不会被读取：content/ 下只应有 ${expected.join('、')}` });
  }
  return result;
}
