/**
 * An Astro integration that runs the content check before `astro build` (and `astro sync`), so
 * the build refuses exactly what `npm run check` refuses, and lists every problem, not the first.
 * Astro alone would log a missing reference and exit 0.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/problems.ts';
import { checkContent } from './checkContent.ts';

/** The integration; add it first in astro.config.ts. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'duban:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'sync') return;
        const { problems } = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        for (const problem of problems) logger.error(formatProblem(problem));
        throw new Error(`内容检查未通过：共 ${problems.length} 个问题（见上；运行 npm run check 查看）`);
      },
    },
  };
}
