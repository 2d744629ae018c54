/**
 * The body check (src/check/body.ts): what a Markdown or MDX body may contain, and the words an
 * editor reads for everything else. The bad corpus (contentCheck.test.ts) shows the same messages
 * with the lines of real files; here each kind of refusal is pinned down on its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_COMPONENTS, bodyProblems, entryBodyProblems, treeProblems, type BodyFormat } from '~/check/body';

const checklists = new Set(['good', 'wu-ge-bu-fangguo']);

/** The problems of `body` as `line: message`; `{ checklists: false }` checks without the ids. */
function check(body: string, format: BodyFormat, options: { checklists?: false } = {}): string[] {
  return bodyProblems(body, options.checklists === false ? { format } : { format, checklists }).map(({ line, message }) => `${line}: ${message}`);
}

const ALLOWED_MARKDOWN = `## 具体要求

各单位**务必**在*期限内*完成，~~不得拖延~~。面积 30 m<sup>2</sup>，CO<sub>2</sub> 与 <SUP>3</SUP>；<br>换行<br/>再换行<br />。

- 见[省厅通知](https://example.invalid/tongzhi)、[会议记录](../../meetings/m/#p2)、[本页](#top)
- 联系 <mailto:ban@example.invalid> 或 <https://example.invalid/>
- [ ] 已自查

> 原话：要突出抓好整改。

| 单位 | 时限 |
| --- | --- |
| 区环保局 | 5月19日前 |

\`npm run check\` 和 a < b、&lt;script&gt; 都是文字。

    缩进四格是代码块

[参考]: https://example.invalid/cankao
`;

describe('bodyProblems accepts', () => {
  it('Markdown: text, emphasis, lists, tables, quotes, code, links that stay on the web, and bare <br>, <sup>, <sub>', () => {
    expect(check(ALLOWED_MARKDOWN, 'md')).toEqual([]);
  });

  it('MDX: the same, <br />, and <Checklist id> naming a checklist, alone or as a list item', () => {
    const body = '各单位 m<sup>2</sup> 与 CO<sub>2</sub><br />完成。\n\n<Checklist id="good" />\n\n- <Checklist id="wu-ge-bu-fangguo" />\n\n要显示花括号就写 \\{ 和 \\}。';
    expect(check(body, 'mdx')).toEqual([]);
  });

  it('any <Checklist id> when it is not told which checklists exist (the build sees one file at a time)', () => {
    expect(check('<Checklist id="weizhi" />', 'mdx', { checklists: false })).toEqual([]);
  });

  it('only the components the pages give to MDX', () => {
    const pages = ['src/pages/tasks/[id].astro', 'src/pages/directives/[id].astro'];
    for (const page of pages) {
      const source = readFileSync(join(import.meta.dirname, '../../..', page), 'utf8');
      const offered = /<Content components=\{\{ ([^}]*) \}\} \/>/.exec(source)?.[1];
      expect(offered?.split(',').map((pair) => pair.split(':')[0]!.trim()), page).toEqual(Object.keys(BODY_COMPONENTS));
    }
  });
});

describe('bodyProblems refuses in Markdown', () => {
  it.each([
    ['<meta http-equiv="refresh" content="0; url=https://example.invalid/">', '1: 不能使用 HTML 标签 <meta>（正文中只允许 <br>、<sup>、<sub>，且不带属性）'],
    ['前文\n\n<iframe src="https://example.invalid/"></iframe>', '3: 不能使用 HTML 标签 <iframe>（正文中只允许 <br>、<sup>、<sub>，且不带属性）'],
    ['<script>alert(1)</script>', '1: 不能使用 HTML 标签 <script>（正文中只允许 <br>、<sup>、<sub>，且不带属性）'],
    ['<a href="#" onclick="alert(1)">附件</a>', '1: 不能使用 HTML 标签 <a>（链接请写成 [文字](网址)；正文中只允许 <br>、<sup>、<sub>，且不带属性）'],
    ['<img src="x.png">', '1: 不能使用 HTML 标签 <img>（正文不能插入图片，请改为文字说明或链接；正文中只允许 <br>、<sup>、<sub>，且不带属性）'],
    ['<b>重要</b>', '1: 不能使用 HTML 标签 <b>（加粗请写成 **文字**；正文中只允许 <br>、<sup>、<sub>，且不带属性）'],
    ['m<sup style="color: red">2</sup>', '1: <sup> 不能带属性 style（请删除属性，只写 <sup>）'],
    ['a<br onclick="x" title=\'y\' hidden>b', '1: <br> 不能带属性 onclick、title、hidden（请删除属性，只写 <br>）'],
    ['m<sup/>2', '1: <sup> 的写法不对（只能原样写 <br>、<sup>、<sub>，不带属性）'],
    ['<!-- 待区长审定 -->', '1: 不能写 HTML 注释 <!-- … -->（注释会原样留在网页源码中；给编辑的说明请写在拉取请求里）'],
    ['<!-- 旧稿：<iframe src="x"></iframe> -->', '1: 不能写 HTML 注释 <!-- … -->（注释会原样留在网页源码中；给编辑的说明请写在拉取请求里）'],
    ['<?php echo 1 ?>', '1: “<”后面不是允许的标签（要显示小于号本身，请写成 \\<）'],
    ['![现场照片](https://example.invalid/a.jpg)', '1: 正文不能插入图片（图片会在打开页面时自动加载；请改为文字说明，或写成链接 [说明](网址)）'],
    ['![照片][p]\n\n[p]: ../a.jpg', '1: 正文不能插入图片（图片会在打开页面时自动加载；请改为文字说明，或写成链接 [说明](网址)）'],
    ['[点此](javascript:alert(1))', '1: 链接 "javascript:alert(1)" 不能使用（链接只能是 http://、https://、mailto: 开头的地址，或本站页面的相对路径）'],
    ['[点此](java&#9;script:alert(1))', '1: 链接 "java script:alert(1)" 不能使用（链接只能是 http://、https://、mailto: 开头的地址，或本站页面的相对路径）'],
    ['[点此][r]\n\n[r]: data:text/html,x', '3: 链接 "data:text/html,x" 不能使用（链接只能是 http://、https://、mailto: 开头的地址，或本站页面的相对路径）'],
    ['[任务](/tasks/)', '1: 链接 "/tasks/" 以 / 开头，网站部署在子路径（如 /ducha/）下时会失效（请写完整的网址，或相对路径如 ../../tasks/x/）'],
    ['说明[^1]\n\n[^1]: 注释', '1: 正文不支持脚注 [^…]（请把说明直接写在正文中，如“（注：…）”）'],
  ])('%s', (body, line) => {
    expect(check(body, 'md')).toEqual([line]);
  });

  it('every tag of an HTML block, each at its own line', () => {
    expect(check('<form action="https://example.invalid/">\n<input name="x">\n<button>提交</button>\n</form>', 'md')).toEqual([
      '1: 不能使用 HTML 标签 <form>（正文中只允许 <br>、<sup>、<sub>，且不带属性）',
      '2: 不能使用 HTML 标签 <input>（正文中只允许 <br>、<sup>、<sub>，且不带属性）',
      '3: 不能使用 HTML 标签 <button>（正文中只允许 <br>、<sup>、<sub>，且不带属性）',
    ]);
  });

  it('a body nested ten thousand deep, without running out of stack', () => {
    expect(check(`${'>'.repeat(10_000)} <b>重要</b>`, 'md')).toEqual(['1: 不能使用 HTML 标签 <b>（加粗请写成 **文字**；正文中只允许 <br>、<sup>、<sub>，且不带属性）']);
  });

  it('whatever it does not know, such as a parser feature switched on later', () => {
    const math = { type: 'math' as const, value: 'x^2', position: { start: { line: 4, column: 1 }, end: { line: 4, column: 8 } } };
    expect(treeProblems({ type: 'root', children: [math] }, { format: 'md' })).toEqual([{ line: 4, message: '正文不支持这种写法（请只用文字、列表、表格、链接等常见 Markdown 写法）' }]);
  });

  it('MDX syntax as text: braces, imports and components are words in a .md body', () => {
    expect(check('import x from "y"\n\n{process.env.HOME}', 'md')).toEqual([]);
  });
});

describe('bodyProblems refuses in MDX', () => {
  it('import, export and expressions: code that would run at build time', () => {
    expect(check("import { execSync } from 'node:child_process'\nexport const who = execSync('whoami')\n\n用户：{process.env.HOME}\n\n{/* 注释也是代码 */}", 'mdx')).toEqual([
      '1: 正文不能有 import（正文不能引入文件或代码；本站的组件如 <Checklist id="…" /> 无需引入。请删除这一行）',
      '2: 正文不能有 export（正文不能定义代码。请删除这一行）',
      '4: 正文不能有花括号表达式 {process.env.HOME}（花括号里的内容会作为代码运行；要显示花括号本身，请写成 \\{ 和 \\}）',
      '6: 正文不能有花括号表达式 {/* 注释也是代码 */}（花括号里的内容会作为代码运行；要显示花括号本身，请写成 \\{ 和 \\}）',
    ]);
  });

  it.each([
    ['<iframe src="https://example.invalid/" />', '1: 不能使用 HTML 标签 <iframe>（正文中只允许 <br />、<sup>、<sub>，且不带属性）'],
    ['m<sup style="color: red">2</sup>', '1: <sup> 不能带属性 style（请删除属性，只写 <sup>）'],
    ['a<br {...props} />b', '1: <br> 不能带属性 {...props}（请删除属性，只写 <br>）'],
    ['<>文字</>', '1: 不能使用 <>…</>（请删除这对符号，直接写文字）'],
    ['<Cheklist id="good" />', '1: <Cheklist> 不是本站提供的组件（是否想写 "Checklist"？）'],
    ['<Zhenggai />', '1: <Zhenggai> 不是本站提供的组件（可用：Checklist）'],
    ['<ui.Checklist id="good" />', '1: <ui.Checklist> 不是本站提供的组件（是否想写 "Checklist"？）'],
    ['<Checklist id="goood" />', '1: 清单 "goood" 不存在（是否想写 "good"？）'],
    ['<Checklist />', '1: <Checklist> 须写明清单 id（如 <Checklist id="wu-ge-bu-fangguo" />）'],
    ['<Checklist id="" />', '1: <Checklist> 须写明清单 id（如 <Checklist id="wu-ge-bu-fangguo" />）'],
    ['<Checklist id={"good"} />', '1: <Checklist> 的属性不能用花括号 {…}（请写成 <Checklist id="wu-ge-bu-fangguo" />）'],
    ['<Checklist id="good" level="3" />', '1: <Checklist> 只能写 id 属性，不能写 level（请删除）'],
    ['请核查 <Checklist id="good" />', '1: <Checklist /> 须单独成段（前后各空一行）'],
    ['<Checklist id="good">\n  逐项核查\n</Checklist>', '1: <Checklist /> 中间不能写内容（请写成 <Checklist id="wu-ge-bu-fangguo" />）'],
  ])('%s', (body, line) => {
    expect(check(body, 'mdx')).toEqual([line]);
  });

  it.each([
    ['第一段\n\n第二段 <b>加粗', '3: MDX 语法错误：<b> 没有结束标签（成对写 <b>…</b>；单独使用的标签写成 <b />，如 <br />）'],
    ['换行<br>', '1: MDX 语法错误：<br> 没有结束标签（成对写 <br>…</br>；单独使用的标签写成 <br />，如 <br />）'],
    ['多了 </sup>', '1: MDX 语法错误：结束标签 </sup> 与前面的开始标签不对应（请检查标签是否成对、次序是否交错）'],
    ['<!-- 备注 -->', '1: MDX 语法错误：不能写 HTML 注释 <!-- … -->（给编辑的说明请写在拉取请求里）'],
    ['面积 <3 亩', '1: MDX 语法错误：“<”后面不是标签（要显示小于号本身，请写成 \\<；链接请写成 [文字](网址)）'],
    ['见 <https://example.invalid/>', '1: MDX 语法错误：“<”后面不是标签（要显示小于号本身，请写成 \\<；链接请写成 [文字](网址)）'],
    ['\n\n共 {3 项', '3: MDX 语法错误：花括号 { 没有配对（要显示花括号本身，请写成 \\{）'],
  ])('a body that does not parse: %s', (body, line) => {
    expect(check(body, 'mdx')).toEqual([line]);
  });
});

describe('entryBodyProblems', () => {
  it('names the line of the file, and reads .mdx as MDX and .md as Markdown', () => {
    const entry = { collection: 'tasks' as const, id: 'x', at: '', bodyLine: 10, body: '第一段\n\n<iframe></iframe> {1}' };
    expect(entryBodyProblems({ ...entry, file: 'content/tasks/x.md' }, checklists)).toEqual([
      { file: 'content/tasks/x.md', field: '第 12 行', message: '不能使用 HTML 标签 <iframe>（正文中只允许 <br>、<sup>、<sub>，且不带属性）' },
    ]);
    expect(entryBodyProblems({ ...entry, file: 'content/tasks/x.mdx' }, checklists)).toEqual([
      { file: 'content/tasks/x.mdx', field: '第 12 行', message: '不能使用 HTML 标签 <iframe>（正文中只允许 <br />、<sup>、<sub>，且不带属性）' },
      { file: 'content/tasks/x.mdx', field: '第 12 行', message: '正文不能有花括号表达式 {1}（花括号里的内容会作为代码运行；要显示花括号本身，请写成 \\{ 和 \\}）' },
    ]);
  });

  it('has nothing to say about an entry without a body', () => {
    expect(entryBodyProblems({ collection: 'departments', id: 'a', file: 'content/departments/a.yaml', at: '', data: {} }, checklists)).toEqual([]);
  });
});
