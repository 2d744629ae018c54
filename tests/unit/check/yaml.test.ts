/**
 * YAML errors as editors read them (src/check/yaml.ts): in Chinese, with the fix, on the line to
 * change — which for a full-width colon, a missing space, an unclosed quote or bracket is not the
 * line js-yaml stops at.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml, translateReason } from '~/check/yaml';
import { formatProblem, type Problem } from '~/lib/problems';

/** The problem line for `text` parsed as the frontmatter of x.md (one `---` line before it). */
function errorOf(text: string): string[] {
  const problems: Problem[] = [];
  parseYaml(text, 'x.md', 1, problems);
  return problems.map(formatProblem);
}

describe('parseYaml', () => {
  it('keeps dates as text and parses what is valid', () => {
    expect(parseYaml('date: 2022-02-30\nn: 1\n', 'x.yaml', 0, [])).toEqual({ ok: true, data: { date: '2022-02-30', n: 1 } });
  });

  it('names the line of a full-width colon or a missing space, not the line js-yaml stops at', () => {
    expect(errorOf('title: 任务\nstatus：已完成\ndirective: d\n')).toEqual(['x.md: 第 3 行: YAML 语法错误：字段名 status 后用了中文冒号“：”（请改为英文冒号加空格：status: …）']);
    expect(errorOf('title: 任务\nresponsibilities:\n  - unit ：a\n    role: 牵头\n')).toEqual(['x.md: 第 4 行: YAML 语法错误：字段名 unit 后用了中文冒号“：”（请改为英文冒号加空格：unit: …）']);
    expect(errorOf('title:任务\nstatus: 未开始\n')).toEqual(['x.md: 第 2 行: YAML 语法错误：字段名 title 的冒号后缺少空格（写成 title: …）']);
  });

  it('names the line that opens an unclosed quote or bracket', () => {
    expect(errorOf('title: "任务\nstatus: 未开始\n')).toEqual(['x.md: 第 2 行: YAML 语法错误：英文双引号没有配对（在文字末尾补上 "）']);
    expect(errorOf("a: 1\ntitle: '任务\n")).toEqual(["x.md: 第 3 行: YAML 语法错误：英文单引号没有配对（在文字末尾补上 '）"]);
    expect(errorOf('a: 1\nappliesTo: [a, b\nitems: []\n')).toEqual(['x.md: 第 3 行: YAML 语法错误：方括号没有闭合，或其中各项之间缺少英文逗号（写成 [a, b]）']);
    expect(errorOf('a: 1\nappliesTo: [a, b\n')).toEqual(['x.md: 第 3 行: YAML 语法错误：方括号或花括号没有闭合（[ 要有对应的 ]，{ 要有对应的 }）']);
  });

  it('points out tabs and full-width spaces in the indentation', () => {
    expect(errorOf('items:\n\t- a\n')).toEqual(['x.md: 第 3 行: YAML 语法错误：缩进中有制表符（Tab）（请全部改用空格缩进）']);
    expect(errorOf('title: 任务\n\u3000status: 未开始\n  x: 1\n')).toEqual(['x.md: 第 3 行: YAML 语法错误：缩进中有全角空格或不换行空格 <U+3000>（请改用普通的半角空格）']);
  });

  it('translates the reasons editors meet, and keeps an unknown one beside the general fix', () => {
    expect(errorOf('a: 1\na: 2\n')).toEqual(['x.md: 第 3 行: YAML 语法错误：字段重复（同一层中这个字段名出现了两次，请删去或合并一处）']);
    expect(errorOf(`a: ${'['.repeat(150)}`)).toEqual(['x.md: 第 2 行: YAML 语法错误：嵌套层数过多（检查括号是否配对、缩进是否逐层增加）']);
    expect(errorOf('title: &附件一 标题\n')).toEqual(['x.md: 第 2 行: YAML 语法错误：以 & 开头的文字“&附件一”被当成了锚点，这几个字会丢失（请给这段文字加英文引号）']);
    expect(errorOf('a: 1\naliases: &self [*self]\n')).toEqual(['x.md: 第 3 行: YAML 语法错误：以 & 开头的文字“&self”被当成了锚点，这几个字会丢失（请给这段文字加英文引号）']);
    expect(errorOf('a: *nowhere\n')).toEqual(['x.md: 第 2 行: YAML 语法错误：以 * 开头的文字被当成了别名（请给这段文字加英文引号）']);
    expect(translateReason('bad indentation of a sequence entry')).toBe('列表项缩进不对（同一列表中以“- ”开头的各项左端须对齐）');
    expect(translateReason('something new')).toBe('something new（检查缩进是否对齐、冒号后是否有空格；含冒号或以符号开头的文字请加英文引号）');
  });
});
