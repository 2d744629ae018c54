/**
 * Indexes the built site with Pagefind as the last step of `astro build`, and fails the build on
 * any indexing error — or when Chinese was not segmented into words. The npm package runs the
 * extended binary, which segments Chinese; when that binary is missing the Node service falls
 * back to the plain one without a word, and every run of Chinese text becomes one long "word".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Words that occur in the content only inside longer runs of Chinese text: if segmentation
 * works each is an entry of its own in the word index. */
export const SEGMENTATION_PROBES = ['台账', '督察'];

/**
 * The pages searched: one entry each, and the first page of each overview (home, milestones,
 * timeline, matrix), which marks only its title and introduction with data-pagefind-body: its
 * lists repeat what the entry pages say, and would match every query.
 */
export const INDEXED_PAGES =
  '{index.html,milestones/index.html,timeline/index.html,matrix/index.html,tasks/*/index.html,units/*/index.html,checklists/*/index.html,directives/*/index.html,meetings/*/index.html,cases/*/index.html}';

/**
 * What no page puts in the index, wherever it stands: field labels (a task's "销号要求" would make
 * every task match 销号), table column headers, buttons, and the parts only scripts use (progress,
 * tick states, notices shown later).
 */
export const EXCLUDED_SELECTORS = ['dt', 'thead', 'button', '.js-only', '[hidden]'];

/** Builds the index into `<dist>/pagefind/`; returns the number of pages indexed. */
export async function indexSite(dist: string, language = 'zh-cn', excluded: readonly string[] = EXCLUDED_SELECTORS): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language, excludeSelectors: [...excluded] });
  if (index === undefined || errors.length > 0) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
  try {
    // Only these pages carry data-pagefind-body; reading the list pages (the task list, later
    // pages of the matrix and timeline, each unit's full list) would only cost time.
    const added = await index.addDirectory({ path: dist, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind 索引出错：${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind 没有找到可索引的页面（${dist}）`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind 写入索引出错：${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * The words of a written index: Pagefind's word files are gzip-compressed CBOR, with a
 * `pagefind_dcd` signature; a word is a CBOR text string. Returns whether each probe word is a
 * word of its own (its exact length-prefixed encoding appears), not just part of a longer run.
 */
export function probeWords(bundle: string, probes: readonly string[]): Map<string, boolean> {
  const found = new Map(probes.map((word) => [word, false]));
  const encoded = probes.map((word) => {
    const bytes = Buffer.from(word, 'utf8');
    // CBOR text string header: major type 3; lengths under 24 fit in the first byte.
    return [word, Buffer.concat([Buffer.from([0x60 + bytes.length]), bytes])] as const;
  });
  for (const name of readdirSync(join(bundle, 'index'))) {
    const data = gunzipSync(readFileSync(join(bundle, 'index', name)));
    for (const [word, bytes] of encoded) if (data.includes(bytes)) found.set(word, true);
  }
  return found;
}

/**
 * The integration: index after the build, then prove Chinese was segmented. `language` exists for
 * the test that shows a build without segmentation fails ('en' indexes Chinese unsegmented).
 */
export function pagefindSearch({ language = 'zh-cn' }: { language?: string } = {}): AstroIntegration {
  return {
    name: 'duban:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        const pages = await indexSite(dist, language);
        const missing = [...probeWords(join(dist, 'pagefind'), SEGMENTATION_PROBES)].filter(([, ok]) => !ok).map(([word]) => word);
        if (missing.length > 0) {
          throw new Error(
            `Pagefind 没有对中文分词：索引中找不到词“${missing.join('”“')}”。` +
              '通常是 pagefind_extended 二进制缺失（检查 node_modules/@pagefind/<平台>/bin/），' +
              '或 PAGEFIND_BINARY_PATH 指向了不分词的 pagefind。',
          );
        }
        logger.info(`Pagefind: indexed ${pages} pages in ${Math.round(performance.now() - started)} ms; Chinese segmented.`);
      },
    },
  };
}
