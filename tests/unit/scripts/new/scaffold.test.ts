/** npm run new: every kind writes a file that passes the check, with the next free id. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '~/check/checkContent';
import { nextFreeId } from '../../../../scripts/new/scaffold.ts';

const script = join(import.meta.dirname, '../../../../scripts/new.ts');
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(): string {
  root = mkdtempSync(join(tmpdir(), 'duban-new-'));
  cpSync(join(import.meta.dirname, '../../../fixtures/good-content/content'), join(root, 'content'), { recursive: true });
  return root;
}
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args, '--root', root], { encoding: 'utf8', input: '' });

describe('npm run new', () => {
  it('takes the next free id', () => {
    expect(nextFreeId('task', new Set(['good', 'renwu-2', 'renwu-10']))).toBe('renwu-11');
    expect(nextFreeId('unit', new Set())).toBe('danwei-1');
  });

  it('writes each kind so that it passes the check', () => {
    project();
    const runs = [
      run('task', '--title', '补齐台账', '--directive', 'e', '--lead', 'a,b', '--quote', '严格把关', '--date', '2022-05-30', '--deadline-text', '5月30日前'),
      run('task', '--id', 'renwu-extra', '--title', '统一口径', '--directive', 'e', '--lead', 'a', '--support', 'b', '--quote', '要统一口径', '--milestone', 'xiachen', '--deadline-text', '下沉督察之前'),
      run('unit', '--name', '区测试局', '--short', '测试', '--quote', '各单位'),
      run('checklist', '--title', '自查清单', '--applies-to', 'g', '--item', '逐项自查', '--quote', '台账资料'),
      run('milestone', '--name', '督察反馈', '--quote', '五个不放过'),
    ];
    expect(runs.map((result) => [result.status, result.stdout.trim().split('\n')])).toEqual([
      [0, ['已写入 content/tasks/renwu-1.md（id: renwu-1）', '检查通过。']],
      [0, ['已写入 content/tasks/renwu-extra.md（id: renwu-extra）', '检查通过。']],
      [0, ['已写入 content/departments/danwei-1.yaml（id: danwei-1）', '检查通过。']],
      [0, ['已写入 content/checklists/qingdan-1.yaml（id: qingdan-1）', '检查通过。']],
      [0, ['已写入 content/milestones.yaml（id: jiedian-1）', '检查通过。']],
    ]);
    expect(checkContent(root).problems).toEqual([]);
    expect(readFileSync(join(root, 'content/tasks/renwu-1.md'), 'utf8')).toContain('  date: 2022-05-30\n  text: "5月30日前"');
  });

  it('says what is missing when it cannot ask, and what is still wrong when it could write', () => {
    project();
    const missing = run('unit', '--name', '区测试局');
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('缺少：--quote（讲话中提到该单位的原文）');
    const wrong = run('task', '--title', '无', '--directive', 'e', '--lead', 'zz', '--quote', '不在记录中');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('content/tasks/renwu-1.md: responsibilities[0].unit: 单位 "zz" 不存在');
    expect(wrong.stderr).toContain('content/tasks/renwu-1.md: source.quote: 引文未在会议记录 "m" 中找到');
    expect(run('task', '--id', 'good', '--title', 'x', '--directive', 'e', '--lead', 'a', '--quote', 'x').stderr).toContain('id "good" 已被使用');
  });
});
