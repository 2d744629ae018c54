/**
 * Writes a gzip copy (`page.html.gz`) beside each text file of the built site, for nginx's
 * `gzip_static` (deploy/nginx.conf): the server sends the copy instead of compressing every
 * response again, and the copy is compressed harder than a server would on the fly. Registered
 * last in astro.config.ts, when `COMPRESS=1`, so that Pagefind's files exist when it runs.
 */
import { readdirSync } from 'node:fs';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const gzipAsync = promisify(gzip);

/**
 * The text files worth a copy. Pagefind's index, fragments and engine (`.pf_*`, `.pagefind`) are
 * not among them: Pagefind writes them gzip-compressed already. Nor are .xlsx and .docx, which
 * are zip archives.
 */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv', '.ics']);

/** What compressing a folder did: files copied, and their bytes before and after. */
export interface Compressed {
  files: number;
  bytes: number;
  gzipBytes: number;
}

/** Whether `env` asks for compressed copies: `COMPRESS` set to anything but empty, 0 or false. */
export function compressionAsked(env: NodeJS.ProcessEnv = process.env): boolean {
  return !['', '0', 'false'].includes(env['COMPRESS'] ?? '');
}

/**
 * Writes `<file>.gz` for every compressible file under `dir`, at gzip's highest level, with the
 * original's modification time (nginx then sends the same Last-Modified either way). A file that
 * gzip would not shrink (a tiny one) gets no copy.
 */
export async function compressFolder(dir: string): Promise<Compressed> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
  const result: Compressed = { files: 0, bytes: 0, gzipBytes: 0 };
  // zlib works on libuv's thread pool; a few files at a time keep it busy without holding every
  // page of a large site in memory at once.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const data = await readFile(file);
      const packed = await gzipAsync(data, { level: constants.Z_BEST_COMPRESSION });
      if (packed.length >= data.length) continue;
      await writeFile(`${file}.gz`, packed);
      const { atime, mtime } = await stat(file);
      await utimes(`${file}.gz`, atime, mtime);
      result.files += 1;
      result.bytes += data.length;
      result.gzipBytes += packed.length;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return result;
}

/** The integration; add it last in astro.config.ts (it refuses to run before another). */
export function compressAssets(): AstroIntegration {
  return {
    name: 'duban:compress',
    hooks: {
      'astro:config:done': ({ config }) => {
        const after = config.integrations.slice(config.integrations.findIndex((integration) => integration.name === 'duban:compress') + 1);
        if (after.length > 0) {
          throw new Error(`duban:compress must be the last integration: files that ${after.map((integration) => integration.name).join(', ')} writes after it would have no .gz copy.`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { files, bytes, gzipBytes } = await compressFolder(fileURLToPath(dir));
        const saved = bytes === 0 ? 0 : Math.round((1 - gzipBytes / bytes) * 100);
        logger.info(`gzip copies of ${files} files: ${bytes} B → ${gzipBytes} B (${saved} % less) in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
