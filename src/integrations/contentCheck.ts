/**
 * Runs the content check (src/check/checkContent.ts) inside Astro, so that the build refuses
 * exactly what `npm run check` refuses and lists every problem, not the first (Astro alone would
 * stop at the first entry its schema refuses, and only log a missing reference).
 *
 * - `astro build` and `astro sync` stop before any collection is loaded.
 * - `astro dev` keeps serving: it lists the problems in the terminal and in the browser's error
 *   overlay, and checks again whenever a file under content/ changes.
 */
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ErrorPayload, ViteDevServer } from 'vite';
import { checkContent } from '../check/checkContent.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { CONTENT_DIR } from '../schemas/collections.ts';

/** How long edits must pause before content/ is checked again: saving many files checks once. */
export const RECHECK_DELAY_MS = 150;

/** The integration; add it first in astro.config.ts. */
export function contentCheck(): AstroIntegration {
  let root = '';
  let problems: Problem[] = [];

  /** Checks content/ and lists what is wrong; returns the problems. */
  const check = (logger: AstroIntegrationLogger): Problem[] => {
    problems = checkContent(root).problems;
    for (const problem of problems) logger.error(formatProblem(problem));
    return problems;
  };

  return {
    name: 'duban:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        if (check(logger).length === 0) return;
        if (command !== 'dev') throw new Error(`${summary(problems)}（见上；运行 npm run check 查看）`);
        logger.warn(summary(problems));
      },
      'astro:server:setup': ({ server, logger }) => {
        const overlay = server.environments.client.hot;
        // The overlay goes out to every open page; a page opened later asks for it on connecting.
        // Astro escapes the message before the overlay shows it, so an entry's text stays text.
        const show = () => {
          if (problems.length > 0) overlay.send(overlayPayload(problems));
        };
        overlay.on('vite:client:connect', show);
        watchContent(server, join(root, CONTENT_DIR), () => {
          const before = problems.length;
          if (check(logger).length > 0) {
            logger.warn(summary(problems));
            show();
          } else if (before > 0) {
            logger.info('内容检查通过');
          }
        });
      },
    },
  };
}

/** "内容检查未通过：共 N 个问题" */
function summary(problems: readonly Problem[]): string {
  return `内容检查未通过：共 ${problems.length} 个问题`;
}

/** The error the browser overlay shows: every problem, one per line, and what to do. */
export function overlayPayload(problems: readonly Problem[]): ErrorPayload {
  return {
    type: 'error',
    err: {
      name: '内容检查',
      title: summary(problems),
      message: problems.map(formatProblem).join('\n'),
      hint: '改正后保存，检查会自动重新运行；npm run check 列出同样的问题。',
      // No stack: the problem is in content/, not in code.
      stack: '',
    },
  };
}

/** Calls `recheck` once edits under `dir` have paused for RECHECK_DELAY_MS. */
function watchContent(server: ViteDevServer, dir: string, recheck: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  server.watcher.add(dir);
  server.watcher.on('all', (_event, path) => {
    if (path !== dir && !path.startsWith(dir + sep)) return;
    clearTimeout(timer);
    timer = setTimeout(recheck, RECHECK_DELAY_MS);
  });
}
