/**
 * The build's gzip copies: one beside each text file that gzip shrinks, identical once unpacked,
 * with the original's modification time; none for files that are compressed already. The
 * integration runs last, so that Pagefind's files have copies too.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroConfig } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { compressAssets, compressFolder, compressionAsked } from '~/integrations/compress';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A small built site: a page, a stylesheet, Pagefind's files, an export, a tiny script. */
function site(): string {
  dir = mkdtempSync(join(tmpdir(), 'duban-compress-'));
  const page = `<!doctype html><title>单位</title>${'<p>区公安分局：牵头落实督察组交办的信访件。</p>'.repeat(40)}`;
  mkdirSync(join(dir, 'units/gongan'), { recursive: true });
  mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
  writeFileSync(join(dir, 'units/gongan/index.html'), page);
  writeFileSync(join(dir, 'style.css'), 'main { margin-inline: auto; }\n'.repeat(30));
  writeFileSync(join(dir, 'pagefind/pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { 'zh-cn': { hash: 'zh-cn_abc', wasm: 'zh-cn', page_count: 69 } } }).repeat(5));
  writeFileSync(join(dir, 'pagefind/fragment/zh-cn_1.pf_fragment'), 'x'.repeat(2000));
  writeFileSync(join(dir, 'tasks.xlsx'), 'x'.repeat(2000));
  writeFileSync(join(dir, 'a.js'), 'x');
  utimesSync(join(dir, 'units/gongan/index.html'), new Date('2026-01-02T03:04:05Z'), new Date('2026-01-02T03:04:05Z'));
  return dir;
}

const gzipCopies = (root: string) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.gz'))
    .sort();

describe('compressionAsked', () => {
  it('is on for COMPRESS=1 (or any other value), off when unset, empty, 0 or false', () => {
    expect([{ COMPRESS: '1' }, { COMPRESS: 'yes' }, {}, { COMPRESS: '' }, { COMPRESS: '0' }, { COMPRESS: 'false' }].map((env) => compressionAsked(env))).toEqual([true, true, false, false, false, false]);
  });
});

describe('compressFolder', () => {
  it('writes a copy of each text file gzip shrinks, none for compressed formats or tiny files', async () => {
    const root = site();
    const result = await compressFolder(root);
    expect(gzipCopies(root)).toEqual(['pagefind/pagefind-entry.json.gz', 'style.css.gz', 'units/gongan/index.html.gz']);
    expect(result.files).toBe(3);
    expect(result.gzipBytes).toBeLessThan(result.bytes / 4);
  });

  it('writes copies that unpack to the file, with its modification time', async () => {
    const root = site();
    await compressFolder(root);
    const page = join(root, 'units/gongan/index.html');
    expect(gunzipSync(readFileSync(`${page}.gz`)).equals(readFileSync(page))).toBe(true);
    expect(statSync(`${page}.gz`).mtime.toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });
});

describe('the integration', () => {
  const configDone = (names: string[]) => {
    const hook = compressAssets().hooks['astro:config:done'] as unknown as (options: { config: Pick<AstroConfig, 'integrations'> }) => void;
    return () => hook({ config: { integrations: names.map((name) => ({ name, hooks: {} })) } });
  };

  it('runs last, after Pagefind has written its index', () => {
    expect(configDone(['duban:content-check', 'duban:pagefind', 'duban:compress'])).not.toThrow();
    expect(configDone(['duban:compress', 'duban:pagefind'])).toThrow('duban:compress must be the last integration: files that duban:pagefind writes after it would have no .gz copy.');
  });

  it('compresses the built site and says how much it saved', async () => {
    const root = site();
    const logged: string[] = [];
    const hook = compressAssets().hooks['astro:build:done'] as unknown as (options: unknown) => Promise<void>;
    await hook({ dir: pathToFileURL(`${root}/`), logger: { info: (line: string) => logged.push(line) } });
    expect(logged).toEqual([expect.stringMatching(/^gzip copies of 3 files: \d+ B → \d+ B \(\d+ % less\) in \d+ ms\.$/)]);
    expect(gzipCopies(root)).toHaveLength(3);
  });
});
