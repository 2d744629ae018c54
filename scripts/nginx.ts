/**
 * npm run deploy:nginx [-- --base /ducha/ --root /srv/duban/site --out deploy/nginx.conf]
 *
 * Writes the nginx server block (scripts/deploy/nginx.ts) from src/config.ts. Without options it
 * brings the committed deploy/nginx.conf up to date (run it after changing the
 * Content-Security-Policy; a unit test fails until you do). With `--base` and `--out` it writes one
 * for another base path; `npm run package` already puts the right one in each package.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COMMITTED_BASE, DEFAULT_ROOT, NGINX_CONF_FILE, nginxBase, nginxConf } from './deploy/nginx.ts';

const { values } = parseArgs({
  options: { base: { type: 'string', default: COMMITTED_BASE }, root: { type: 'string', default: DEFAULT_ROOT }, out: { type: 'string', default: NGINX_CONF_FILE } },
  strict: true,
});
const out = resolve(values.out);
if (out === resolve(NGINX_CONF_FILE) && (nginxBase(values.base) !== COMMITTED_BASE || values.root !== DEFAULT_ROOT)) {
  console.error(`${NGINX_CONF_FILE} 是为 ${COMMITTED_BASE} 和 ${DEFAULT_ROOT} 写的（测试用它）；其他路径请加 --out 写到别处。`);
  process.exit(2);
}
writeFileSync(out, nginxConf({ base: values.base, root: values.root }));
console.log(`已写入 ${values.out}（基础路径 ${nginxBase(values.base)}，网站目录 ${values.root}${nginxBase(values.base)}）`);
