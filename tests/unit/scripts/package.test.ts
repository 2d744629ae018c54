/**
 * npm run package as staff run it: it packs a build and says where the checksums are, warns when
 * the build has no .gz copies, and refuses a BASE_PATH other than the one the build was made for.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDate, packageName } from '../../../scripts/deploy/package.ts';

const ROOT = join(import.meta.dirname, '../../..');
const script = join(ROOT, 'scripts/package.ts');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A tiny build under /ducha/ without .gz copies, in a temporary folder. */
function build(): string {
  dir = mkdtempSync(join(tmpdir(), 'duban-package-cli-'));
  mkdirSync(join(dir, 'dist/_astro'), { recursive: true });
  writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><link rel="stylesheet" href="/ducha/_astro/Base.abc.css"><title>督办</title>');
  writeFileSync(join(dir, 'dist/_astro/Base.abc.css'), 'main{}');
  return dir;
}

const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, [script, '--dist', join(dir, 'dist'), '--out', join(dir, 'out')], { encoding: 'utf8', env: { ...process.env, BASE_PATH: '', ...env } });

describe('npm run package', () => {
  it('packs the build, warning that it has no .gz copies', () => {
    build();
    const result = run({});
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`注意：${join(dir, 'dist')} 中没有 .gz 副本（构建时未设 COMPRESS=1），nginx 将边发送边压缩。\n`);
    const date = contentDate(ROOT);
    const name = packageName(date, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    const out = join(dir, 'out');
    expect(result.stdout).toBe(
      `已打包 ${out}/${name}.tar.gz（5 个文件，${Math.round(statSync(join(out, `${name}.tar.gz`)).size / 1024)} KB；基础路径 /ducha/，内容日期 ${date}）\n` +
        `同一目录下：SHA256SUMS（拷入内网后在 ${out} 中运行 sha256sum -c SHA256SUMS 核对）和 部署说明.txt；解压后得到 ${name}/\n`,
    );
    expect(readdirSync(join(dir, 'out')).filter((file) => !file.endsWith('.tar.gz'))).toEqual(['SHA256SUMS', '部署说明.txt']);
  });

  it('refuses a BASE_PATH the build was not made for', () => {
    build();
    const result = run({ BASE_PATH: '/other/' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${join(dir, 'dist')} 是按基础路径 /ducha/ 构建的，而 BASE_PATH=/other/：请用同一个 BASE_PATH 重新构建\n`);
  });
});
