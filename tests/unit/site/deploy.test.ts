/**
 * One policy, two carriers: every page's meta tag and the nginx header both come from
 * src/config.ts, and the committed deploy/nginx.conf is exactly what scripts/deploy/nginx.ts
 * writes from it (tests/e2e/nginx.spec.ts then serves the site with that file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '~/config';
import { COMMITTED_BASE, NGINX_CONF_FILE, nginxConf } from '../../../scripts/deploy/nginx.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('deploy/nginx.conf', () => {
  it('is what npm run deploy:nginx writes from src/config.ts (run it after changing the policy)', () => {
    expect(readFileSync(join(ROOT, NGINX_CONF_FILE), 'utf8')).toBe(nginxConf({ base: COMMITTED_BASE }));
  });

  it("sends the policy the layout's meta tag carries", () => {
    expect(readFileSync(join(ROOT, 'src/layouts/Base.astro'), 'utf8')).toContain('<meta http-equiv="Content-Security-Policy" content={contentSecurityPolicy} />');
    expect(readFileSync(join(ROOT, NGINX_CONF_FILE), 'utf8')).toContain(`"${contentSecurityPolicy}; frame-ancestors 'self'"`);
  });
});
