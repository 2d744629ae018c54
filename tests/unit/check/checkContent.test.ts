/**
 * checkContent as a whole: an entry that fails its schema still goes through the rules with the
 * fields that passed, and an error in the check's own code on one file is one line naming that
 * file, with every other problem still listed. (The bad-content corpus in contentCheck.test.ts
 * locks in the messages; this locks in the mechanism.)
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent, recheckUnitReports } from '~/check/checkContent';
import { formatProblem } from '~/lib/problems';
import { TaskSchema } from '~/schemas/task';

const roots: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** The good fixture plus the given tasks (file name → text). */
function project(tasks: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'duban-whole-'));
  roots.push(root);
  cpSync(join(import.meta.dirname, '../../fixtures/good-content/content'), join(root, 'content'), { recursive: true });
  for (const [name, text] of Object.entries(tasks)) writeFileSync(join(root, 'content/tasks', name), text);
  return root;
}

const task = (fields: string) => `---\ntitle: 任务\ndirective: d\nresponsibilities: [{ unit: a, role: 牵头 }]\ndeadline: { immediate: true, text: 会后立即 }\nacceptance: 无。\n${fields}\n---\n正文。\n`;

describe('checkContent', () => {
  it('runs the rules on the fields that passed, and never on a field that failed', () => {
    const root = project({
      'x.md': task('source: { meeting: m, quote: 严格把关 }\nchecklist: goood').replace('acceptance:', 'status: 完成\nacceptance:').replace('unit: a', 'unit: zz'),
      // responsibilities fail as a whole (a role is wrong): no rule sees them, so no "没有牵头单位".
      'y.md': task('source: { meeting: m, quote: 五个不放过 }').replace('role: 牵头', 'role: 负责'),
    });
    const { problems, content } = checkContent(root, { base: null });
    expect(problems.map(formatProblem)).toEqual([
      'content/tasks/x.md: checklist: 清单 "goood" 不存在（是否想写 "good"？）',
      'content/tasks/x.md: responsibilities[0].unit: 单位 "zz" 不存在（可用：a, b, g）',
      'content/tasks/x.md: status: status "完成" 无效：只能写 长期坚持（讲话要求长期坚持、不销号的任务）；其他任务不写 status，状态由报送和销号自动得出',
      'content/tasks/y.md: responsibilities[0].role: 角色 "负责" 不在可选值中（可选：牵头、配合、督办、问责、审核；是否想写 "问责"？）',
    ]);
    // Scripts get only the entries that passed whole.
    expect(content.tasks.map((entry) => entry.id)).toEqual(['good']);
  });

  it('reports an error of its own on one file as one line, and lists everything else', () => {
    const root = project({ 'x.md': task('source: { meeting: m, quote: 严格把关 }').replace('title: 任务', 'title: 出错'), 'y.md': task('source: { meeting: m, quote: 五个不放过 }').replace('unit: a', 'unit: zz') });
    const safeParse = TaskSchema.safeParse.bind(TaskSchema);
    vi.spyOn(TaskSchema, 'safeParse').mockImplementation((data, params) => {
      if ((data as { title?: unknown }).title === '出错') throw new RangeError('Maximum call stack size exceeded');
      return safeParse(data, params);
    });
    expect(checkContent(root, { base: null }).problems.map(formatProblem)).toEqual([
      'content/tasks/x.md: 内部错误：检查程序读取此文件时出错（RangeError: Maximum call stack size exceeded）。其他问题照常列出；请先核对此文件的写法，并把这一行告知维护人员',
      'content/tasks/y.md: responsibilities[0].unit: 单位 "zz" 不存在（可用：a, b, g）',
    ]);
  });

  it('shows characters an editor cannot see in every line', () => {
    const root = project({ 'x.md': task('source: { meeting: m, quote: 严格把关 }').replace('acceptance:', 'status: 长期坚持\u200b\nacceptance:') });
    expect(checkContent(root, { base: null }).problems.map(formatProblem)).toEqual([
      'content/tasks/x.md: status: status "长期坚持<U+200B>" 无效：只能写 长期坚持（讲话要求长期坚持、不销号的任务）；其他任务不写 status，状态由报送和销号自动得出',
    ]);
  });
});

describe('checkContent without its rules', () => {
  it('reads and validates every entry, and leaves the bodies and the cross-entry rules unchecked', () => {
    // x: a unit that does not exist (a rule's problem); y: a role that is no role (the schema's).
    const root = project({ 'x.md': task('source: { meeting: m, quote: 严格把关 }').replace('unit: a', 'unit: zz'), 'y.md': task('source: { meeting: m, quote: 五个不放过 }').replace('role: 牵头', 'role: 负责') });
    const whole = checkContent(root, { base: null });
    const read = checkContent(root, { base: null, rules: false });
    expect(whole.problems.filter((problem) => problem.file === 'content/tasks/x.md')).not.toEqual([]);
    expect(read.problems.map((problem) => problem.file)).toEqual(['content/tasks/y.md']);
    expect(read.content.tasks.map((entry) => entry.id)).toEqual(whole.content.tasks.map((entry) => entry.id));
    expect(read.site?.reports.map((entry) => entry.id)).toEqual(whole.site?.reports.map((entry) => entry.id));
  });
});

describe('recheckUnitReports', () => {
  it('finds in a unit’s reports what the whole check finds there, reading only that unit again', () => {
    const root = project({});
    const before = checkContent(root, { base: null, today: '2022-06-30' });
    expect(before.problems).toEqual([]);
    const reports = join(root, 'content/reports');
    // Unit b's reports, each breaking a rule about reports; unit a's are left as they are.
    writeFileSync(join(reports, 'b/2022-05-20.yaml'), 'tasks:\n  - task: good\n    state: 推进中\n    progress: 又退回推进。\n  - task: nope\n    state: 推进中\n    progress: 无。\n');
    writeFileSync(join(reports, 'b/2022-07-01.yaml'), 'tasks:\n  - task: good\n    state: 已完成\n');
    writeFileSync(join(reports, 'b/2022-05-17.yaml'), 'tasks:\n  - task: good\n    state: 已完成\n    progress: 完成。\n    evidence:\n      - title: 照片\n        file: zhaopian.jpg\n');
    mkdirSync(join(reports, 'b/2022-05-17'));
    symlinkSync('/etc/hostname', join(reports, 'b/2022-05-17/lianjie.txt'));
    writeFileSync(join(reports, 'b/20220518.yaml'), 'tasks: 推进中\n');
    const again = recheckUnitReports(root, 'b', before).map(formatProblem);
    const whole = checkContent(root, { base: null, today: '2022-06-30' }).problems.filter((problem) => problem.file.startsWith('content/reports/b/')).map(formatProblem);
    expect(again).toEqual(whole);
    expect(again).toHaveLength(8);
    // Another unit's folder is not looked at: its reports were checked before and did not change.
    expect(recheckUnitReports(root, 'a', before)).toEqual([]);
  });

  it('reports a fault of its own as one line on the unit’s folder', () => {
    const root = project({});
    const before = checkContent(root, { base: null });
    expect(recheckUnitReports(root, 'b', { ...before, site: undefined }).map(formatProblem)).toEqual([
      'content/reports/b: 内部错误：检查程序读取此文件时出错（Error: the check before found no site to compare with）。其他问题照常列出；请先核对此文件的写法，并把这一行告知维护人员',
    ]);
  });
});
