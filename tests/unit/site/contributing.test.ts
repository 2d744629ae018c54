/**
 * The editors' guide cannot drift from the check: every example in CONTRIBUTING.md's table of
 * check messages (section 4) is a kind of line `npm run check` really prints for the bad-content
 * corpus, and every kind of line it prints there is in the table. A kind is a line with its
 * variable parts (file, field, ids, quoted text, numbers, type names) replaced by `_`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const project = mkdtempSync(join(tmpdir(), 'duban-guide-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** A field path at the start of a line: `responsibilities[1].unit: `, `[3].date: `, `第 6 行: `. */
const FIELD = /^(?:第 \d+ 行|(?:[A-Za-z]\w*|\[\d+\])(?:\.[A-Za-z]\w*|\[\d+\])*): /;

/** The kind of a check line (file already removed): what stays the same from one entry to the next. */
function kind(line: string): string {
  return (
    line
      .replace(FIELD, '')
      // What a field should hold and what it holds: 文本, 列表（每项以“- ”开头）, 对象（多个字段）…
      .replace(/^缺少必填字段（.*）$/, '缺少必填字段（_）')
      .replace(/^应为.*，实际是.*$/, '应为_，实际是_')
      // Transcript text: it may quote in turn, but holds no parentheses, which begin the fix.
      .replace(/“[^（）]*”/g, '“_”')
      .replace(/"[^"]*"/g, '"_"')
      // Ids, field names, numbers, dates, paths; then the lists and chains they form.
      .replace(/[A-Za-z0-9][\w\-./]*/g, '_')
      .replace(/_(?:(?:, | → | )_)+(?:, …)?/g, '_')
  );
}

/**
 * The lines `npm run check` prints for the corpus laid over the valid base, without the file.
 * The base is committed first and one published checklist item then removed, because that message
 * needs git history and so cannot come from a fixture file.
 */
function corpusLines(): string[] {
  cpSync(join(FIXTURES, 'good-content/content'), join(project, 'content'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@example.invalid', ...args], { cwd: project });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', '初始内容');
  const checklist = join(project, 'content/checklists/good.yaml');
  writeFileSync(checklist, readFileSync(checklist, 'utf8').replace(/ {2}- id: koujing\n(?: {4}.*\n)*/, ''));
  cpSync(join(FIXTURES, 'bad-content/content'), join(project, 'content'), { recursive: true });
  const check = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), project], { encoding: 'utf8', env: { ...process.env, DUBAN_BASE_REF: '' } });
  return check.stderr
    .split('\n')
    .filter((line) => line.startsWith('content/'))
    .map((line) => line.replace(/^content\/\S*?: /, ''));
}

/** The examples in the second column of section 4's tables ("检查输出（示例）"), one per code span. */
function guideExamples(): string[] {
  const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  const start = guide.indexOf('\n## 4. ');
  const section = guide.slice(start, guide.indexOf('\n## ', start + 1));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| 错误 ') && !line.startsWith('| ---'))
    .flatMap((row) => [...(row.split(' | ')[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

const printed = new Map(corpusLines().map((line) => [kind(line), line]));
const explained = new Map(guideExamples().map((line) => [kind(line), line]));

it('reads both sides', () => {
  expect(printed.size).toBeGreaterThan(40);
  expect(explained.size).toBeGreaterThan(40);
});

it('every example in the guide is a message the check prints', () => {
  expect([...explained].filter(([key]) => !printed.has(key)).map(([, line]) => line)).toEqual([]);
});

it('every message the check prints for the corpus is explained in the guide', () => {
  expect([...printed].filter(([key]) => !explained.has(key)).map(([, line]) => line)).toEqual([]);
});

it('tells apart what editors must tell apart', () => {
  expect(kind('responsibilities[1].unit: 单位 "gongann" 不存在（是否想写 "gongan"？）')).toBe('单位 "_" 不存在（是否想写 "_"？）');
  expect(kind('members[1]: 单位 "zz" 不存在（可用：a, b, cycle-one, …）')).toBe('单位 "_" 不存在（可用：_）');
  expect(kind('source.quote: 引文未在会议记录 "m" 中找到：“做到“五个不放过”。二、要统一口径。”（须从 content/meetings/m.md 逐字复制，且不跨段）')).toBe(
    '引文未在会议记录 "_" 中找到：“_”（须从 _ 逐字复制，且不跨段）',
  );
  expect(kind('acceptance: 应为文本，实际是列表')).toBe('应为_，实际是_');
  expect(kind('第 6 行: YAML 语法错误：bad indentation of a mapping entry（检查缩进）')).toBe('_ 语法错误：_（检查缩进）');
});
