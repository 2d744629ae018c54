/**
 * What the body of a meeting, directive or task may contain: text in Markdown, a few HTML tags
 * with no attributes, links, and in MDX the site's own components with literal props. Nothing
 * that runs (MDX `import`, `export`, `{…}`), loads (images, iframes) or navigates by itself
 * (`<meta http-equiv>`, `javascript:` links) gets through.
 *
 * The body is parsed by Sätteri, the parser Astro's Markdown and MDX pipelines use, so the check
 * judges the very tree the build would compile. `npm run check` runs it on every body
 * (entryBodyProblems), the content loader refuses what it refuses, and the build's Markdown
 * processor runs it again on every tree it compiles (./bodyGuard.ts).
 */
import { markdownToMdast, mdxToMdast, type MdastNode, type MdxJsxAttributeUnion } from 'satteri';
import type { Problem } from '../lib/problems.ts';
import { COLLECTION_LABELS } from '../schemas/common.ts';
import { suggestion } from '../schemas/suggest.ts';
import type { RawEntry } from './read.ts';

/** The HTML tags a body may contain, as written, without attributes (`<br>`, `<sup>2</sup>`). */
export const BODY_HTML_TAGS = ['br', 'sup', 'sub'] as const;

/**
 * The components an MDX body may use, and the one prop each takes: the pages offer exactly these
 * to MDX (`<Content components={{ Checklist }} />`). A component renders a block of its own, so it
 * stands alone between blank lines.
 */
export const BODY_COMPONENTS = { Checklist: 'id' } as const satisfies Record<string, string>;

/** Plain Markdown (`.md`) or MDX (`.mdx`). */
export type BodyFormat = 'md' | 'mdx';

/** One thing wrong in a body, at a line counted from the body's first line (1). */
export interface BodyProblem {
  line: number;
  message: string;
}

/** What a body is checked against. */
export interface BodyRules {
  format: BodyFormat;
  /**
   * Ids of the checklists that exist, for `<Checklist id>`; without them only the shape of the
   * prop is checked (the build's guard, which sees one file at a time).
   */
  checklists?: ReadonlySet<string>;
}

/** Node types that carry nothing but text and structure. */
const PLAIN_NODES: ReadonlySet<string> = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code', 'text',
  'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'linkReference', 'table', 'tableRow', 'tableCell',
  // A frontmatter block: the build hands some bodies over with an (empty) one.
  'yaml', 'toml',
]);

/** Schemes a link may use; a link without one stays on this site. */
const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

const HTML_ALLOWED = BODY_HTML_TAGS.map((tag) => `<${tag}>`).join('、');
const MDX_ALLOWED = BODY_HTML_TAGS.map((tag) => (tag === 'br' ? '<br />' : `<${tag}>`)).join('、');
const COMPONENT_NAMES = Object.keys(BODY_COMPONENTS);

/** Parses `body` as the build would, then checks the tree. A body that does not parse is one problem. */
export function bodyProblems(body: string, rules: BodyRules): BodyProblem[] {
  let tree: MdastNode;
  try {
    // No frontmatter: the reader has taken it off, and a body may open with a `---` rule.
    const options = { features: { gfm: true, frontmatter: false } };
    tree = rules.format === 'mdx' ? mdxToMdast(body, options) : markdownToMdast(body, options);
  } catch (error) {
    return [syntaxProblem(error instanceof Error ? error.message : String(error))];
  }
  return treeProblems(tree, rules);
}

/** Everything in a parsed body that is not allowed, in document order. */
export function treeProblems(tree: MdastNode, rules: BodyRules): BodyProblem[] {
  const problems: BodyProblem[] = [];
  // A loop, not recursion: a body of ten thousand nested quotes must not exhaust the stack.
  const pending: { node: MdastNode; inParagraph: boolean }[] = [{ node: tree, inParagraph: false }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, inParagraph } = next;
    if (!nodeAllowed(node, inParagraph, rules, problems)) continue;
    if (!('children' in node)) continue;
    const children = node.children as MdastNode[];
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push({ node: children[index]!, inParagraph: inParagraph || node.type === 'paragraph' });
  }
  return problems;
}

/** Reports what is wrong with one node; false when its children need no look (it is refused whole). */
function nodeAllowed(node: MdastNode, inParagraph: boolean, rules: BodyRules, problems: BodyProblem[]): boolean {
  const line = node.position?.start.line ?? 1;
  const report = (message: string, at = line) => problems.push({ line: at, message });
  switch (node.type) {
    case 'html':
      htmlProblems(node.value).forEach((problem) => report(problem.message, line + problem.line - 1));
      return false;
    case 'image':
    case 'imageReference':
      report('正文不能插入图片（图片会在打开页面时自动加载；请改为文字说明，或写成链接 [说明](网址)）');
      return false;
    case 'link':
    case 'definition': {
      const problem = linkProblem(node.url);
      if (problem !== undefined) report(problem);
      return true;
    }
    case 'footnoteReference':
    case 'footnoteDefinition':
      // The renderer would title them "Footnotes", in English, on a Chinese page.
      if (node.type === 'footnoteReference') report('正文不支持脚注 [^…]（请把说明直接写在正文中，如“（注：…）”）');
      return false;
    case 'mdxjsEsm':
      esmProblems(node.value).forEach((problem) => report(problem.message, line + problem.line - 1));
      return false;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      report(`正文不能有花括号表达式 {${shorten(node.value)}}（花括号里的内容会作为代码运行；要显示花括号本身，请写成 \\{ 和 \\}）`);
      return false;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      elementProblems(node.name, node.attributes, node.children.length > 0, node.type === 'mdxJsxTextElement' || inParagraph, rules).forEach((message) => report(message));
      return true;
    default:
      if (PLAIN_NODES.has(node.type)) return true;
      report('正文不支持这种写法（请只用文字、列表、表格、链接等常见 Markdown 写法）');
      return false;
  }
}

/** The problems of an entry's body as `file: 第 N 行: …`, with lines counted in the file. */
export function entryBodyProblems(entry: RawEntry, checklists: ReadonlySet<string>): Problem[] {
  if (entry.body === undefined) return [];
  const format: BodyFormat = entry.file.endsWith('.mdx') ? 'mdx' : 'md';
  const offset = (entry.bodyLine ?? 1) - 1;
  return bodyProblems(entry.body, { format, checklists }).map((problem) => ({
    file: entry.file,
    field: `第 ${problem.line + offset} 行`,
    message: problem.message,
  }));
}

/**
 * Raw HTML in Markdown, which the build would copy into the page as written: every `<` must open
 * one of the allowed tags exactly (`<br>`, `<br />`, `<sup>`, `</sup>` …). Lines count from the
 * node's first line.
 */
function htmlProblems(html: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  // Sticky patterns, tried where each `<` stands: a long block is read once, not copied per tag.
  const allowed = new RegExp(`<(?:br\\s*/?|/?(?:${BODY_HTML_TAGS.filter((tag) => tag !== 'br').join('|')})\\s*)>`, 'iy');
  const tagName = /<\/?([A-Za-z][A-Za-z0-9-]*)/y;
  let line = 1;
  let counted = 0;
  for (let index = html.indexOf('<'); index !== -1; index = html.indexOf('<', index + 1)) {
    allowed.lastIndex = index;
    if (allowed.test(html)) continue;
    for (; counted < index; counted += 1) if (html.charCodeAt(counted) === 10) line += 1;
    if (html.startsWith('<!--', index)) {
      problems.push({ line, message: '不能写 HTML 注释 <!-- … -->（注释会原样留在网页源码中；给编辑的说明请写在拉取请求里）' });
      // What the comment holds is not markup; the check goes on after it.
      const close = html.indexOf('-->', index + 4);
      if (close === -1) break;
      index = close + 2;
      continue;
    }
    tagName.lastIndex = index;
    const tag = tagName.exec(html);
    if (tag === null) problems.push({ line, message: '“<”后面不是允许的标签（要显示小于号本身，请写成 \\<）' });
    // An end tag says nothing new: its opening tag is reported already.
    else if (html[index + 1] !== '/') problems.push({ line, message: tagMessage(tag[1]!.toLowerCase(), attributeNames(html.slice(index, index + 1000)), HTML_ALLOWED) });
  }
  return problems;
}

/** The attribute names in an HTML start tag, for the message (the check does not depend on them). */
function attributeNames(tag: string): string[] {
  const unquoted = tag.replace(/"[^"]*"|'[^']*'/g, '');
  const end = unquoted.indexOf('>');
  return [...(end === -1 ? unquoted : unquoted.slice(0, end)).matchAll(/\s([^\s"'=<>/]+)/g)].map((match) => match[1]!);
}

/** Why a tag is refused, and what to write instead. */
function tagMessage(tag: string, attributes: readonly string[], allowed: string): string {
  if ((BODY_HTML_TAGS as readonly string[]).includes(tag)) {
    return attributes.length > 0 ? `<${tag}> 不能带属性 ${attributes.join('、')}（请删除属性，只写 <${tag}>）` : `<${tag}> 的写法不对（只能原样写 ${allowed}，不带属性）`;
  }
  const instead: Record<string, string> = {
    a: '链接请写成 [文字](网址)',
    img: '正文不能插入图片，请改为文字说明或链接',
    strong: '加粗请写成 **文字**',
    b: '加粗请写成 **文字**',
    em: '强调请写成 *文字*',
    i: '强调请写成 *文字*',
  };
  return `不能使用 HTML 标签 <${tag}>（${Object.hasOwn(instead, tag) ? `${instead[tag]}；` : ''}正文中只允许 ${allowed}，且不带属性）`;
}

/** A link's address: the web, e-mail, or a path on this site relative to the page. */
function linkProblem(url: string): string | undefined {
  // The browser's own URL parser: it drops tabs and newlines inside a scheme (`java\tscript:`), as a click would.
  const parsed = URL.parse(url, 'https://duban.invalid/tasks/x/');
  const shown = shorten(url);
  if (parsed === null) return `链接 "${shown}" 不是有效的地址（请检查是否有多余的空格或符号）`;
  if (!LINK_PROTOCOLS.has(parsed.protocol)) return `链接 "${shown}" 不能使用（链接只能是 http://、https://、mailto: 开头的地址，或本站页面的相对路径）`;
  if (/^\s*\/(?![/\\])/.test(url)) return `链接 "${shown}" 以 / 开头，网站部署在子路径（如 /ducha/）下时会失效（请写完整的网址，或相对路径如 ../../tasks/x/）`;
  return undefined;
}

/** MDX `import` and `export` lines: code that would run when the site is built. */
function esmProblems(code: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  code.split('\n').forEach((text, index) => {
    const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
    if (keyword === 'import') problems.push({ line: index + 1, message: `正文不能有 import（正文不能引入文件或代码；本站的组件如 <Checklist id="…" /> 无需引入。请删除这一行）` });
    if (keyword === 'export') problems.push({ line: index + 1, message: '正文不能有 export（正文不能定义代码。请删除这一行）' });
  });
  return problems.length > 0 ? problems : [{ line: 1, message: '正文不能有 import 或 export（请删除）' }];
}

/** An MDX element: one of the allowed tags, bare, or one of the site's components with its prop. */
function elementProblems(name: string | null, attributes: readonly MdxJsxAttributeUnion[], hasChildren: boolean, inline: boolean, rules: BodyRules): string[] {
  if (name === null) return ['不能使用 <>…</>（请删除这对符号，直接写文字）'];
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (!isComponent) {
    if (!(BODY_HTML_TAGS as readonly string[]).includes(name)) return [tagMessage(name, [], MDX_ALLOWED)];
    if (attributes.length === 0) return [];
    const names = attributes.map((attribute) => (attribute.type === 'mdxJsxAttribute' ? attribute.name : `{${shorten(attribute.value)}}`));
    return [tagMessage(name, names, MDX_ALLOWED)];
  }
  if (!Object.hasOwn(BODY_COMPONENTS, name)) return [`<${name}> 不是本站提供的组件（${suggestion(name, COMPONENT_NAMES)}）`];
  return componentProblems(name as keyof typeof BODY_COMPONENTS, attributes, hasChildren, inline, rules);
}

/** `<Checklist id="…" />`: alone between blank lines, with its one prop a literal naming a checklist. */
function componentProblems(name: keyof typeof BODY_COMPONENTS, attributes: readonly MdxJsxAttributeUnion[], hasChildren: boolean, inline: boolean, rules: BodyRules): string[] {
  const prop = BODY_COMPONENTS[name];
  const example = `<${name} ${prop}="wu-ge-bu-fangguo" />`;
  const problems: string[] = [];
  if (inline) problems.push(`<${name} /> 须单独成段（前后各空一行）`);
  if (hasChildren) problems.push(`<${name} /> 中间不能写内容（请写成 ${example}）`);
  let value: string | undefined;
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value === 'object' && attribute.value !== null) {
      problems.push(`<${name}> 的属性不能用花括号 {…}（请写成 ${example}）`);
    } else if (attribute.name !== prop) {
      problems.push(`<${name}> 只能写 ${prop} 属性，不能写 ${attribute.name}（请删除）`);
    } else if (typeof attribute.value === 'string' && attribute.value !== '') {
      value = attribute.value;
    }
  }
  if (value === undefined) {
    if (!problems.some((problem) => problem.includes('花括号'))) problems.push(`<${name}> 须写明清单 ${prop}（如 ${example}）`);
  } else if (rules.checklists !== undefined && !rules.checklists.has(value)) {
    problems.push(`${COLLECTION_LABELS.checklists} "${value}" 不存在（${suggestion(value, [...rules.checklists].sort())}）`);
  }
  return problems;
}

/**
 * An MDX syntax error, in the editor's words. The parser's message starts with the place
 * (`3:7: Expected a closing tag for `<b>` …`); its reason is translated when it is a common one.
 */
function syntaxProblem(reason: string): BodyProblem {
  const place = /^(\d+):\d+:\s*/.exec(reason);
  const line = place === null ? 1 : Number(place[1]);
  const text = place === null ? reason : reason.slice(place[0].length);
  const unclosed = /^Expected a closing tag for `<([^>`]*)>`/.exec(text);
  const stray = /^Unexpected closing tag `<\/([^>`]*)>`/.exec(text) ?? /^Expected the closing tag `<\/([^>`]*)>`/.exec(text);
  let message: string;
  if (unclosed !== null) message = `<${unclosed[1]}> 没有结束标签（成对写 <${unclosed[1]}>…</${unclosed[1]}>；单独使用的标签写成 <${unclosed[1]} />，如 <br />）`;
  else if (stray !== null) message = `结束标签 </${stray[1]}> 与前面的开始标签不对应（请检查标签是否成对、次序是否交错）`;
  else if (text.includes('comment in MDX')) message = '不能写 HTML 注释 <!-- … -->（给编辑的说明请写在拉取请求里）';
  else if (text.startsWith('Unexpected character after `<`')) message = '“<”后面不是标签（要显示小于号本身，请写成 \\<；链接请写成 [文字](网址)）';
  else if (text.includes('closing brace for `{`')) message = '花括号 { 没有配对（要显示花括号本身，请写成 \\{）';
  else message = '无法解析（请检查 < > 和 { } 是否成对；要显示这些符号本身，请在前面加 \\）';
  return { line, message: `MDX 语法错误：${message}` };
}

/** A value shortened for a message: the first 30 characters, one line. */
function shorten(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  const chars = [...flat];
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : flat;
}
