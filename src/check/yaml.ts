/**
 * YAML as the one reader (./read.ts) parses it, and its errors in the editor's words. js-yaml
 * explains in English and points where it gave up, which is often the line after the mistake: a
 * full-width colon `status：已完成` is reported on the next line, as "a multiline key may not be an
 * implicit key". So the lines up to the error are first searched for the mistakes editors make
 * (a full-width colon or no space after a field name, a tab or a full-width space in the
 * indentation), and the line that holds one is named; otherwise js-yaml's reason is translated.
 */
import yaml from 'js-yaml';
import type { Problem } from '../lib/problems.ts';
import { codePoint } from '../schemas/characters.ts';

/** The outcome of a parse: the data, or the problem already recorded. */
export type Parsed = { ok: true; data: unknown } | { ok: false };

/** What every YAML message ends with when no better fix is known. */
const GENERIC_FIX = '检查缩进是否对齐、冒号后是否有空格；含冒号或以符号开头的文字请加英文引号';

/** js-yaml's reasons (the start of each), in the editor's words with the fix in brackets. */
const REASONS: readonly (readonly [string, string])[] = [
  ['bad indentation of a mapping entry', '缩进不对（同一层的字段左端须对齐；下一层的字段比上一层多缩进两个空格）'],
  ['bad indentation of a sequence entry', '列表项缩进不对（同一列表中以“- ”开头的各项左端须对齐）'],
  ['can not read a block mapping entry', '读不出字段（这一行或上一行可能少了冒号、冒号后少了空格，或文字中含有冒号需要加英文引号）'],
  ['can not read an implicit mapping pair', '缺少冒号（字段写成“字段名: 内容”，冒号为英文冒号，后面空一格）'],
  ['end of the stream or a document separator is expected', '这一行接不上前文（可能缩进不对，或上一行的文字中有冒号、引号，需要整体加英文引号）'],
  ['duplicated mapping key', '字段重复（同一层中这个字段名出现了两次，请删去或合并一处）'],
  ['unexpected end of the stream within a double quoted scalar', '英文双引号没有配对（在文字末尾补上 "）'],
  ['unexpected end of the document within a double quoted scalar', '英文双引号没有配对（在文字末尾补上 "）'],
  ['unexpected end of the stream within a single quoted scalar', "英文单引号没有配对（在文字末尾补上 '）"],
  ['unexpected end of the document within a single quoted scalar', "英文单引号没有配对（在文字末尾补上 '）"],
  ['unexpected end of the stream within a flow collection', '方括号或花括号没有闭合（[ 要有对应的 ]，{ 要有对应的 }）'],
  ['missed comma between flow collection entries', '方括号没有闭合，或其中各项之间缺少英文逗号（写成 [a, b]）'],
  ["expected the node content, but found ','", '逗号前缺少内容（方括号中多了一个逗号，或某一项为空）'],
  ['tab characters must not be used in indentation', '缩进中有制表符（Tab）（请全部改用空格缩进）'],
  ['the stream contains non-printable characters', '含有不可打印的控制字符（多半是从别处复制带来的，请删除）'],
  ['null byte is not allowed in input', '含有空字符（NUL）（文件可能不是文本文件）'],
  ['nesting exceeded maxDepth', '嵌套层数过多（检查括号是否配对、缩进是否逐层增加）'],
  ['unidentified alias', '以 * 开头的文字被当成了别名（请给这段文字加英文引号）'],
  ['name of an alias node must contain at least one character', '以 * 开头的文字被当成了别名（请给这段文字加英文引号）'],
  ['name of an anchor node must contain at least one character', '以 & 开头的文字被当成了锚点（请给这段文字加英文引号）'],
  ['unknown tag', '以 ! 开头的文字被当成了标签（请给这段文字加英文引号）'],
  ['unknown escape sequence', '双引号中有无效的反斜杠转义（改用单引号，或去掉 \\）'],
  ['incomplete explicit mapping pair', '以 ? 开头的行被当成了特殊写法（请给这段文字加英文引号）'],
  ['a whitespace character is expected after the key-value separator', '冒号后缺少空格（写成“字段名: 内容”）'],
  ['missing indentation for block scalar', '| 或 > 之后的多行文字须比字段名多缩进'],
  ['deficient indentation', '| 或 > 之后的多行文字须比字段名多缩进'],
];

/** An editor's mistake recognisable on its own line, and what to say about it. */
interface LineHint {
  pattern: RegExp;
  message: (match: RegExpExecArray) => string;
}

/** A field name as it starts a line: `title`, `- unit`, `  offsetDays`. */
const KEY = String.raw`^[ \t]*(?:-[ \t]+)?([A-Za-z_][A-Za-z0-9_-]*)`;

const LINE_HINTS: readonly LineHint[] = [
  {
    pattern: new RegExp(`${KEY}[ \\t]*：`),
    message: (match) => `字段名 ${match[1]} 后用了中文冒号“：”（请改为英文冒号加空格：${match[1]}: …）`,
  },
  {
    pattern: new RegExp(`${KEY}:(?![ \\t]|$)`),
    message: (match) => `字段名 ${match[1]} 的冒号后缺少空格（写成 ${match[1]}: …）`,
  },
  {
    pattern: /^[ ]*(\t)/,
    message: () => '缩进中有制表符（Tab）（请全部改用空格缩进）',
  },
  {
    pattern: /^[ \t]*([\u3000\u00A0])/,
    message: (match) => `缩进中有全角空格或不换行空格 <${codePoint(match[1]!)}>（请改用普通的半角空格）`,
  },
];

/** The first line up to `last` (0-based) holding a mistake an editor makes, with its message. */
function hintedLine(text: string, last: number): { line: number; message: string } | undefined {
  const lines = text.split(/\r?\n/);
  for (let line = 0; line <= Math.min(last, lines.length - 1); line++) {
    for (const hint of LINE_HINTS) {
      const match = hint.pattern.exec(lines[line]!);
      if (match !== null) return { line, message: hint.message(match) };
    }
  }
  return undefined;
}

/** How many times each of `chars` occurs in `line`. */
function count(line: string, chars: string): number {
  return [...line].filter((char) => chars.includes(char)).length;
}

/**
 * Where the editor must look for an error js-yaml notices only further on: an unclosed quote or
 * bracket is reported where the text ends (or where the next entry begins), but is fixed on the
 * line that opens it — the last line up to there that leaves a quote or a bracket open.
 */
function openingLine(text: string, reason: string, errorLine: number): number {
  const quote = reason.includes('double quoted') ? '"' : reason.includes('single quoted') ? "'" : undefined;
  const opens = quote !== undefined
    ? (line: string) => count(line, quote) % 2 === 1
    : /flow collection/.test(reason)
      ? (line: string) => count(line, '[{') > count(line, ']}')
      : undefined;
  if (opens === undefined) return errorLine;
  const lines = text.split(/\r?\n/);
  for (let line = Math.min(errorLine, lines.length - 1); line >= 0; line--) if (opens(lines[line]!)) return line;
  return errorLine;
}

/** js-yaml's reason in Chinese, with its fix; an unknown reason keeps its English beside the generic fix. */
export function translateReason(reason: string): string {
  const known = REASONS.find(([english]) => reason.startsWith(english));
  return known === undefined ? `${reason}（${GENERIC_FIX}）` : known[1];
}

/**
 * Parses YAML text, recording a syntax error as a problem on its line (`lineOffset` lines come
 * before `text` in the file: the frontmatter's opening `---`). Dates stay text (the core schema
 * has no timestamps), so that `2022-02-30` is refused by the date schema instead of rolling over
 * to 2 March as a YAML timestamp would.
 */
export function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[]): Parsed {
  try {
    const anchors: string[] = [];
    // js-yaml's parser state carries the anchor of the node just read; its types leave it out.
    const listener = (event: yaml.EventType, state: yaml.State & { anchor?: string | null }) => {
      if (event === 'close' && typeof state.anchor === 'string') anchors.push(state.anchor);
    };
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file, listener });
    // `title: &附件 说明` parses as "说明" with an anchor named 附件: the words are lost silently.
    // No content needs anchors and aliases, so an anchor is always a mistake.
    if (anchors.length > 0) {
      const [anchor] = anchors as [string];
      const line = text.slice(0, Math.max(0, text.indexOf(`&${anchor}`))).split('\n').length - 1;
      problems.push({ file, field: `第 ${line + 1 + lineOffset} 行`, message: `YAML 语法错误：以 & 开头的文字“&${anchor}”被当成了锚点，这几个字会丢失（请给这段文字加英文引号）` });
      return { ok: false };
    }
    return { ok: true, data };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const errorLine = openingLine(text, error.reason, error.mark?.line ?? 0);
    const hint = hintedLine(text, errorLine);
    const [line, message] = hint === undefined ? [errorLine, translateReason(error.reason)] : [hint.line, hint.message];
    problems.push({ file, field: `第 ${line + 1 + lineOffset} 行`, message: `YAML 语法错误：${message}` });
    return { ok: false };
  }
}
