/**
 * A unit's filled-in sheet read as its report (src/import/report.ts), on the fixture site: the
 * sheet downloaded for 区甲局 (a) and filled in with exceljs as a unit's Excel would, also after
 * the unit re-typed it — columns moved and inserted, rows moved, blank rows, a new title, merged
 * cells, formulas, dates as serials and as "5月20日", full-width digits — and the CSV of the 报送
 * page. The bad sheets, each with its exact message, are in ./reportImport.test.ts.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { readSheetFile } from '~/import/file';
import { importReportSheet, type SheetImport } from '~/import/report';
import type { Table } from '~/import/table';
import { fixtureEntries } from '../data/fixture';
import { bytesOf, column, csvBytes, fill, row, sheetOf, TODAY, unitWorkbook } from './sheets';

const site = indexSite(fixtureEntries());

async function tablesOf(bytes: Uint8Array): Promise<Table[]> {
  const read = await readSheetFile(bytes);
  if (!read.ok) throw new Error(read.message);
  return read.tables;
}

/** The sheet read as 区甲局's report, with the flags given. */
async function imported(workbook: ExcelJS.Workbook, flags: { unit?: string; date?: string } = {}): Promise<SheetImport> {
  return importReportSheet(await tablesOf(await bytesOf(workbook)), site, { today: TODAY, ...flags });
}

describe('a sheet filled in as downloaded', () => {
  it('gives each filled row as its task, the unit and date from the sheet, and the blank rows as unreported', async () => {
    const workbook = await unitWorkbook(site, 'a');
    const sheet = sheetOf(workbook);
    fill(sheet, '报送台账', { 完成情况: '推进中', 进展情况: '已收集台账32本。', 存在问题: '部分台账缺页。', 下步打算: '5月底前补齐。', 责任人: '王某某' });
    fill(sheet, '统一口径', { 完成情况: '申请销号', 进展情况: '口径已统一\r\n并印发。', 责任人: '李某某' });
    const result = await imported(workbook);
    expect(result).toEqual({
      unit: 'a',
      date: '2022-05-16',
      tasks: [
        { task: 'taizhang', words: { state: '推进中', progress: '已收集台账32本。', problems: '部分台账缺页。', nextSteps: '5月底前补齐。' } },
        { task: 'koujing', words: { state: '申请销号', progress: '口径已统一\n并印发。', problems: undefined, nextSteps: undefined } },
      ],
      reporter: '王某某、李某某',
      unfilled: ['zicha', 'zhenggai'],
      problems: [],
      notes: ['表中未填填报日期，按表格的导出日期记为 2022年5月16日 报送；如不对，请删去写入的文件，加 --date 重新导入'],
    });
  });

  it('takes the report’s date from 填报日期: an Excel date, a serial, 5月20日, full-width digits', async () => {
    for (const value of [new Date(Date.UTC(2022, 4, 20)), 44701, '5月20日', '２０２２年５月２０日', '2022/5/20', '填报日期：2022-05-20']) {
      const workbook = await unitWorkbook(site, 'a');
      const sheet = sheetOf(workbook);
      fill(sheet, '完成自查', { 完成情况: '未启动' });
      const field = row(sheet, '统一口径') + 2;
      expect(sheet.getCell(field, 1).value).toBe('填报日期：');
      if (typeof value === 'string' && value.startsWith('填报日期')) sheet.getCell(field, 1).value = value;
      else sheet.getCell(field, 3).value = value;
      const result = await imported(workbook);
      expect([result.date, result.notes, result.problems], String(value)).toEqual(['2022-05-20', [], []]);
    }
  });

  it('lets --date win over 填报日期, and says so', async () => {
    const workbook = await unitWorkbook(site, 'a');
    const sheet = sheetOf(workbook);
    fill(sheet, '完成自查', { 完成情况: '未启动' });
    sheet.getCell(row(sheet, '统一口径') + 2, 3).value = '5月20日';
    const result = await imported(workbook, { date: '2022-05-21' });
    expect([result.date, result.notes]).toEqual(['2022-05-21', ['表中填报日期为 2022年5月20日，按 --date 记为 2022年5月21日']]);
  });
});

describe('a sheet the unit re-typed', () => {
  it('is read by its headers and hidden keys: columns moved and inserted, rows moved, blank rows, a new title, merged cells, formulas', async () => {
    const workbook = await unitWorkbook(site, 'a');
    const sheet = sheetOf(workbook);
    fill(sheet, '完成自查', { 完成情况: { formula: 'IF(TRUE,"推进中")', result: '推进中' } as ExcelJS.CellValue, 进展情况: '自查方案已印发。' });
    fill(sheet, '统一口径', { 完成情况: '推进中', 进展情况: { richText: [{ text: '口径' }, { text: '已统一。', font: { bold: true } }] } });
    fill(sheet, '报送台账', { 完成情况: '推进中', 存在问题: '人手不足。' });
    fill(sheet, '完成整改', { 完成情况: '未启动' });
    // A new title (merged again below: exceljs, unlike Excel, moves no merge with its columns).
    sheet.unMergeCells('A1');
    sheet.getCell('A1').value = '区甲局迎检任务进展报送表（第3周）';
    // 完成情况 moved next to 任务, a column of its own inserted before 本单位角色.
    const state = column(sheet, '完成情况');
    const values = sheet.getColumn(state).values;
    sheet.spliceColumns(state, 1);
    // exceljs takes a column's values from row 1 on, and gives them with an empty slot before row 1.
    sheet.spliceColumns(3, 0, (values as ExcelJS.CellValue[]).slice(1));
    sheet.spliceColumns(4, 0, [null, null, '联系电话', '8888', '8889', '8890', '8891']);
    // The rows of 完成自查 and 统一口径 swapped, two blank rows between them.
    const first = row(sheet, '完成自查');
    const last = row(sheet, '统一口径');
    const [a, b] = [sheet.getRow(first).values, sheet.getRow(last).values];
    sheet.getRow(first).values = b as ExcelJS.CellValue[];
    sheet.getRow(last).values = a as ExcelJS.CellValue[];
    sheet.spliceRows(first + 1, 0, [], []);
    sheet.mergeCells('A1:F1');
    // One 存在问题 for two tasks: the unit merges the cells.
    sheet.mergeCells(row(sheet, '报送台账'), column(sheet, '存在问题'), row(sheet, '完成整改'), column(sheet, '存在问题'));
    const result = await imported(workbook);
    expect(result.problems).toEqual([]);
    expect(result.tasks).toEqual([
      { task: 'koujing', words: { state: '推进中', progress: '口径已统一。', problems: undefined, nextSteps: undefined } },
      { task: 'taizhang', words: { state: '推进中', progress: undefined, problems: '人手不足。', nextSteps: undefined } },
      { task: 'zhenggai', words: { state: '未启动', progress: undefined, problems: '人手不足。', nextSteps: undefined } },
      { task: 'zicha', words: { state: '推进中', progress: '自查方案已印发。', problems: undefined, nextSteps: undefined } },
    ]);
    expect([result.unit, result.date, result.unfilled]).toEqual(['a', '2022-05-16', []]);
  });

  it('keeps the unit and the date when the hidden sheet is lost (the whole sheet copied into a new workbook)', async () => {
    const workbook = await unitWorkbook(site, 'a');
    workbook.removeWorksheet(workbook.worksheets.find((sheet) => sheet.state !== 'visible')!.id);
    fill(sheetOf(workbook), '完成自查', { 完成情况: '未启动' });
    const result = await imported(workbook);
    expect([result.unit, result.date, result.problems]).toEqual(['a', '2022-05-16', []]);
  });

  it('keeps them when the title rows are deleted (the hidden sheet holds them)', async () => {
    const workbook = await unitWorkbook(site, 'a');
    const sheet = sheetOf(workbook);
    fill(sheet, '完成自查', { 完成情况: '未启动' });
    sheet.spliceRows(1, 2);
    const result = await imported(workbook);
    expect([result.unit, result.date, result.problems]).toEqual(['a', '2022-05-16', []]);
  });

  it('maps rows by their titles, exactly, when the key column is gone, and tells two tasks of one title apart by 序号', async () => {
    const twins = fixtureEntries();
    // 完成整改 renamed to 统一口径: unit a now has two tasks of that title, 序号 3 and 4.
    const tasks = twins.tasks.map((task) => (task.id === 'zhenggai' ? { ...task, data: { ...task.data, title: '统一口径' } } : task));
    const twinSite = indexSite({ ...twins, tasks });
    const workbook = await unitWorkbook(twinSite, 'a');
    const sheet = sheetOf(workbook);
    const numbers = column(sheet, '序号');
    const [third, fourth] = [3, 4].map((number) => 3 + number);
    sheet.getCell(third!, column(sheet, '完成情况')).value = '推进中';
    sheet.getCell(fourth!, column(sheet, '完成情况')).value = '未启动';
    sheet.getCell(fourth!, numbers).value = '４';
    const own = row(sheet, '完成自查');
    sheet.getCell(own, column(sheet, '任务')).value = ' 完成 自查 ';
    sheet.getCell(own, column(sheet, '完成情况')).value = '推进中';
    sheet.spliceColumns(column(sheet, '编号（导入用，请勿修改）'), 1);
    const result = importReportSheet(await tablesOf(await bytesOf(workbook)), twinSite, { today: TODAY, unit: 'a', date: '2022-05-20' });
    expect(result.problems).toEqual([]);
    expect(result.tasks.map((task) => [task.task, task.words?.state])).toEqual([
      ['zicha', '推进中'],
      ['zhenggai', '推进中'],
      ['koujing', '未启动'],
    ]);
  });
});

describe('a sheet under other headers', () => {
  it('reads 任务名称, 落实情况, 工作进展, 存在的问题 and 下一步打算 as the site’s columns', async () => {
    const bytes = csvBytes([
      '填报单位：,区甲局',
      '填报日期：,2022-05-20',
      '序号,任务名称,落实情况,工作进展,存在的问题,下一步打算',
      '1,完成自查,推进中,已自查7项,人手不足,月底前完成',
    ]);
    expect(importReportSheet(await tablesOf(bytes), site, { today: TODAY }).tasks).toEqual([
      { task: 'zicha', words: { state: '推进中', progress: '已自查7项', problems: '人手不足', nextSteps: '月底前完成' } },
    ]);
  });
});

describe('the 报送 page’s CSV', () => {
  it('names the unit and the date in lines above the table and each task by its page’s address', async () => {
    const bytes = csvBytes([
      '填报单位：,区甲局',
      '填报日期：,2022-05-20',
      '',
      '序号,任务,完成情况,进展情况,存在问题,下步打算,责任人,链接',
      '1,完成自查,推进中,"已完成7项,余2项",,,王某某,https://duban.example.invalid/ducha/tasks/zicha/',
      "2,报送台账,已完成,'=台账已报送,,,王某某,https://duban.example.invalid/ducha/tasks/taizhang/",
      '3,完成整改,,,,,,https://duban.example.invalid/ducha/tasks/zhenggai/',
    ]);
    const result = importReportSheet(await tablesOf(bytes), site, { today: TODAY });
    expect(result).toEqual({
      unit: 'a',
      date: '2022-05-20',
      tasks: [
        { task: 'zicha', words: { state: '推进中', progress: '已完成7项,余2项', problems: undefined, nextSteps: undefined } },
        { task: 'taizhang', words: { state: '已完成', progress: '=台账已报送', problems: undefined, nextSteps: undefined } },
      ],
      reporter: '王某某',
      unfilled: ['zhenggai'],
      problems: [],
      notes: [],
    });
  });
});
