/**
 * The round trip (src/import/run.ts): 区甲局 downloads its sheet from a fixture project, fills it
 * in as a unit would — a column moved, a column inserted, the title changed and merged anew, a
 * date as an Excel serial — and sends it back; the import writes its report, the content check
 * passes over it, and the file says what the unit wrote. Then what an import does to the file
 * already there (merged, never duplicated, the same bytes a second time), what `--partial` writes,
 * and that a report the check refuses is taken back.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '~/check/checkContent';
import { importReport, projectSite } from '~/import/run';
import { importProject } from './project';
import { bytesOf, column, csvBytes, fill, row, sheetOf, TODAY, unitWorkbook } from './sheets';

const projects: string[] = [];
afterAll(() => {
  for (const root of projects) rmSync(root, { recursive: true, force: true });
});

/** A fresh fixture project. */
function project(): string {
  const root = importProject();
  projects.push(root);
  return root;
}

const NAME = '区甲局-任务分解表-2022-05-16.xlsx';

/** 区甲局's sheet downloaded from the project, filled in by `change`. */
async function filled(root: string, change: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = await unitWorkbook(projectSite(root), 'a');
  change(sheetOf(workbook));
  return bytesOf(workbook);
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

describe('the round trip', () => {
  it('writes the report of a sheet a unit filled in and re-typed, and the check passes', async () => {
    const root = project();
    const bytes = await filled(root, (sheet) => {
      fill(sheet, '完成自查', { 完成情况: '已完成', 进展情况: '自查报告已报送。', 责任人: '王某某' });
      fill(sheet, '严格把关', { 完成情况: '推进中', 存在问题: '台账缺页。', 下步打算: '5月底前补齐。', 责任人: '王某某' });
      // 进展情况 moved before 任务, a column inserted, a new merged title, 填报日期 as a serial.
      // Merges are undone first and made again after: exceljs, unlike Excel, moves none with its columns.
      const field = row(sheet, '严格把关') + 2;
      sheet.unMergeCells('A1');
      sheet.unMergeCells(`A${field}`);
      const progress = column(sheet, '进展情况');
      const values = (sheet.getColumn(progress).values as ExcelJS.CellValue[]).slice(1);
      sheet.spliceColumns(progress, 1);
      sheet.spliceColumns(2, 0, values);
      sheet.spliceColumns(1, 0, [null, null, '科室']);
      sheet.getCell('A1').value = '区甲局迎检工作进展（5月第3周）';
      sheet.mergeCells('A1:H1');
      sheet.mergeCells(`B${field}:D${field}`);
      sheet.getCell(field, 5).value = 44701;
    });
    const outcome = await importReport({ root, name: NAME, bytes, partial: false, today: TODAY });
    expect(outcome).toEqual({
      ok: true,
      lines: [
        '已写入 content/reports/a/2022-05-20.yaml（区甲局 2022年5月20日的报送，来源：区甲局-任务分解表-2022-05-16.xlsx）',
        '  新增 2 项：完成自查（已完成）、严格把关（推进中）',
        '  表中未填写 1 项（未计入报送）：报送台账',
        '  责任人：王某某',
        '内容检查通过。',
      ],
      errors: [],
      written: 'content/reports/a/2022-05-20.yaml',
    });
    expect(read(root, 'content/reports/a/2022-05-20.yaml')).toBe(
      [
        'reporter: 王某某',
        'source: 区甲局-任务分解表-2022-05-16.xlsx',
        'tasks:',
        '  - task: good',
        '    state: 已完成',
        '    progress: 自查报告已报送。',
        '  - task: baguan',
        '    state: 推进中',
        '    problems: 台账缺页。',
        '    nextSteps: 5月底前补齐。',
        '',
      ].join('\n'),
    );
    const check = checkContent(root, { base: null });
    expect(check.problems).toEqual([]);
    expect(check.content.reports.map((report) => report.id)).toEqual(['a/2022-05-15', 'a/2022-05-20', 'b/2022-05-16']);
  });

  it('merges into the unit’s report of the same day, keeping what the sheet does not speak of, and writes the same bytes twice', async () => {
    const root = project();
    // 区甲局's report of 2022-05-15 on 完成自查, with evidence and ticks written by hand.
    const file = 'content/reports/a/2022-05-15.yaml';
    writeFileSync(
      join(root, file),
      'reporter: 王某某\ntasks:\n  - task: good\n    state: 推进中\n    progress: 正在逐项核查。\n    evidence:\n      - title: 工作动态\n        url: https://intranet.example/1\n    checklist:\n      good: [koujing]\n',
    );
    const bytes = await filled(root, (sheet) => {
      fill(sheet, '完成自查', { 完成情况: '申请销号', 进展情况: '自查完毕。' });
      fill(sheet, '报送台账', { 完成情况: '推进中' });
    });
    const first = await importReport({ root, name: NAME, bytes, partial: false, today: TODAY, date: '2022-05-15' });
    expect(first.lines).toEqual([
      '已写入 content/reports/a/2022-05-15.yaml（区甲局 2022年5月15日的报送，来源：区甲局-任务分解表-2022-05-16.xlsx）',
      '  新增 1 项：报送台账（推进中）',
      '  更新 1 项：完成自查（推进中 → 申请销号）',
      '  表中未填写 1 项（未计入报送）：严格把关',
      '内容检查通过。',
    ]);
    const merged = read(root, file);
    expect(merged).toBe(
      [
        'reporter: 王某某',
        'source: 区甲局-任务分解表-2022-05-16.xlsx',
        'tasks:',
        '  - task: good',
        '    state: 申请销号',
        '    progress: 自查完毕。',
        '    evidence:',
        '      - title: 工作动态',
        '        url: https://intranet.example/1',
        '    checklist:',
        '      good:',
        '        - koujing',
        '  - task: taizhang',
        '    state: 推进中',
        '',
      ].join('\n'),
    );
    const again = await importReport({ root, name: NAME, bytes, partial: false, today: TODAY, date: '2022-05-15' });
    expect(again).toEqual({ ok: true, lines: ['content/reports/a/2022-05-15.yaml 已是本表的内容，未作修改（区甲局 2022年5月15日的报送）'], errors: [] });
    expect(read(root, file)).toBe(merged);
  });
});

describe('rows with problems', () => {
  const bad = (sheet: ExcelJS.Worksheet) => {
    fill(sheet, '完成自查', { 完成情况: '完成了' });
    fill(sheet, '报送台账', { 完成情况: '推进中', 进展情况: '已收集。' });
  };

  it('write nothing, and every problem is listed', async () => {
    const root = project();
    const outcome = await importReport({ root, name: NAME, bytes: await filled(root, bad), partial: false, today: TODAY });
    expect(outcome).toEqual({
      ok: false,
      lines: [],
      errors: [
        '区甲局-任务分解表-2022-05-16.xlsx 第4行 完成情况："完成了" 不是可选值（可选：未启动、推进中、已完成、申请销号）',
        '\n共 1 个问题（涉及 1 行），未写入任何文件。请单位改正后重新发送；或加 --partial 先导入没有问题的行。',
      ],
    });
    expect(existsSync(join(root, 'content/reports/a/2022-05-16.yaml'))).toBe(false);
  });

  it('with --partial, the rows without one are written and the others named', async () => {
    const root = project();
    const outcome = await importReport({ root, name: NAME, bytes: await filled(root, bad), partial: true, today: TODAY });
    expect(outcome.ok).toBe(true);
    expect(outcome.lines[1]).toBe('  新增 1 项：报送台账（推进中）');
    expect(outcome.errors).toEqual([
      '\n以下 1 个问题所在的行未导入（--partial）：',
      '区甲局-任务分解表-2022-05-16.xlsx 第4行 完成情况："完成了" 不是可选值（可选：未启动、推进中、已完成、申请销号）',
    ]);
    expect(read(root, 'content/reports/a/2022-05-16.yaml')).toBe('source: 区甲局-任务分解表-2022-05-16.xlsx\ntasks:\n  - task: taizhang\n    state: 推进中\n    progress: 已收集。\n');
  });
});

describe('what the check refuses', () => {
  it('is taken back: the file there before is restored, a new one removed', async () => {
    const root = project();
    // What the check refuses beside a report: a link in its evidence folder.
    mkdirSync(join(root, 'content/reports/a/2022-05-15'));
    symlinkSync('/etc/hostname', join(root, 'content/reports/a/2022-05-15/link.txt'));
    const before = read(root, 'content/reports/a/2022-05-15.yaml');
    const bytes = await filled(root, (sheet) => fill(sheet, '报送台账', { 完成情况: '推进中' }));
    const outcome = await importReport({ root, name: NAME, bytes, partial: false, today: TODAY, date: '2022-05-15' });
    expect(outcome.ok).toBe(false);
    expect(outcome.errors[0]).toBe('区甲局-任务分解表-2022-05-16.xlsx：导入后的报送未通过内容检查，已撤回，content/reports/a/2022-05-15.yaml 保持原样：');
    expect(outcome.errors.slice(1).every((line) => line.startsWith('content/reports/a/2022-05-15/'))).toBe(true);
    expect(read(root, 'content/reports/a/2022-05-15.yaml')).toBe(before);
    mkdirSync(join(root, 'content/reports/a/2022-05-20'));
    symlinkSync('/etc/hostname', join(root, 'content/reports/a/2022-05-20/link.txt'));
    const fresh = await importReport({ root, name: NAME, bytes, partial: false, today: TODAY, date: '2022-05-20' });
    expect(fresh.errors[0]).toBe('区甲局-任务分解表-2022-05-16.xlsx：导入后的报送未通过内容检查，已撤回，未写入 content/reports/a/2022-05-20.yaml：');
    expect(existsSync(join(root, 'content/reports/a/2022-05-20.yaml'))).toBe(false);
  });

  it('is taken back when the check refuses the report itself: dated before the meeting', async () => {
    const root = project();
    const bytes = await filled(root, (sheet) => fill(sheet, '报送台账', { 完成情况: '推进中' }));
    const outcome = await importReport({ root, name: NAME, bytes, partial: false, today: TODAY, date: '2022-05-01' });
    expect(outcome.errors[0]).toBe('区甲局-任务分解表-2022-05-16.xlsx：导入后的报送未通过内容检查，已撤回，未写入 content/reports/a/2022-05-01.yaml：');
    expect(outcome.errors.slice(1)).toEqual(['content/reports/a/2022-05-01.yaml: tasks[0].task: 报送日期 2022-05-01 早于任务 "taizhang" 所在会议的日期 2022-05-10（请核对文件名中的日期，或任务 id）']);
    expect(existsSync(join(root, 'content/reports/a/2022-05-01.yaml'))).toBe(false);
  });

  it('refuses to merge into a report file that is itself wrong', async () => {
    const root = project();
    writeFileSync(join(root, 'content/reports/a/2022-05-15.yaml'), 'tasks:\n  - task: good\n    state: 完成\n');
    const bytes = await filled(root, (sheet) => fill(sheet, '完成自查', { 完成情况: '推进中' }));
    const outcome = await importReport({ root, name: NAME, bytes, partial: false, today: TODAY, date: '2022-05-15' });
    expect(outcome.errors).toEqual([
      '区甲局-任务分解表-2022-05-16.xlsx：现有的 content/reports/a/2022-05-15.yaml 有误，无法与本表合并（tasks.0.state: 完成情况 "完成" 不在可选值中（可选：未启动、推进中、已完成、申请销号；是否想写 "已完成"？））：请先改正或删除该文件，再导入',
    ]);
  });
});

describe('a checklist’s export', () => {
  it('adds the unit’s ticks to the tasks that name the checklist', async () => {
    const root = project();
    const bytes = csvBytes(['清单,单位,序号,条目,状态,复核,备注,更新日期', '台账资料,区乙局,1,真实反映,已完成,,,2022-05-19', '台账资料,区乙局,2,统一口径,已完成,,,2022-05-19']);
    const outcome = await importReport({ root, name: '台账资料-区乙局-2022-05-16.csv', bytes, partial: false, today: TODAY });
    expect(outcome.lines).toEqual([
      '已写入 content/reports/b/2022-05-16.yaml（区乙局 2022年5月16日的报送，来源：台账资料-区乙局-2022-05-16.csv）',
      '  更新 1 项：完成自查（已完成）',
      '  核查清单“台账资料”：已勾选 2 / 2 项',
      '  核查清单的导出文件不记报送日期，按文件名中的导出日期记为 2022年5月16日 报送；如不对，请删去写入的文件，加 --date 重新导入',
      '内容检查通过。',
    ]);
    const report = read(root, 'content/reports/b/2022-05-16.yaml');
    expect(report).toMatch(/^source: 区乙局-任务分解表.xlsx、台账资料-区乙局-2022-05-16.csv\n/);
    expect(report).toContain('    checklist:\n      good:\n        - zhenshi\n        - koujing\n');
  });
});
