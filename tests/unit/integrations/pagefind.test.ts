/**
 * Indexing is part of the build, and the build refuses an index in which Chinese was not split
 * into words. Pagefind's 'en' mode leaves Chinese unsegmented, exactly as the plain binary does
 * when the extended one is missing, so it stands in for that failure here.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EXCLUDED_SELECTORS, indexSite, pagefindSearch, probeWords, SEGMENTATION_PROBES } from '~/integrations/pagefind';

const site = join(import.meta.dirname, '../../fixtures/search-site');
const dirs: string[] = [];
const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), 'duban-pagefind-'));
  dirs.push(dir);
  cpSync(site, dir, { recursive: true });
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function buildDone(language: string, dist: string): Promise<string[]> {
  const logged: string[] = [];
  const hook = pagefindSearch({ language }).hooks['astro:build:done'] as unknown as (options: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(`${dist}/`), logger: { info: (line: string) => logged.push(line) } });
  return logged;
}

describe('Pagefind indexing', () => {
  it('segments Chinese: the probe words are words of their own', async () => {
    const dist = copy();
    expect(await indexSite(dist)).toBe(2);
    expect(Object.fromEntries(probeWords(join(dist, 'pagefind'), SEGMENTATION_PROBES))).toEqual({ 台账: true, 督察: true });
  }, 30_000);

  it('leaves out field labels, column headers, buttons and what only scripts show', async () => {
    // Each word stands only in such an element of units/gongan/index.html.
    const words = ['要求', '单位', '打印', '进度', '复核'];
    const kept = copy();
    await indexSite(kept, 'zh-cn', []);
    expect(Object.fromEntries(probeWords(join(kept, 'pagefind'), words))).toEqual({ 要求: true, 单位: true, 打印: true, 进度: true, 复核: true });
    const dist = copy();
    await indexSite(dist);
    expect(EXCLUDED_SELECTORS).toEqual(['dt', 'thead', 'button', '.js-only', '[hidden]']);
    expect(Object.fromEntries(probeWords(join(dist, 'pagefind'), words))).toEqual({ 要求: false, 单位: false, 打印: false, 进度: false, 复核: false });
  }, 30_000);

  it('passes the build when Chinese is segmented', async () => {
    expect(await buildDone('zh-cn', copy())).toEqual([expect.stringMatching(/^Pagefind: indexed 2 pages in \d+ ms; Chinese segmented\.$/)]);
  }, 30_000);

  it('fails the build, saying why, when Chinese is not segmented', async () => {
    await expect(buildDone('en', copy())).rejects.toThrow('Pagefind 没有对中文分词：索引中找不到词“台账”“督察”');
  }, 30_000);

  it('fails the build when there is nothing to index', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'duban-pagefind-empty-'));
    dirs.push(empty);
    await expect(buildDone('zh-cn', empty)).rejects.toThrow('Pagefind 没有找到可索引的页面');
  }, 30_000);
});
