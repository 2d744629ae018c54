/**
 * The exports' views over the fixture site (src/data/views/exports.ts): the tasks each unit gets,
 * and the 任务分解表 read back with exceljs as Excel would open it — title and subtitle rows, the
 * unit's part in each task, numeric 序号, borders, the blank columns to fill in, print setup, and
 * on a unit's sheet what brings it back as a report (src/import/format.ts).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportTasks, sheetFileName, tasksByUnit, taskSheet } from '~/data/views/exports';
import { indexSite } from '~/data/site';
import { t } from '~/i18n/t';
import { sheetRows } from '~/lib/exports';
import { sheetWorkbook } from '~/lib/workbook';
import { TasksExportSchema, type TaskExport } from '~/schemas/export';
import { fixtureEntries } from '../fixture';
import { twoMeetingEntries } from '../twoMeetings';

const site = indexSite(fixtureEntries());
const ORIGIN = 'https://duban.example.invalid/ducha/';
const tasks = exportTasks(site, (path) => `${ORIGIN}${path}`);
const DATE = '2026-11-29';
const THIN = { style: 'thin' };

/** The sheet as exceljs reads it back from the written bytes. */
async function readBack(unit: string | undefined, list = unit === undefined ? tasks : tasksByUnit(site, tasks).get(unit) ?? []): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await sheetWorkbook(taskSheet(site, list, { unit, date: DATE }))).buffer as ArrayBuffer);
  return workbook.getWorksheet('任务分解表')!;
}

/** Row `index`'s values from column A on (exceljs puts nothing at index 0). */
const values = (sheet: ExcelJS.Worksheet, index: number) => (sheet.getRow(index).values as unknown[]).slice(1);

describe('tasks by unit', () => {
  it('gives a unit the tasks that name it and those of the groups it belongs to, in the speech order', () => {
    const byUnit = tasksByUnit(site, tasks);
    expect(byUnit.get('a')!.map((task) => task.id)).toEqual(['zicha', 'taizhang', 'zhenggai', 'koujing']);
    expect(byUnit.get('c')!.map((task) => task.id)).toEqual(['zicha', 'zhuanban', 'changqi']);
    expect(tasks.map((task) => task.id)).toEqual(['zicha', 'taizhang', 'zhenggai', 'koujing', 'zhuanban', 'changqi']);
  });
});

describe('a unit’s 任务分解表', () => {
  it('has a merged title naming the district and the unit, and a subtitle with the meeting and the export date', async () => {
    const sheet = await readBack('a');
    expect(sheet.getCell('A1').value).toBe('XX区迎接省环保督察工作任务分解表（区甲局）');
    expect(sheet.getCell('A2').value).toBe('依据：测试会议　　导出日期：2026年11月29日');
    for (const address of ['M1', 'M2']) expect(sheet.getCell(address).isMerged).toBe(true);
    expect(sheet.getCell('M1').master.address).toBe('A1');
    expect(sheet.getCell('M2').master.address).toBe('A2');
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
  });

  it('has the columns of the form, the meeting first, the unit’s part in each task, and a number as 序号', async () => {
    const sheet = await readBack('a');
    expect(values(sheet, 3)).toEqual(['序号', '会议', '任务', '本单位角色', '牵头单位', '配合、督办等单位', '完成时限', '依据', '销号要求', '责任领导', '责任人', '完成情况', '进展情况', '存在问题', '下步打算', '备注', '编号（导入用，请勿修改）']);
    // The four tasks, a blank line, and 填报日期.
    expect(sheet.rowCount).toBe(3 + 4 + 2);
    expect([4, 5, 6, 7].map((row) => sheet.getCell(row, 1).value)).toEqual([1, 2, 3, 4]);
    expect(sheet.getCell('A4').type).toBe(ExcelJS.ValueType.Number);
    expect([4, 5, 6, 7].map((row) => sheet.getCell(row, 2).value)).toEqual(Array(4).fill('测试会议\n2022年5月10日'));
    expect([4, 5, 6, 7].map((row) => sheet.getCell(row, 4).value)).toEqual(['作为“各单位”成员单位落实\n落实：主要负责同志', '牵头', '配合', '牵头']);
    expect(values(sheet, 5).slice(4, 9)).toEqual(['区甲局', '区乙局', '进驻前一天', '督察组进驻前一天报送台账', '完成。']);
    expect(values(sheet, 6).slice(4, 6)).toEqual(['各部门', '区甲局']);
  });

  it('links each task to its page when the address is absolute', async () => {
    const sheet = await readBack('a');
    expect(sheet.getCell('C5').value).toEqual({ text: '报送台账', hyperlink: `${ORIGIN}tasks/taizhang/` });
    const relative = exportTasks(site, (path) => `/ducha/${path}`);
    const plain = await readBack('a', tasksByUnit(site, relative).get('a'));
    // Excel cannot open a path without the site's address: the title is plain text then.
    expect(plain.getCell('C5').value).toBe('报送台账');
  });

  it('draws thin borders round every cell of the table, the blank columns to fill in included', async () => {
    const sheet = await readBack('a');
    for (let row = 3; row <= 7; row += 1) {
      for (let column = 1; column <= 17; column += 1) {
        expect(sheet.getCell(row, column).border, `${row}:${column}`).toEqual({ top: THIN, left: THIN, bottom: THIN, right: THIN });
      }
    }
    for (let row = 4; row <= 7; row += 1) expect(values(sheet, row).slice(9, 16), `row ${row}`).toEqual(new Array(7).fill(undefined));
    expect(sheet.getCell('A1').border).toEqual({});
  });

  it('comes back as the unit’s report: 完成情况 a list, the task ids in a hidden column, the unit and date hidden twice, 填报日期 to fill in', async () => {
    const sheet = await readBack('a');
    for (let row = 4; row <= 7; row += 1) {
      expect(sheet.getCell(row, 12).dataValidation, `L${row}`).toEqual({
        type: 'list',
        allowBlank: true,
        formulae: ['"未启动,推进中,已完成,申请销号"'],
        showInputMessage: true,
        prompt: '请从列表中选择：未启动、推进中、已完成、申请销号',
        showErrorMessage: true,
        errorStyle: 'stop',
        error: '请从列表中选择：未启动、推进中、已完成、申请销号',
      });
    }
    expect(sheet.getColumn(17).hidden).toBe(true);
    expect([1, 2, 4, 5, 6, 7].map((row) => sheet.getCell(row, 17).value)).toEqual(['单位编号：a', '表格日期：2026-11-29', 'zicha', 'taizhang', 'zhenggai', 'koujing']);
    // The title spans the columns staff see, so that its hidden column keeps its own cell.
    expect([sheet.getCell('P1').master.address, sheet.getCell('Q1').isMerged]).toEqual(['A1', false]);
    expect([sheet.getCell('A9').value, sheet.getCell('B9').master.address, sheet.getCell('C9').border]).toEqual(['填报日期：', 'A9', { top: THIN, left: THIN, bottom: THIN, right: THIN }]);
    const workbook = sheet.workbook;
    const facts = workbook.getWorksheet('导入信息')!;
    expect([facts.state, facts.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1))]).toEqual(['veryHidden', [['单位编号', 'a'], ['表格日期', '2026-11-29']]]);
  });

  it('prints on A4 landscape, one page wide, with the column headers on every page', async () => {
    const sheet = await readBack('a');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.headerFooter).toMatchObject({
      differentFirst: true,
      oddHeader: '&C&"黑体"&12XX区迎接省环保督察工作任务分解表（区甲局）',
      oddFooter: '&C&"宋体"&9第 &P 页，共 &N 页',
      firstFooter: '&C&"宋体"&9第 &P 页，共 &N 页',
    });
  });

  it('is a titled, empty form for a unit without tasks', async () => {
    const sheet = await readBack('c', []);
    expect(sheet.getCell('A1').value).toBe('XX区迎接省环保督察工作任务分解表（丙镇）');
    expect(sheet.getCell('A2').value).toBe('依据：测试会议　　导出日期：2026年11月29日');
    expect([sheet.rowCount, sheet.getCell('A5').value]).toEqual([5, '填报日期：']);
  });
});

describe('the district’s 任务分解表', () => {
  it('has every task, no 本单位角色 column, and other roles than 配合 named beside their unit', async () => {
    const sheet = await readBack(undefined);
    expect(sheet.getCell('A1').value).toBe('XX区迎接省环保督察工作任务分解表');
    expect(values(sheet, 3)).toEqual(['序号', '会议', '任务', '牵头单位', '配合、督办等单位', '完成时限', '依据', '销号要求', '责任领导', '责任人', '完成情况', '备注']);
    expect(sheet.rowCount).toBe(3 + 6);
    expect(values(sheet, 8).slice(3, 5)).toEqual(['区乙局', '丙镇（督办）']);
    // It does not come back: no list, no hidden column, no hidden sheet.
    expect([sheet.getCell('L4').dataValidation, sheet.columnCount, sheet.workbook.worksheets.length]).toEqual([undefined, 12, 1]);
  });
});

describe('download names', () => {
  it('say whose sheet it is and of which day', () => {
    expect(sheetFileName(site, 'a', DATE, 'xlsx')).toBe('区甲局-任务分解表-2026-11-29.xlsx');
    expect(sheetFileName(site, undefined, DATE, 'csv')).toBe('XX区-任务分解表-2026-11-29.csv');
  });
});

describe('exports of tasks from two meetings', () => {
  const two = indexSite(twoMeetingEntries());
  const all = exportTasks(two, (path) => `${ORIGIN}${path}`);
  const read = async (unit: string | undefined, list: readonly TaskExport[]) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await sheetWorkbook(taskSheet(two, list, { unit, date: DATE }))).buffer as ArrayBuffer);
    return workbook.getWorksheet('任务分解表')!;
  };

  it('name in a unit’s sheet each task’s meeting with its date, before the task, and both meetings in the subtitle', async () => {
    const sheet = await read('d', tasksByUnit(two, all).get('d')!);
    expect(sheet.getCell('A2').value).toBe('依据：测试会议、区长在整改推进会上的讲话　　导出日期：2026年11月29日');
    expect([4, 5, 6].map((row) => values(sheet, row).slice(1, 4))).toEqual([
      ['测试会议\n2022年5月10日', '完成自查', '作为“各单位”成员单位落实\n落实：主要负责同志'],
      ['区长在整改推进会上的讲话\n2022年7月15日', '部署整改工作', '作为“各街道”成员单位落实'],
      ['区长在整改推进会上的讲话\n2022年7月15日', '推进整改', '配合'],
    ].map(([meeting, title, role]) => [meeting, { text: title, hyperlink: expect.stringMatching(/^https:/) }, role]));
    expect(sheet.getColumn(2).width).toBe(16);
  });

  it('give a meeting without a date by its title alone', async () => {
    const entries = twoMeetingEntries();
    const undated = indexSite({ ...entries, meetings: entries.meetings.map((meeting) => (meeting.id === 'm' ? { ...meeting, data: { ...meeting.data, date: null } } : meeting)) });
    const tasks = exportTasks(undated, (path) => path);
    expect(tasks.find((task) => task.id === 'zicha')?.meeting).toEqual({ id: 'm', title: '测试会议', date: null });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await sheetWorkbook(taskSheet(undated, tasks.slice(0, 1), { unit: undefined, date: DATE }))).buffer as ArrayBuffer);
    expect(workbook.getWorksheet('任务分解表')!.getCell('B4').value).toBe('测试会议');
  });

  it('put the meeting and its ISO date before the task in the CSV rows, and the meeting in tasks.json', () => {
    const rows = sheetRows(all, t('exports.columns').split(','));
    expect(rows[0]!.slice(0, 4)).toEqual(['序号', '会议', '会议日期', '任务']);
    expect(rows.slice(7).map((row) => row.slice(0, 4))).toEqual([
      ['7', '区长在整改推进会上的讲话', '2022-07-15', '部署整改工作'],
      ['8', '区长在整改推进会上的讲话', '2022-07-15', '推进整改'],
      ['9', '区长在整改推进会上的讲话', '2022-07-15', '建立长效机制'],
    ]);
    const json = TasksExportSchema.parse(JSON.parse(JSON.stringify({ version: 1, generated: DATE, tasks: all })));
    expect(json.tasks.map((task) => `${task.id}:${task.meeting.id}:${task.meeting.date}`)).toEqual([
      'zicha:m:2022-05-10',
      'taizhang:m:2022-05-10',
      'zhenggai:m:2022-05-10',
      'koujing:m:2022-05-10',
      'zhuanban:m:2022-05-10',
      'changqi:m:2022-05-10',
      'bushu:n:2022-07-15',
      'tuijin:n:2022-07-15',
      'changxiao:n:2022-07-15',
    ]);
    expect(json.tasks.find((task) => task.id === 'tuijin')?.meeting).toEqual({ id: 'n', title: '区长在整改推进会上的讲话', date: '2022-07-15' });
  });
});
