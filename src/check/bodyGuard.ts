/**
 * The body check (./body.ts) inside the build's own Markdown and MDX compilers: astro.config.ts
 * gives this plugin to the Sätteri processor, which runs it on every tree before anything is
 * rendered or, for MDX, turned into a module. `npm run check` and the content loader refuse such
 * a body first; this is the last gate, so that nothing unchecked can compile even if a file
 * reaches the compiler some other way (a page importing it, a loader bypassed).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { treeProblems } from './body.ts';

/** Refuses a tree that holds anything a body may not: the compile fails with the first problem. */
export const bodyGuard = defineMdastPlugin({
  name: 'duban:body-guard',
  options: { position: true },
  before(root, context) {
    const problems = treeProblems(root, { format: context.sourceFormat === 'mdx' ? 'mdx' : 'md' });
    if (problems.length === 0) return;
    const file = context.fileURL === undefined ? '正文' : relative(process.cwd(), fileURLToPath(context.fileURL));
    throw new Error(`${file}: 正文未通过内容检查，共 ${problems.length} 个问题，如：${problems[0]!.message}（运行 npm run check 查看全部）`);
  },
});
