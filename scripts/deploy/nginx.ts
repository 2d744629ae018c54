/**
 * deploy/nginx.conf, written from one source: the Content-Security-Policy of src/config.ts (the
 * same constant every page carries as a meta tag) and the site's file types. `npm run deploy:nginx`
 * rewrites the committed file; `npm run package` writes one for the base path of the build it
 * packs. A unit test fails when the committed file is not what this module writes.
 */
import { contentSecurityPolicy, headerOnlyPolicy } from '../../src/config.ts';

/** Where the 部署说明 installs a package: a link to the unpacked folder of the version in use. */
export const INSTALL_DIR = '/srv/duban';

/** The folder of a package that nginx serves, with the base path's folder inside. */
export const SITE_DIR = 'site';

/** The server block's `root`: the site folder of the installed package. */
export const DEFAULT_ROOT = `${INSTALL_DIR}/${SITE_DIR}`;

/** The base path the committed deploy/nginx.conf is written for: the one the browser tests build. */
export const COMMITTED_BASE = '/ducha/';

/** The committed configuration, relative to the repository root. */
export const NGINX_CONF_FILE = 'deploy/nginx.conf';

/**
 * Every kind of file the site serves, by extension. The server block declares exactly these, so a
 * deployment does not depend on the distribution's mime.types (Debian's lacks .ics and .wasm, and
 * none knows Pagefind's files). Pagefind's index, fragments and engine are gzip data that
 * pagefind.js unpacks itself: they go out as bytes, never compressed a second time.
 */
export const CONTENT_TYPES: readonly (readonly [type: string, extensions: readonly string[]])[] = [
  ['text/html', ['html']],
  ['text/css', ['css']],
  ['text/javascript', ['js', 'mjs']],
  ['application/json', ['json']],
  ['image/svg+xml', ['svg']],
  // The site's only XML files are its Atom feeds (changes.xml).
  ['application/atom+xml', ['xml']],
  ['text/plain', ['txt']],
  ['text/csv', ['csv']],
  ['text/calendar', ['ics']],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ['xlsx']],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', ['docx']],
  ['application/wasm', ['wasm']],
  ['application/octet-stream', ['pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter']],
];

/** The text types: sent with `charset=utf-8`, and gzipped on the fly when a build has no .gz copy. */
export const TEXT_TYPES = ['text/css', 'text/javascript', 'application/json', 'image/svg+xml', 'application/atom+xml', 'text/plain', 'text/csv', 'text/calendar'];

/** A year: for files whose name changes with their content (Astro's hashed assets, Pagefind's index). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Pages, exports and Pagefind's entry files keep their names from build to build: the browser
 * asks again each time (a cheap 304 when nothing changed), so a new deadline shows at once.
 */
export const REVALIDATE = 'no-cache';

/** The Content-Security-Policy header: the meta tag's policy, then what only a header can say. */
export function headerPolicy(): string {
  return `${contentSecurityPolicy}; ${headerOnlyPolicy}`;
}

/**
 * `BASE_PATH` as nginx sees it, `/ducha/` (or `/`): with a slash at each end, and only characters
 * a location and a folder name take as they are.
 */
export function nginxBase(base: string): string {
  const normalised = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(normalised)) {
    throw new Error(`基础路径 BASE_PATH=${base} 无法写入 nginx 配置：每级目录名只能用字母、数字和 . _ ~ -（例如 /ducha/）`);
  }
  return normalised;
}

/** The server block for the site built under `base`, served from `root` (files in `<root><base>`). */
export function nginxConf({ base, root = DEFAULT_ROOT }: { base: string; root?: string }): string {
  const prefix = nginxBase(base);
  const pattern = prefix.replaceAll('.', '\\.');
  const width = Math.max(...CONTENT_TYPES.map(([type]) => type.length)) + 1;
  const types = CONTENT_TYPES.map(([type, extensions]) => `        ${type.padEnd(width)}${extensions.join(' ')};`);
  return `# duban (督办): the server block for the site built under BASE_PATH=${prefix}.
# Written by scripts/deploy/nginx.ts from src/config.ts: change those and run \`npm run deploy:nginx\`,
# never this file. Include it in nginx's http block (e.g. from /etc/nginx/conf.d/), then set listen,
# server_name and root for your server; the site's files go in <root>${prefix}.

# Files whose names change with their content are kept for a year; everything else is asked for
# again on each visit (a 304 when unchanged), so staff see a new build at once.
map $uri $duban_cache_control {
    default "${REVALIDATE}";
    "~^${pattern}_astro/" "${IMMUTABLE}";
    "~^${pattern}pagefind/.+\\.pf_(meta|index|fragment|filter)$" "${IMMUTABLE}";
}

# The Content-Security-Policy governs pages, and workers (which take it from their script). Sent
# with every stylesheet and index file too, it would only add some 330 bytes to each response.
map $sent_http_content_type $duban_content_security_policy {
    default "";
    "~^text/(html|javascript)" "${headerPolicy()}";
}

server {
    listen 80;
    server_name _;
    root ${root};
    index index.html;
    autoindex off;
    server_tokens off;
    # Redirects (a folder without its slash) keep the host and port the browser used, also behind
    # a proxy.
    absolute_redirect off;

    # The site's own types only: a deployment does not depend on the distribution's mime.types.
    types {
${types.join('\n')}
    }
    default_type application/octet-stream;
    charset utf-8;
    charset_types ${TEXT_TYPES.join(' ')};

    # The .gz copies a COMPRESS=1 build writes; without them, nginx compresses text as it goes.
    gzip_static on;
    gzip on;
    gzip_vary on;
    gzip_min_length 1024;
    gzip_types ${TEXT_TYPES.join(' ')};

    # The pages' own policy (src/config.ts), plus what a meta tag cannot carry. No location below
    # adds a header, so these reach every response, error pages included (an empty value: none).
    add_header Content-Security-Policy $duban_content_security_policy always;
    add_header X-Content-Type-Options "nosniff" always;
    # For browsers that predate frame-ancestors.
    add_header X-Frame-Options "SAMEORIGIN" always;
    add_header Referrer-Policy "same-origin" always;
    add_header Cache-Control $duban_cache_control always;

    # The site's 404 page, also for a folder without an index (no listing, and no hint it exists).
    error_page 403 404 =404 ${prefix}404.html;
${prefix === '/' ? '' : `
    # The server's root holds nothing but the site.
    location = / {
        return 302 ${prefix};
    }
`}}
`;
}
