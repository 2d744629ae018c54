/**
 * The record of what was published (content/published.json, src/check/published.ts): how the check
 * reads it, and how `npm run check` keeps it up to date — writing it locally when everything
 * passes, and in CI refusing a record that is not.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '~/check/checkContent';
import { PUBLISHED_FILE, readPublished } from '~/check/published';
import { formatProblem, sortProblems, type Problem } from '~/lib/problems';

const fixture = join(import.meta.dirname, '../../fixtures/good-content/content');
const script = join(import.meta.dirname, '../../../scripts/check.ts');
const roots: string[] = [];
const NO_GIT = null;

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A copy of the good fixture (outside any repository). */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'duban-record-'));
  roots.push(root);
  cpSync(fixture, join(root, 'content'), { recursive: true });
  return root;
}

const record = (root: string) => join(root, PUBLISHED_FILE);
const addItem = (root: string) => {
  const path = join(root, 'content/checklists/good.yaml');
  writeFileSync(path, readFileSync(path, 'utf8').replace('items:\n', 'items:\n  - id: xin\n    text: 新条目\n'));
};

describe('reading the record', () => {
  it('reads checklists and withdrawn ids; an absent record publishes nothing', () => {
    const root = project();
    writeFileSync(record(root), JSON.stringify({ checklists: { good: ['koujing'], old: ['a'] }, withdrawn: ['old'] }));
    const problems: Problem[] = [];
    const { state } = readPublished(root, NO_GIT, problems);
    expect(problems).toEqual([]);
    expect(state).toEqual({ checklists: new Map([['good', new Set(['koujing'])], ['old', new Set(['a'])]]), withdrawn: new Set(['old']) });
    rmSync(record(root));
    expect(readPublished(root, NO_GIT, problems).state.checklists.size).toBe(0);
    expect(problems).toEqual([]);
  });

  it('reports a record that is not JSON, has wrong ids, or is a link', () => {
    const root = project();
    const problemsOf = () => {
      const problems: Problem[] = [];
      readPublished(root, NO_GIT, problems);
      return sortProblems(problems).map(formatProblem);
    };
    writeFileSync(record(root), '{ "checklists": ');
    expect(problemsOf()).toEqual([
      `content/published.json: 无法读取（Unexpected end of JSON input）：此文件由 npm run check 生成，可用 git checkout -- content/published.json 恢复后重新运行`,
    ]);
    writeFileSync(record(root), JSON.stringify({ checklists: { good: ['Ko Ujing'] }, withdrawn: 'old', extra: 1 }));
    expect(problemsOf()).toEqual([
      'content/published.json: 未知字段 "extra"（可用：$comment, checklists, withdrawn）',
      'content/published.json: checklists.good[0]: id "Ko Ujing" 不合规：只能用小写英文字母、数字和连字符，如 "ko-ujing"',
      'content/published.json: withdrawn: 应为列表（每项以“- ”开头），实际是文本',
    ]);
    rmSync(record(root));
    symlinkSync(join(fixture, 'published.json'), record(root));
    expect(problemsOf()).toEqual(['content/published.json: 是符号链接（快捷方式），不会被读取：请放入文件本身（可运行 npm run check 重新生成）']);
  });
});

describe('keeping the record', () => {
  it('says whether the record is current, and in CI refuses one that is not', () => {
    const root = project();
    expect(checkContent(root, { base: NO_GIT }).published.current).toBe(true);
    addItem(root);
    const stale = checkContent(root, { base: NO_GIT });
    expect(stale.problems).toEqual([]);
    expect(stale.published.current).toBe(false);
    expect(JSON.parse(stale.published.text).checklists).toEqual({ good: ['koujing', 'xin', 'zhenshi'] });
    expect(checkContent(root, { base: NO_GIT, verifyPublished: true }).problems.map(formatProblem)).toEqual([
      'content/published.json: 与当前的清单不一致（尚未记录 good 的 xin）：请在本机运行 npm run check 更新此文件，并随内容一并提交',
    ]);
    writeFileSync(record(root), JSON.stringify({ checklists: { jiu: ['a'] }, withdrawn: [] }));
    expect(checkContent(root, { base: NO_GIT, verifyPublished: true }).problems.map(formatProblem)).toEqual([
      'content/checklists/jiu.yaml: 已发布的清单 "jiu" 不见了（各单位按清单 id 保存勾选）：若是改名，请在新的清单文件中写 renamedFrom: jiu；若确要撤销，请把 "jiu" 写入 content/published.json 的 withdrawn 列表（各单位保存的勾选将不再显示）',
      'content/published.json: 与当前的清单不一致（尚未记录 good（整份清单）；应删去已改名或撤销的 jiu）：请在本机运行 npm run check 更新此文件，并随内容一并提交',
    ]);
    rmSync(record(root));
    expect(checkContent(root, { base: NO_GIT, verifyPublished: true }).problems.map(formatProblem)).toEqual([
      'content/published.json: 缺少已发布清单的记录：请在本机运行 npm run check 生成此文件，并随内容一并提交',
    ]);
  });

  it('is written by npm run check when everything passes, and only verified in CI', () => {
    const root = project();
    addItem(root);
    const run = (ci: string) => spawnSync(process.execPath, [script, root], { encoding: 'utf8', env: { ...process.env, CI: ci, DUBAN_BASE_REF: '' } });
    const ci = run('true');
    expect(ci.status).toBe(1);
    expect(ci.stderr).toContain('content/published.json: 与当前的清单不一致（尚未记录 good 的 xin）');
    const local = run('');
    expect(local.status).toBe(0);
    expect(local.stdout).toContain('已更新 content/published.json（已发布的清单及条目 id，请随内容一并提交）');
    expect(JSON.parse(readFileSync(record(root), 'utf8')).checklists.good).toEqual(['koujing', 'xin', 'zhenshi']);
    expect(run('true').status).toBe(0);
  });
});
