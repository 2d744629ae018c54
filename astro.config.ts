import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { bodyGuard } from './src/check/bodyGuard.ts';
import { compressAssets, compressionAsked } from './src/integrations/compress.ts';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { encodeBase } from './src/lib/paths.ts';

const base = process.env.BASE_PATH ?? '/';

/**
 * `BASE_PATH` serves the site under a sub-path (an intranet's `/ducha/`); every link goes through
 * the base-aware helper in src/lib/paths.ts. `SITE_URL` is the public origin, when there is one.
 * `COMPRESS=1` adds a .gz copy of each text file for nginx (deploy/nginx.conf).
 */
export default defineConfig({
  base,
  trailingSlash: 'always',
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  // Compression last: it copies what the others wrote, Pagefind's index included.
  integrations: [contentCheck(), mdx(), pagefindSearch(), ...(compressionAsked() ? [compressAssets()] : [])],
  markdown: {
    // Markdown and MDX bodies compile only if they keep to what src/check/body.ts allows.
    processor: satteri({ mdastPlugins: [bodyGuard] }),
    // Code blocks as plain <pre><code>: a highlighter colours them with style attributes, which
    // the Content-Security-Policy refuses (style-src 'self').
    syntaxHighlight: false,
  },
  // Stylesheets as files, never inline: the Content-Security-Policy allows only the site's own files.
  // Astro routes by the base as written but puts it unencoded in front of its own stylesheets and
  // scripts; a base that needs encoding (`/du ban/`) gets the encoded form there too.
  build: { inlineStylesheets: 'never', ...(encodeBase(base) === base ? {} : { assetsPrefix: encodeBase(base).replace(/\/$/, '') }) },
  // Scoped styles as a short class rather than a data-astro-cid-… attribute on every element and
  // selector: long pages such as a unit's shrink noticeably, and they have a weight budget.
  scopedStyleStrategy: 'class',
  vite: {
    resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
    build: {
      // Scripts as files too, never inline, whatever their size (Astro inlines a small script
      // without imports, such as the statistics page's copy button): the policy refuses inline scripts.
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
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
