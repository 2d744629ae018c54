/**
 * A throw-away copy of the project around some content, to build with the real pipeline: the
 * project's src/ and configuration copied, node_modules linked package by package (not as a
 * whole, so that Astro's cache, node_modules/.astro, belongs to this build alone and no other
 * build running at the same time can overwrite its data store). Pagefind is left out: its check
 * that Chinese was segmented looks for words small content does not hold, and search is not what
 * these builds test.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/bench/site.ts';

/** The project's configuration without the Pagefind step. */
const CONFIG = `import config from './astro.config.project.ts';

export default { ...config, integrations: config.integrations.filter((integration) => integration.name !== 'duban:pagefind') };
`;

/** A new project directory whose content/ is a copy of `content`. */
export function projectAround(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'duban-project-'));
  for (const name of ['src', 'public', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!['.astro', '.vite', '.vite-temp'].includes(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  cpSync(content, join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'astro.config.ts'), join(dir, 'astro.config.project.ts'));
  writeFileSync(join(dir, 'astro.config.ts'), CONFIG);
  return dir;
}

/**
 * Adds the petition-case fixture (tests/fixtures/case-content: 丙镇, 丁街道, two batches of five
 * cases and three reports, the same as tests/unit/data/cases.ts) to a project made by `projectAround`.
 */
export function withCaseContent(project: string): string {
  cpSync(join(ROOT, 'tests/fixtures/case-content/content'), join(project, 'content'), { recursive: true });
  return project;
}
