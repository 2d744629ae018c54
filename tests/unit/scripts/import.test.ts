/**
 * `npm run import` on the command line (scripts/import.ts): a mistake in the command is one
 * Chinese line and exit 2; a unit's sheet is imported into a fixture project and the lines of
 * src/import/run.ts printed, exit 0; a sheet with problems prints them all, exit 1.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectSite } from '~/import/run';
import { importProject } from '../import/project';
import { bytesOf, fill, sheetOf, unitWorkbook } from '../import/sheets';

const SCRIPT = join(import.meta.dirname, '../../../scripts/import.ts');
const root = importProject();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', cwd: root });

describe('npm run import', () => {
  it('says in one line what is wrong with the command', () => {
    const usage = [
      '用法：npm run import -- report <文件.xlsx 或 文件.csv> [--unit 单位id] [--date YYYY-MM-DD] [--partial]',
      '　　　npm run import -- cases <交办表.xlsx 或 .csv> [--batch 批次号] [--date 交办日期] [--partial]',
      '　　　npm run import -- casework <办理情况表.xlsx> [--unit 单位id] [--date YYYY-MM-DD] [--partial]',
    ].join('\n');
    const lines = [run(), run('case', 'a.xlsx'), run('report'), run('report', 'a.xlsx', '--unit'), run('report', 'a.xlsx', '--week', '3'), run('report', 'missing.xlsx')].map((result) => [result.status, result.stderr.trim()]);
    expect(lines).toEqual([
      [2, usage],
      [2, `不认识的导入类型 "case"：可以导入 report（单位报送）、cases（交办批次）、casework（单位办理情况）。\n${usage}`],
      [2, `缺少要导入的文件。${usage}`],
      [2, `--unit 后面缺少内容。${usage}`],
      [2, `不认识的选项 "--week"。${usage}`],
      [2, '找不到或无法读取文件 "missing.xlsx"（ENOENT）'],
    ]);
  });

  it('imports a unit’s sheet and prints what it wrote; a sheet with problems prints them, and nothing is written', async () => {
    const workbook = await unitWorkbook(projectSite(root), 'a');
    fill(sheetOf(workbook), '报送台账', { 完成情况: '推进中', 进展情况: '已收集。' });
    writeFileSync(join(root, '区甲局.xlsx'), await bytesOf(workbook));
    const good = run('report', '区甲局.xlsx', '--date', '2022-05-20');
    expect([good.status, good.stdout, good.stderr]).toEqual([
      0,
      '已写入 content/reports/a/2022-05-20.yaml（区甲局 2022年5月20日的报送，来源：区甲局.xlsx）\n  新增 1 项：报送台账（推进中）\n  表中未填写 2 项（未计入报送）：完成自查、严格把关\n内容检查通过。\n',
      '',
    ]);
    fill(sheetOf(workbook), '报送台账', { 完成情况: '完成了' });
    writeFileSync(join(root, '区甲局.xlsx'), await bytesOf(workbook));
    const bad = run('report', '区甲局.xlsx', '--date=2022-05-21');
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([
      1,
      '',
      '区甲局.xlsx 第5行 完成情况："完成了" 不是可选值（可选：未启动、推进中、已完成、申请销号）\n\n共 1 个问题（涉及 1 行），未写入任何文件。请单位改正后重新发送；或加 --partial 先导入没有问题的行。\n',
    ]);
  });
});
