/**
 * npm run package [-- --dist dist --out .package]
 *
 * Packs the built site for a closed network: `duban-site-<content date>-<version>.tar.gz`, its
 * SHA256SUMS and the 部署说明 (scripts/deploy/package.ts). Build first, with the base path the
 * server will use and the .gz copies nginx sends:
 * `BASE_PATH=/ducha/ COMPRESS=1 npm run build && npm run package`. The base path is read from the
 * build; a different BASE_PATH set here is refused.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtBase, contentDate, PACKAGE_DIR, writePackage } from './deploy/package.ts';
import { nginxBase } from './deploy/nginx.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: PACKAGE_DIR } }, strict: true });
const dist = resolve(values.dist);

try {
  const base = builtBase(dist);
  const asked = process.env['BASE_PATH'];
  if (asked !== undefined && asked !== '' && nginxBase(asked) !== base) {
    throw new Error(`${values.dist} 是按基础路径 ${base} 构建的，而 BASE_PATH=${asked}：请用同一个 BASE_PATH 重新构建`);
  }
  if (!existsSync(join(dist, 'index.html.gz'))) {
    console.warn(`注意：${values.dist} 中没有 .gz 副本（构建时未设 COMPRESS=1），nginx 将边发送边压缩。`);
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const date = contentDate(root);
  const { archive, name, files } = await writePackage({ dist, out: resolve(values.out), base, date, version });
  console.log(`已打包 ${join(values.out, basename(archive))}（${files} 个文件，${Math.round(statSync(archive).size / 1024)} KB；基础路径 ${base}，内容日期 ${date}）`);
  console.log(`同一目录下：SHA256SUMS（拷入内网后在 ${values.out} 中运行 sha256sum -c SHA256SUMS 核对）和 部署说明.txt；解压后得到 ${name}/`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
