import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';

/**
 * `BASE_PATH` serves the site under a sub-path (an intranet's `/ducha/`); every link goes through
 * the base-aware helper in src/lib/paths.ts. `SITE_URL` is the public origin, when there is one.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  integrations: [contentCheck(), mdx(), pagefindSearch()],
  // Stylesheets as files, never inline: the Content-Security-Policy allows only the site's own files.
  build: { inlineStylesheets: 'never' },
  // Scoped styles as a short class rather than a data-astro-cid-… attribute on every element and
  // selector: long pages such as a unit's shrink noticeably, and they have a weight budget.
  scopedStyleStrategy: 'class',
  vite: {
    resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module carries a harmless "use client"-style directive warning.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
