/**
 * The pieces of `npm run package` (scripts/package.ts): a dated archive of the built site for
 * carrying onto a closed network, with its nginx server block, the 部署说明 and checksums.
 *
 * The archive holds one folder, `duban-site-<content date>-<version>/`: `site/<base>/` (dist/ as
 * built), `nginx.conf` (for that base), `部署说明.txt`, and `SHA256SUMS` over all of them. Beside
 * the archive go a `SHA256SUMS` of the archive itself, checked after the journey, and a copy of
 * the 部署说明 to read before unpacking.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';
import { fill } from '../../src/i18n/fill.ts';
import { chinaDate } from '../../src/lib/dates.ts';
import { INSTALL_DIR, nginxBase, nginxConf, SITE_DIR } from './nginx.ts';

/** Where `npm run package` writes unless told otherwise (ignored by git). */
export const PACKAGE_DIR = '.package';

/** The checksum file, inside the archive and beside it: what `sha256sum -c` reads. */
export const CHECKSUMS_FILE = 'SHA256SUMS';

/** The deployment guide, inside the archive and beside it. */
export const INSTRUCTIONS_FILE = '部署说明.txt';

/** The guide's template, `{placeholders}` filled by `instructions()`. */
const INSTRUCTIONS_TEMPLATE = join(import.meta.dirname, '../../deploy/部署说明.txt');

/** `duban-site-<content date>-<version>`: the archive's name without `.tar.gz`, and its folder. */
export function packageName(contentDate: string, version: string): string {
  return `duban-site-${contentDate}-${version}`;
}

/**
 * The date of the content: that of the last commit that touched content/, as the footer's content
 * version shows it (src/data/build.ts); without git history (a copy of the files), today's date.
 */
export function contentDate(root: string): string {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (date !== '') return date;
  } catch {
    // not a repository, or no git: fall back to today
  }
  return chinaDate();
}

/**
 * The base path a built site was built for, read from its home page: every page links its
 * stylesheets as `<base>_astro/…` (stylesheets are never inlined, see astro.config.ts).
 */
export function builtBase(dist: string): string {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) throw new Error(`${dist} 中没有 index.html：请先构建网站（npm run build）`);
  const prefix = /\shref="([^"]*)_astro\//.exec(readFileSync(home, 'utf8'))?.[1];
  if (prefix === undefined) throw new Error(`${home} 没有链接 _astro/ 下的样式表，看不出它是按哪个基础路径构建的`);
  return nginxBase(decodeURIComponent(prefix));
}

/** The files under `dir`, as sorted `/`-separated paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** `sha256sum` lines (`<hex>  <path>`) for `files` (paths relative to `dir`). */
export function checksums(dir: string, files: readonly string[]): string {
  return files.map((file) => `${createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')}  ${file}\n`).join('');
}

/** The 部署说明 for one package. */
export function instructions(values: { name: string; date: string; version: string; base: string }): string {
  return fill(readFileSync(INSTRUCTIONS_TEMPLATE, 'utf8'), { ...values, install: INSTALL_DIR });
}

/** What `writePackage` made. */
export interface Package {
  /** The archive's path. */
  archive: string;
  /** Its name without `.tar.gz`, also the folder it unpacks into. */
  name: string;
  /** How many files it holds. */
  files: number;
}

/**
 * Packs `dist` (built for `base`) into `<out>/<name>.tar.gz`, with SHA256SUMS and the 部署说明
 * beside it. GNU tar writes the archive sorted and owned by root, so the same build packs into the
 * same bytes. Files keep the build's modification times: nginx's ETag is made of time and size,
 * and a changed page of the same size must not pass a browser's revalidation as unchanged.
 */
export async function writePackage(options: { dist: string; out: string; base: string; date: string; version: string }): Promise<Package> {
  const { dist, out, date, version } = options;
  const base = nginxBase(options.base);
  const name = packageName(date, version);
  const staging = mkdtempSync(join(tmpdir(), 'duban-package-'));
  try {
    const folder = join(staging, name);
    cpSync(dist, join(folder, SITE_DIR, base), { recursive: true });
    writeFileSync(join(folder, 'nginx.conf'), nginxConf({ base }));
    const guide = instructions({ name, date, version, base });
    writeFileSync(join(folder, INSTRUCTIONS_FILE), guide);
    const files = filesUnder(folder);
    writeFileSync(join(folder, CHECKSUMS_FILE), checksums(folder, files));

    mkdirSync(out, { recursive: true });
    const archive = join(out, `${name}.tar.gz`);
    const tar = spawn('tar', ['--create', '--sort=name', '--owner=0', '--group=0', '--numeric-owner', '--mode=u+rwX,go+rX,go-w', `--directory=${staging}`, name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    tar.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const exited = new Promise<number | null>((resolve, reject) => {
      tar.once('error', reject);
      tar.once('close', resolve);
    });
    await pipeline(tar.stdout, createGzip({ level: constants.Z_BEST_COMPRESSION }), createWriteStream(archive));
    const status = await exited;
    if (status !== 0) throw new Error(`tar 打包失败（需要 GNU tar）：${errors.trim()}`);

    writeFileSync(join(out, CHECKSUMS_FILE), checksums(out, [`${name}.tar.gz`]));
    writeFileSync(join(out, INSTRUCTIONS_FILE), guide);
    return { archive, name, files: files.length + 1 };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
