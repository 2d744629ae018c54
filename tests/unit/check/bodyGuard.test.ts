/**
 * The build's last gate (src/check/bodyGuard.ts), through the Markdown processor astro.config.ts
 * hands to Astro and to @astrojs/mdx: what the body check refuses does not compile, even when it
 * reaches the compiler without passing `npm run check` or the loader; what it allows compiles as
 * before.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.ts';

const processor = config.markdown?.processor;
/** What Astro hands the processor from the rest of `markdown` (checked below to be this). */
const shared = { syntaxHighlight: false } as const;
const file = join(process.cwd(), 'content/tasks/x.mdx');

/** Renders a Markdown body as the content loader's renderMarkdown does. */
async function markdown(body: string): Promise<string> {
  const renderer = await processor!.createRenderer(shared);
  return (await renderer.render(body, { fileURL: pathToFileURL(file.replace(/x\.mdx$/, 'x.md')) })).code;
}

/** Compiles an MDX body as @astrojs/mdx does when a page renders the entry. */
async function mdx(body: string): Promise<string> {
  const renderer = await processor!.createMdxRenderer!(shared, { optimize: false });
  return (await renderer.process(body, file, {})).code;
}

describe('the Markdown processor of the build', () => {
  it('compiles what a body may contain, as it did without the guard', async () => {
    expect((await markdown('面积 30 m<sup>2</sup>，见[通知](https://example.invalid/)。')).trim()).toBe('<p>面积 30 m<sup>2</sup>，见<a href="https://example.invalid/">通知</a>。</p>');
    expect(await mdx('面积 30 m<sup>2</sup>\n\n<Checklist id="good" />')).toContain('_jsx(Checklist, { id: "good" })');
  });

  it('refuses raw HTML in a Markdown body, naming the file and the first problem', async () => {
    await expect(markdown('<meta http-equiv="refresh" content="0; url=https://example.invalid/">')).rejects.toThrow(
      'content/tasks/x.md: 正文未通过内容检查，共 1 个问题，如：不能使用 HTML 标签 <meta>（正文中只允许 <br>、<sup>、<sub>，且不带属性）（运行 npm run check 查看全部）',
    );
  });

  it('refuses MDX that would run code at build time before it becomes a module', async () => {
    await expect(mdx("import { execSync } from 'node:child_process'\n\n{process.env.HOME}")).rejects.toThrow(
      'content/tasks/x.mdx: 正文未通过内容检查，共 2 个问题，如：正文不能有 import（正文不能引入文件或代码；本站的组件如 <Checklist id="…" /> 无需引入。请删除这一行）（运行 npm run check 查看全部）',
    );
  });

  it('leaves code blocks uncoloured: a highlighter would colour them with style attributes the CSP refuses', async () => {
    expect(config.markdown?.syntaxHighlight).toBe(false);
    expect((await markdown('```js\nlet a = 1;\n```')).trim()).toBe('<pre><code class="language-js">let a = 1;\n</code></pre>');
  });
});
