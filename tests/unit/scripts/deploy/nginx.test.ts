/**
 * The nginx server block: the header policy is the pages' own plus frame-ancestors, the base path
 * reaches every place that names it, and every kind of file the site has gets its type.
 * tests/e2e/nginx.spec.ts runs the result in a real nginx.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '~/config';
import { headerPolicy, nginxBase, nginxConf } from '../../../../scripts/deploy/nginx.ts';

/** The extensions of the server block's `types {}`, each with its type. */
function declaredTypes(conf: string): Map<string, string> {
  const block = /types \{\n([\s\S]*?)\n\s*\}/.exec(conf)![1]!;
  const types = new Map<string, string>();
  for (const line of block.split('\n')) {
    const [type, ...extensions] = line.trim().replace(/;$/, '').split(/\s+/);
    for (const extension of extensions) {
      expect(types.has(extension), `${extension} declared twice`).toBe(false);
      types.set(extension, type!);
    }
  }
  return types;
}

describe('headerPolicy', () => {
  it("is the meta tag's policy with frame-ancestors added", () => {
    expect(headerPolicy()).toBe(`${contentSecurityPolicy}; frame-ancestors 'self'`);
  });
});

describe('nginxBase', () => {
  it('puts a slash at each end', () => {
    expect(['/ducha/', '/ducha', 'ducha', '/', '', '/city/ducha'].map(nginxBase)).toEqual(['/ducha/', '/ducha/', '/ducha/', '/', '/', '/city/ducha/']);
  });

  it('refuses a base nginx would need quoted or decoded', () => {
    expect(() => nginxBase('/du ban/')).toThrow('基础路径 BASE_PATH=/du ban/ 无法写入 nginx 配置：每级目录名只能用字母、数字和 . _ ~ -（例如 /ducha/）');
    expect(() => nginxBase('/督办/')).toThrow('基础路径 BASE_PATH=/督办/ 无法写入 nginx 配置');
  });
});

describe('nginxConf', () => {
  const conf = nginxConf({ base: '/ducha/' });

  it('serves the base path from the root, with the 404 page and a redirect from /', () => {
    expect(conf).toContain('\n    root /srv/duban/site;\n');
    expect(conf).toContain('\n    error_page 403 404 =404 /ducha/404.html;\n');
    expect(conf).toContain('\n    location = / {\n        return 302 /ducha/;\n    }\n');
    expect(nginxConf({ base: '/ducha/', root: '/var/www/duban' })).toContain('\n    root /var/www/duban;\n');
  });

  it('has one listen and one root line: the lines a deployment (and the browser test) sets', () => {
    expect(conf.match(/^\s*listen\s/gm)).toHaveLength(1);
    expect(conf.match(/^\s*root\s/gm)).toHaveLength(1);
  });

  it('caches hashed files for a year, anything else is asked for again', () => {
    expect(conf).toContain('    default "no-cache";\n    "~^/ducha/_astro/" "public, max-age=31536000, immutable";\n    "~^/ducha/pagefind/.+\\.pf_(meta|index|fragment|filter)$" "public, max-age=31536000, immutable";\n');
    expect(nginxConf({ base: '/v1.2/' })).toContain('"~^/v1\\.2/_astro/"');
  });

  it('sends the policy with pages and scripts, the other headers with everything', () => {
    expect(conf).toContain(`    "~^text/(html|javascript)" "${headerPolicy()}";\n`);
    for (const header of ['Content-Security-Policy $duban_content_security_policy', 'X-Content-Type-Options "nosniff"', 'X-Frame-Options "SAMEORIGIN"', 'Referrer-Policy "same-origin"', 'Cache-Control $duban_cache_control']) {
      expect(conf).toContain(`    add_header ${header} always;\n`);
    }
    // A location with an add_header of its own would drop every header above from its responses.
    expect(conf.split('server {')[1]!.split('add_header').length - 1).toBe(5);
    expect(/location[^{]*\{[^}]*add_header/.test(conf)).toBe(false);
  });

  it('types every kind of file the site has, exports and Pagefind included', () => {
    expect(Object.fromEntries(declaredTypes(conf))).toEqual({
      html: 'text/html',
      css: 'text/css',
      js: 'text/javascript',
      mjs: 'text/javascript',
      json: 'application/json',
      svg: 'image/svg+xml',
      xml: 'application/atom+xml',
      txt: 'text/plain',
      csv: 'text/csv',
      ics: 'text/calendar',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      wasm: 'application/wasm',
      pagefind: 'application/octet-stream',
      pf_meta: 'application/octet-stream',
      pf_index: 'application/octet-stream',
      pf_fragment: 'application/octet-stream',
      pf_filter: 'application/octet-stream',
    });
    expect(conf).toContain('\n    gzip_static on;\n');
    expect(conf).toContain('\n    autoindex off;\n');
  });

  it('at the root of a server, has no redirect and no prefix', () => {
    const root = nginxConf({ base: '/' });
    expect(root).toContain('\n    error_page 403 404 =404 /404.html;\n');
    expect(root).toContain('    "~^/_astro/" "public, max-age=31536000, immutable";\n');
    expect(root).not.toContain('location =');
  });
});
