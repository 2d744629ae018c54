/**
 * The one reader of content/: `npm run check` validates what it reads, and the build's loader
 * (./loader.ts) hands the same entries to Astro. One YAML parser, one frontmatter split, one rule
 * for ids, so the check and the pages can never see different data. It never stops at the first
 * bad file, and never throws: every file it cannot read — any bytes, any encoding, a link, a
 * folder where a file should be — becomes a problem naming that file.
 *
 * Symbolic links are refused, wherever they point. Content arrives by pull request, where a link
 * is never needed; a link out of the repository would publish whatever it points at (a build
 * machine's files), a link inside content/ would make one file two entries, and on Windows git
 * checks a link out as a small text file. Only regular files and folders are read.
 */
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { extname, join, posix } from 'node:path';
import type { Problem } from '../lib/problems.ts';
import { COLLECTION_FILES, CONTENT_DIR, type CollectionFiles } from '../schemas/collections.ts';
import { COLLECTION_LABELS, COLLECTIONS, isRealIsoDate, SLUG_PATTERN, type CollectionName } from '../schemas/common.ts';
import { internalError } from './internalError.ts';
import { PUBLISHED_FILE } from './published.ts';
import { parseYaml } from './yaml.ts';

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
  /**
   * Dated collections only: the files in the folder of the entry's own date beside it (a report's
   * evidence), by name, with their sizes in bytes; absent when there is no such folder.
   */
  attachments?: ReadonlyMap<string, number>;
}

/** What a read found: the entries, and the files it could not read. */
export interface ReadResult {
  entries: RawEntry[];
  problems: Problem[];
}

/** Larger than any entry could be (a long speech is 200 KB): a bigger file was put here by mistake. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/**
 * The file's kind, or undefined (with a problem) when it is a link, or cannot be looked at: then
 * the problem is `missing` when the file does not exist, else the system's reason.
 */
function look(path: string, file: string, problems: Problem[], missing?: string): Stats | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    const absent = (error as { code?: unknown } | null)?.code === 'ENOENT';
    problems.push({ file, field: '', message: absent && missing !== undefined ? missing : `无法读取（${systemReason(error)}）` });
    return undefined;
  }
  if (stats.isSymbolicLink()) {
    problems.push({ file, field: '', message: '是符号链接（快捷方式），不会被读取：请把文件本身放在这里，不要用链接' });
    return undefined;
  }
  return stats;
}

/** True only when nothing at all is at `path`: a dangling link or an unreadable folder is something, and reported. */
function absent(path: string): boolean {
  try {
    lstatSync(path);
    return false;
  } catch (error) {
    return (error as { code?: unknown } | null)?.code === 'ENOENT';
  }
}

/** A file system error in a few words: the code, which is what an editor can search for. */
function systemReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * Decodes a file's bytes as UTF-8, or says what they are instead: another encoding (GBK, the
 * default of Chinese Windows, or UTF-16), or no text at all.
 */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: '文件是 UTF-16 编码，请另存为 UTF-8（记事本：另存为 → 编码选 UTF-8）' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: name what it probably is, so the editor knows which setting to change.
  }
  if (bytes.includes(0)) return { ok: false, message: '文件不是文本文件（含有二进制内容）：请确认没有放错文件' };
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { ok: false, message: '文件不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8（记事本：另存为 → 编码选 UTF-8）' };
  } catch {
    return { ok: false, message: '文件不是 UTF-8 编码，请另存为 UTF-8' };
  }
}

/** The text of a regular file, or undefined with a problem saying why it cannot be read. */
function readText(path: string, file: string, stats: Stats, problems: Problem[]): string | undefined {
  if (!stats.isFile()) {
    problems.push({ file, field: '', message: '不是普通文件，不会被读取：请放入文本文件' });
    return undefined;
  }
  if (stats.size > MAX_FILE_BYTES) {
    problems.push({ file, field: '', message: `文件过大（${Math.ceil(stats.size / 1024)} KB，上限 ${MAX_FILE_BYTES / 1024} KB）：请确认没有放错文件` });
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    problems.push({ file, field: '', message: `无法读取（${systemReason(error)}）` });
    return undefined;
  }
  const decoded = decodeText(bytes);
  if (decoded.ok) return decoded.text;
  problems.push({ file, field: '', message: decoded.message });
  return undefined;
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
  const spec: CollectionFiles = COLLECTION_FILES[collection];
  return posix.join(CONTENT_DIR, spec.kind === 'list' ? spec.file : spec.dir);
}

/** Reads one list file: each item is an entry, its `id` field its id. */
function readList(root: string, collection: CollectionName, name: string, result: ReadResult): void {
  const file = posix.join(CONTENT_DIR, name);
  const path = join(root, file);
  const stats = look(path, file, result.problems, `缺少文件（${name} 应为列表，每项一个条目）`);
  if (stats === undefined) return;
  const text = readText(path, file, stats, result.problems);
  if (text === undefined) return;
  const parsed = parseYaml(text, file, 0, result.problems);
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

/** Reads one file of a folder collection into `result`. */
function readFolderFile(dir: string, collection: CollectionName, spec: { dir: string; extensions: readonly string[] }, name: string, seen: Map<string, string>, result: ReadResult): void {
  const { problems } = result;
  const file = posix.join(CONTENT_DIR, spec.dir, name);
  const stats = look(join(dir, name), file, problems);
  if (stats === undefined) return;
  if (stats.isDirectory()) {
    problems.push({ file, field: '', message: `子目录不会被读取：请把文件直接放在 ${CONTENT_DIR}/${spec.dir}/ 下` });
    return;
  }
  const extension = extname(name);
  if (!spec.extensions.includes(extension)) {
    problems.push({ file, field: '', message: `不会被读取：${COLLECTION_LABELS[collection]}文件的扩展名应为 ${spec.extensions.join(' 或 ')}（请改名为 ${name.slice(0, name.length - extension.length)}${spec.extensions[0]}）` });
    return;
  }
  const id = name.slice(0, -extension.length);
  if (!SLUG_PATTERN.test(id)) {
    problems.push({ file, field: '', message: `文件名 "${id}" 不能作为 id：只能用小写英文字母、数字和连字符（请改名为 ${slugHint(id)}${extension}）` });
  }
  const other = seen.get(id);
  if (other !== undefined) problems.push({ file, field: '', message: `id "${id}" 与 ${other} 重复` });
  seen.set(id, file);
  result.entries.push(readEntryFile(join(dir, name), file, stats, collection, id, problems));
}

/** A slug close to a name that is none: `Zhu Jian` → `zhu-jian`. */
function slugHint(name: string, fallback = 'xin-tiaomu'): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || fallback;
}

/** Reads one entry's file: YAML, or Markdown with frontmatter. The entry has no data when it cannot be read. */
function readEntryFile(path: string, file: string, stats: Stats, collection: CollectionName, id: string, problems: Problem[]): RawEntry {
  const text = readText(path, file, stats, problems);
  if (text === undefined) return { collection, id, file, at: '' };
  if (extname(file) === '.yaml') {
    if (text.trim() === '') {
      problems.push({ file, field: '', message: '文件为空：请按示例填写字段，或删除此文件' });
      return { collection, id, file, at: '' };
    }
    const parsed = parseYaml(text, file, 0, problems);
    return parsed.ok ? { collection, id, file, at: '', data: parsed.data } : { collection, id, file, at: '' };
  }
  const read = readFrontmatterFile(text, file, problems);
  return read === undefined ? { collection, id, file, at: '' } : { collection, id, file, at: '', data: read.data, body: read.body, bodyLine: read.bodyLine };
}

/**
 * The ISO date a dated file's name means, and whether the name already is that date: `2022-05-20`
 * is; `2022-5-20`, `2022.5.20` and `20220520` mean it but must be renamed. Undefined for a name
 * that is no real date (`2022-02-30`, `zhoubao`).
 */
export function datedFileName(stem: string): { date: string; exact: boolean } | undefined {
  const match = /^(\d{4})[-._](\d{1,2})[-._](\d{1,2})$/.exec(stem) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(stem);
  if (match === null) return undefined;
  const date = `${match[1]!}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isRealIsoDate(date) ? { date, exact: date === stem } : undefined;
}

/**
 * Reads a dated collection: a folder per unit, in it one YAML file per date, each with an
 * optional folder of the same date holding its files (a report's evidence). The folder may be
 * absent: nothing has been reported yet.
 */
function readDated(root: string, collection: CollectionName, spec: { dir: string }, result: ReadResult): void {
  const folder = posix.join(CONTENT_DIR, spec.dir);
  const dir = join(root, folder);
  if (absent(dir)) return;
  const stats = look(dir, folder, result.problems);
  if (stats === undefined) return;
  if (!stats.isDirectory()) {
    result.problems.push({ file: folder, field: '', message: `应为目录：${folder}/ 下每个单位一个目录，每次${COLLECTION_LABELS[collection]}一个文件` });
    return;
  }
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    try {
      readUnitFolder(dir, collection, spec, name, result);
    } catch (error) {
      result.problems.push({ file: posix.join(folder, name), field: '', message: internalError(error) });
    }
  }
}

/**
 * Reads a folder of list files: each file (`<id>.yaml`, the id of what its items are about) holds
 * a list, and each item is an entry, found at its index, with the id `<file id>/<unit>/<date>`
 * from its own fields. The folder may be absent: nothing has been decided yet.
 */
function readLists(root: string, collection: CollectionName, spec: { dir: string }, result: ReadResult): void {
  const { problems } = result;
  const folder = posix.join(CONTENT_DIR, spec.dir);
  const dir = join(root, folder);
  if (absent(dir)) return;
  const stats = look(dir, folder, problems);
  if (stats === undefined) return;
  if (!stats.isDirectory()) {
    problems.push({ file: folder, field: '', message: `应为目录：${folder}/ 下每个任务一个文件` });
    return;
  }
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const file = posix.join(folder, name);
    try {
      const fileStats = look(join(dir, name), file, problems);
      if (fileStats === undefined) continue;
      if (fileStats.isDirectory()) {
        problems.push({ file, field: '', message: `子目录不会被读取：请把文件直接放在 ${folder}/ 下` });
        continue;
      }
      const extension = extname(name);
      const stem = name.slice(0, name.length - extension.length);
      if (extension !== '.yaml') {
        problems.push({ file, field: '', message: `不会被读取：${COLLECTION_LABELS[collection]}文件的扩展名应为 .yaml（请改名为 ${stem}.yaml）` });
        continue;
      }
      if (!SLUG_PATTERN.test(stem)) {
        problems.push({ file, field: '', message: `文件名 "${stem}" 不能作为任务 id：只能用小写英文字母、数字和连字符（请改为所销号任务的文件名，如 ${slugHint(stem, 'renwu-id')}.yaml）` });
      }
      const text = readText(join(dir, name), file, fileStats, problems);
      if (text === undefined) continue;
      const parsed = parseYaml(text, file, 0, problems);
      if (!parsed.ok) continue;
      if (!Array.isArray(parsed.data) || parsed.data.length === 0) {
        problems.push({ file, field: '', message: '应为列表：每条决定以“- unit: …”开头（没有决定时请删除此文件）' });
        continue;
      }
      const seen = new Map<string, number>();
      parsed.data.forEach((item: unknown, index) => {
        const { unit, date } = (typeof item === 'object' && item !== null ? item : {}) as { unit?: unknown; date?: unknown };
        const id = typeof unit === 'string' && typeof date === 'string' ? `${stem}/${unit}/${date}` : `${stem}/#${index}`;
        const other = seen.get(id);
        if (other !== undefined) problems.push({ file, field: `[${index}]`, message: `与第 ${other + 1} 条是同一单位同一天的决定（每个单位每天只有一条：请合并或删去一条）` });
        seen.set(id, index);
        result.entries.push({ collection, id, file, at: `[${index}].`, data: item });
      });
    } catch (error) {
      problems.push({ file, field: '', message: internalError(error) });
    }
  }
}

/** Reads one unit's folder of a dated collection: its dated files, and the folders of their attachments. */
function readUnitFolder(dir: string, collection: CollectionName, spec: { dir: string }, unit: string, result: ReadResult): void {
  const { problems } = result;
  const label = COLLECTION_LABELS[collection];
  const folder = posix.join(CONTENT_DIR, spec.dir, unit);
  const example = `${CONTENT_DIR}/${spec.dir}/zhujian/2022-05-20.yaml`;
  const stats = look(join(dir, unit), folder, problems);
  if (stats === undefined) return;
  if (!stats.isDirectory()) {
    problems.push({ file: folder, field: '', message: `不会被读取：${label}文件应放在单位目录下，路径为 ${CONTENT_DIR}/${spec.dir}/<单位 id>/<日期>.yaml（如 ${example}）` });
    return;
  }
  if (!SLUG_PATTERN.test(unit)) {
    problems.push({ file: folder, field: '', message: `目录名 "${unit}" 不能作为单位 id：只能用小写英文字母、数字和连字符（请改为该单位在 content/departments/ 下的文件名，如 ${slugHint(unit, 'zhujian')}）` });
  }
  const unitDir = join(dir, unit);
  const seen = new Map<string, string>();
  const read = new Map<string, RawEntry>();
  const folders: string[] = [];
  for (const name of readdirSync(unitDir).sort()) {
    if (name.startsWith('.')) continue;
    const file = posix.join(folder, name);
    const fileStats = look(join(unitDir, name), file, problems);
    if (fileStats === undefined) continue;
    if (fileStats.isDirectory()) {
      folders.push(name);
      continue;
    }
    const extension = extname(name);
    const stem = name.slice(0, name.length - extension.length);
    if (extension !== '.yaml') {
      problems.push({ file, field: '', message: `不会被读取：${label}文件的扩展名应为 .yaml（请改名为 ${stem}.yaml；佐证材料请放在与${label}文件同名的目录下）` });
      continue;
    }
    const dated = datedFileName(stem);
    if (dated === undefined) {
      problems.push({ file, field: '', message: `文件名 "${stem}" 不是日期：${label}文件以${label}日期命名，写成 YYYY-MM-DD.yaml（如 ${example}）` });
    } else if (!dated.exact) {
      problems.push({ file, field: '', message: `文件名 "${stem}" 应写成 YYYY-MM-DD（请改名为 ${dated.date}.yaml）` });
    }
    const id = `${unit}/${dated?.date ?? stem}`;
    const other = seen.get(id);
    if (other !== undefined) problems.push({ file, field: '', message: `与 ${other} 是同一单位同一天的${label}（每个单位每天只有一份：请把两个文件合并为一个）` });
    seen.set(id, file);
    const entry = readEntryFile(join(unitDir, name), file, fileStats, collection, id, problems);
    read.set(stem, entry);
    result.entries.push(entry);
  }
  for (const name of folders) {
    const entry = read.get(name);
    if (entry === undefined) {
      problems.push({ file: posix.join(folder, name), field: '', message: `目录没有对应的${label}文件：佐证材料目录须与${label}文件同名（请添加 ${name}.yaml，或把目录改名为对应${label}文件的日期）` });
      continue;
    }
    entry.attachments = readAttachments(join(unitDir, name), posix.join(folder, name), problems);
  }
}

/** The files in an entry's attachment folder, by name, with their sizes in bytes. */
function readAttachments(dir: string, folder: string, problems: Problem[]): ReadonlyMap<string, number> {
  const files = new Map<string, number>();
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const file = posix.join(folder, name);
    const stats = look(join(dir, name), file, problems);
    if (stats === undefined) continue;
    if (!stats.isFile()) {
      problems.push({ file, field: '', message: `子目录不会被读取：佐证材料请直接放在 ${folder}/ 下` });
      continue;
    }
    files.set(name, stats.size);
  }
  return files;
}

/** Reads a folder of one file per entry: the file name, without its extension, is the id. */
function readFolder(root: string, collection: CollectionName, spec: { dir: string; extensions: readonly string[]; optional?: true }, result: ReadResult): void {
  const folder = posix.join(CONTENT_DIR, spec.dir);
  const dir = join(root, folder);
  const label = COLLECTION_LABELS[collection];
  if (spec.optional === true && absent(dir)) return;
  const stats = look(dir, folder, result.problems, `缺少${label}目录 ${folder}/（每个${label}一个文件，至少要有一个）`);
  if (stats === undefined) return;
  if (!stats.isDirectory()) {
    result.problems.push({ file: folder, field: '', message: `应为目录：${folder}/ 下每个${label}一个文件` });
    return;
  }
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    try {
      readFolderFile(dir, collection, spec, name, seen, result);
    } catch (error) {
      result.problems.push({ file: posix.join(folder, name), field: '', message: internalError(error) });
    }
  }
}

/**
 * Reads one unit's folder of a dated collection (its files, their attachments, and the problems
 * of each) as `readContent` reads it among the others: what an import reads again after writing
 * one of the unit's reports. A folder that does not exist holds no entry.
 */
export function readUnitEntries(root: string, collection: CollectionName, unit: string): ReadResult {
  const result: ReadResult = { entries: [], problems: [] };
  const spec: CollectionFiles = COLLECTION_FILES[collection];
  if (spec.kind !== 'dated') throw new Error(`readUnitEntries: ${collection} is not a dated collection`);
  const dir = join(root, CONTENT_DIR, spec.dir);
  if (absent(join(dir, unit))) return result;
  try {
    readUnitFolder(dir, collection, spec, unit, result);
  } catch (error) {
    result.problems.push({ file: posix.join(CONTENT_DIR, spec.dir, unit), field: '', message: internalError(error) });
  }
  return result;
}

/** Reads one collection of the project at `root`. */
export function readCollection(root: string, collection: CollectionName): ReadResult {
  const result: ReadResult = { entries: [], problems: [] };
  const spec: CollectionFiles = COLLECTION_FILES[collection];
  try {
    if (spec.kind === 'list') readList(root, collection, spec.file, result);
    else if (spec.kind === 'dated') readDated(root, collection, spec, result);
    else if (spec.kind === 'lists') readLists(root, collection, spec, result);
    else readFolder(root, collection, spec, result);
  } catch (error) {
    result.problems.push({ file: collectionPath(collection), field: '', message: internalError(error) });
  }
  return result;
}

/**
 * Reads every collection under `root/content`, and names the files no collection reads. A
 * collection with no entry at all is a problem too: a site without tasks (a folder renamed or
 * lost in a merge) must not build as an empty site.
 */
export function readContent(root: string): ReadResult {
  const contentRoot = join(root, CONTENT_DIR);
  const result: ReadResult = { entries: [], problems: [] };
  const stats = look(contentRoot, CONTENT_DIR, result.problems, '找不到 content 目录');
  if (stats === undefined) return result;
  if (!stats.isDirectory()) return { entries: [], problems: [{ file: CONTENT_DIR, field: '', message: '找不到 content 目录（content 应为目录）' }] };
  for (const collection of COLLECTIONS) {
    const read = readCollection(root, collection);
    result.entries.push(...read.entries);
    result.problems.push(...read.problems);
    const path = collectionPath(collection);
    const spec: CollectionFiles = COLLECTION_FILES[collection];
    // Nothing reported, decided or issued yet is no fault: these collections fill up over time.
    const optional = spec.kind === 'dated' || spec.kind === 'lists' || (spec.kind === 'folder' && spec.optional === true);
    if (read.entries.length === 0 && !optional && !read.problems.some((problem) => problem.file === path)) {
      const where = spec.kind === 'list' ? `${path} 中` : `${path}/ 下`;
      result.problems.push({ file: path, field: '', message: `没有任何${COLLECTION_LABELS[collection]}：${where}至少要有一个（网站不能没有${COLLECTION_LABELS[collection]}）` });
    }
  }
  const expected = [...COLLECTIONS.map((collection) => posix.basename(collectionPath(collection))), posix.basename(PUBLISHED_FILE)];
  let names: string[];
  try {
    names = readdirSync(contentRoot).sort();
  } catch (error) {
    result.problems.push({ file: CONTENT_DIR, field: '', message: `无法读取（${systemReason(error)}）` });
    return result;
  }
  for (const name of names) {
    if (name.startsWith('.') || expected.includes(name)) continue;
    result.problems.push({ file: posix.join(CONTENT_DIR, name), field: '', message: `不会被读取：content/ 下只应有 ${expected.join('、')}` });
  }
  return result;
}
