/**
 * npm run deploy:nginx: writes a server block for another base path where it is told, and never
 * over the committed deploy/nginx.conf, which the tests hold to /ducha/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nginxConf } from '../../../scripts/deploy/nginx.ts';

const ROOT = join(import.meta.dirname, '../../..');
const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts/nginx.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run deploy:nginx', () => {
  it('writes the server block for another base path and root where --out says', () => {
    dir = mkdtempSync(join(tmpdir(), 'duban-nginx-cli-'));
    const out = join(dir, 'duban.conf');
    const result = run('--base', '/city/', '--root', '/var/www/duban', '--out', out);
    expect([result.status, result.stdout]).toEqual([0, `已写入 ${out}（基础路径 /city/，网站目录 /var/www/duban/city/）\n`]);
    expect(readFileSync(out, 'utf8')).toBe(nginxConf({ base: '/city/', root: '/var/www/duban' }));
  });

  it('leaves deploy/nginx.conf alone when asked for another base path', () => {
    const result = run('--base', '/city/');
    expect([result.status, result.stderr]).toEqual([2, 'deploy/nginx.conf 是为 /ducha/ 和 /srv/duban/site 写的（测试用它）；其他路径请加 --out 写到别处。\n']);
  });
});
