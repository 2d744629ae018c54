/**
 * npm run package's pieces: the archive's name and content date, the base path read from the
 * build, the 部署说明, and an archive whose checksums `sha256sum -c` accepts, holding the site
 * under its base path beside the server block for that base.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chinaDate } from '~/lib/dates';
import { nginxConf } from '../../../../scripts/deploy/nginx.ts';
import { builtBase, checksums, contentDate, instructions, packageName, writePackage } from '../../../../scripts/deploy/package.ts';

const ROOT = join(import.meta.dirname, '../../../..');
/** sha256sum says OK in English, whatever the machine's language. */
const C_LOCALE = { ...process.env, LC_ALL: 'C' };
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A tiny built site in a temporary folder, its home page linking `<prefix>_astro/`. */
function dist(prefix = '/ducha/'): string {
  dir = mkdtempSync(join(tmpdir(), 'duban-package-test-'));
  const site = join(dir, 'dist');
  mkdirSync(join(site, '_astro'), { recursive: true });
  writeFileSync(join(site, 'index.html'), `<!doctype html><link rel="stylesheet" href="${prefix}_astro/Base.abc.css"><title>督办</title>`);
  writeFileSync(join(site, 'index.html.gz'), 'gz');
  writeFileSync(join(site, '_astro/Base.abc.css'), 'main{}');
  return site;
}

describe('packageName and contentDate', () => {
  it('names the archive after the content date and the version', () => {
    expect(packageName('2026-11-28', '0.1.0')).toBe('duban-site-2026-11-28-0.1.0');
  });

  it('dates the content by its last commit, as the footer does; without git, today', () => {
    const fromGit = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content'], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(contentDate(ROOT)).toBe(fromGit);
    dir = mkdtempSync(join(tmpdir(), 'duban-no-git-'));
    expect(contentDate(dir)).toBe(chinaDate());
  });
});

describe('builtBase', () => {
  it('reads the base path from the stylesheet links of the home page', () => {
    expect(builtBase(dist('/ducha/'))).toBe('/ducha/');
    rmSync(dir, { recursive: true });
    expect(builtBase(dist('/'))).toBe('/');
  });

  it('says when there is no build, or no way to tell its base', () => {
    const site = dist();
    expect(() => builtBase(join(dir, 'missing'))).toThrow(`${join(dir, 'missing')} 中没有 index.html：请先构建网站（npm run build）`);
    writeFileSync(join(site, 'index.html'), '<title>督办</title>');
    expect(() => builtBase(site)).toThrow(`${join(site, 'index.html')} 没有链接 _astro/ 下的样式表，看不出它是按哪个基础路径构建的`);
  });
});

describe('checksums and instructions', () => {
  it('writes lines sha256sum -c reads', () => {
    const site = dist();
    expect(checksums(site, ['_astro/Base.abc.css', 'index.html'])).toBe(execFileSync('sha256sum', ['_astro/Base.abc.css', 'index.html'], { cwd: site, encoding: 'utf8' }));
  });

  it('fills every placeholder of the 部署说明 with this package', () => {
    const text = instructions({ name: 'duban-site-2026-11-28-0.1.0', date: '2026-11-28', version: '0.1.0', base: '/ducha/' });
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).toContain('    sudo tar -xzf duban-site-2026-11-28-0.1.0.tar.gz -C /srv\n');
    expect(text).toContain('    sudo ln -sfn /srv/duban-site-2026-11-28-0.1.0 /srv/duban\n');
    expect(text).toContain('    sudo cp /srv/duban/nginx.conf /etc/nginx/conf.d/duban.conf\n');
    expect(text).toContain('站点文件：/srv/duban/site/ducha/');
  });
});

describe('writePackage', () => {
  it('packs the site under its base path with its server block, guide and checksums', async () => {
    const site = dist();
    const out = join(dir, 'out');
    const made = await writePackage({ dist: site, out, base: '/ducha/', date: '2026-11-28', version: '0.1.0' });
    const name = 'duban-site-2026-11-28-0.1.0';
    expect(made).toEqual({ archive: join(out, `${name}.tar.gz`), name, files: 6 });
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8', env: C_LOCALE })).toBe(`${name}.tar.gz: OK\n`);
    expect(readFileSync(join(out, '部署说明.txt'), 'utf8')).toBe(instructions({ name, date: '2026-11-28', version: '0.1.0', base: '/ducha/' }));

    const listing = execFileSync('tar', ['-tzvf', made.archive], { encoding: 'utf8' }).trim().split('\n');
    expect(listing.map((line) => line.split(/\s+/).pop())).toEqual([
      `${name}/`,
      `${name}/SHA256SUMS`,
      `${name}/nginx.conf`,
      `${name}/site/`,
      `${name}/site/ducha/`,
      `${name}/site/ducha/_astro/`,
      `${name}/site/ducha/_astro/Base.abc.css`,
      `${name}/site/ducha/index.html`,
      `${name}/site/ducha/index.html.gz`,
      `${name}/部署说明.txt`,
    ]);
    expect(listing.every((line) => line.includes(' 0/0 '))).toBe(true);

    const unpacked = join(dir, 'srv');
    mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', made.archive, '-C', unpacked]);
    const folder = join(unpacked, name);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8', env: C_LOCALE }).trim().split('\n')).toEqual(
      ['nginx.conf', 'site/ducha/_astro/Base.abc.css', 'site/ducha/index.html', 'site/ducha/index.html.gz', '部署说明.txt'].map((file) => `${file}: OK`),
    );
    expect(readFileSync(join(folder, 'nginx.conf'), 'utf8')).toBe(nginxConf({ base: '/ducha/' }));
  });
});
