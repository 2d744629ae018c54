/**
 * The sheet writer (src/lib/workbook.ts), read back with exceljs: text that breaks naive writers
 * stays text (never a formula), numbers stay numbers, and every row is tall enough for its text.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rowHeight, sheetWorkbook, type Sheet, type SheetColumn } from '~/lib/workbook';

const COLUMNS: SheetColumn[] = [
  { header: '序号', width: 6, align: 'center' },
  { header: '任务', width: 21 },
  { header: '备注', width: 10 },
];
const HOSTILE = ['逗号,分号;冒号:', '引号"双"与\'单\'', '换行\n第二行\r\n第三行', '=SUM(A1:A9)', '+86 电话', '-减号开头', '@提及', '=HYPERLINK("http://x","点")', '长'.repeat(5000)];

const sheet = (rows: Sheet['rows'], title = '标题', subtitle = '副标题'): Sheet => ({ name: '任务分解表', title, subtitle, columns: COLUMNS, rows, creator: '测试', footer: '第 &P 页' });

async function readBack(input: Sheet): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await sheetWorkbook(input)).buffer as ArrayBuffer);
  return workbook.getWorksheet(input.name)!;
}

describe('sheetWorkbook', () => {
  it('writes text as text, never as a formula, and numbers as numbers', async () => {
    const read = await readBack(sheet(HOSTILE.map((text, index) => [index + 1, text, null])));
    HOSTILE.forEach((text, index) => {
      const cell = read.getCell(4 + index, 2);
      expect(cell.type, text.slice(0, 20)).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text.replace(/\r\n?/g, '\n'));
      expect(read.getCell(4 + index, 1).value).toBe(index + 1);
      expect(read.getCell(4 + index, 3).value).toBeNull();
    });
  });

  it('keeps an ampersand of the title literal in the page header', async () => {
    const read = await readBack(sheet([], '甲&乙'));
    expect(read.headerFooter.oddHeader).toBe('&C&"黑体"&12甲&&乙');
    expect(read.headerFooter.oddFooter).toBe('&C&"宋体"&9第 &P 页');
  });

  it('makes each row tall enough for the most lines in it', async () => {
    const read = await readBack(sheet([[1, '短', null], [2, '二十个字'.repeat(5), '两行\n文字']]));
    expect(read.getRow(4).height).toBe(18);
    // 40 units of text in 20 units of room: two lines, as many as the two-line 备注.
    expect(read.getRow(5).height).toBe(32);
  });

  it('gives the merged subtitle the lines it needs across the whole width', async () => {
    expect((await readBack(sheet([]))).getRow(2).height).toBe(20);
    // 37 units of room across the three columns; 60 characters are 120 units: four lines.
    expect((await readBack(sheet([], '标题', '会'.repeat(60)))).getRow(2).height).toBe(60);
  });
});

describe('a sheet to fill in and send back', () => {
  const input: Sheet = {
    ...sheet([[1, '甲', null, 'k1'], [2, '乙', null, 'k2']]),
    columns: [...COLUMNS, { header: '编号', width: 8, hidden: { marks: ['单位编号：a', '表格日期：2022-05-16'] } } satisfies SheetColumn].map((column): SheetColumn =>
      column.header === '备注' ? { ...column, choices: { values: ['是', '否'], message: '请选择：是、否' } } : column,
    ),
    fields: [{ label: '填报日期：' }],
    hiddenSheet: { name: '导入信息', rows: [['单位编号', 'a']] },
  };

  it('offers the choices of a column as a list in each of its cells', async () => {
    const read = await readBack(input);
    expect([4, 5].map((row) => read.getCell(row, 3).dataValidation)).toEqual(
      new Array(2).fill({ type: 'list', allowBlank: true, formulae: ['"是,否"'], showInputMessage: true, prompt: '请选择：是、否', showErrorMessage: true, errorStyle: 'stop', error: '请选择：是、否' }),
    );
    expect(read.getCell(4, 2).dataValidation).toBeUndefined();
  });

  it('hides a column, its marks in the title rows outside the merged title', async () => {
    const read = await readBack(input);
    expect([read.getColumn(4).hidden, read.getCell('C1').master.address, read.getCell('D1').value, read.getCell('D2').value, read.getCell('D4').value]).toEqual([true, 'A1', '单位编号：a', '表格日期：2022-05-16', 'k1']);
  });

  it('puts the lines to fill in under the table, after a blank line, and the hidden sheet after the sheet', async () => {
    const read = await readBack(input);
    expect([read.rowCount, read.getCell('A7').value, read.getCell('B7').master.address, read.getCell('C7').value, read.getCell('C7').border]).toEqual([7, '填报日期：', 'A7', null, { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }]);
    expect(read.workbook.worksheets.map((each) => [each.name, each.state])).toEqual([['任务分解表', 'visible'], ['导入信息', 'veryHidden']]);
  });
});

describe('rowHeight', () => {
  it('counts a Chinese character as two units and a Latin one as one', () => {
    expect(rowHeight([null, 'a'.repeat(20), null], COLUMNS)).toBe(18);
    expect(rowHeight([null, 'a'.repeat(21), null], COLUMNS)).toBe(32);
    expect(rowHeight([null, '字'.repeat(11), null], COLUMNS)).toBe(32);
    expect(rowHeight([null, { text: '字'.repeat(31), link: 'https://x.invalid/' }, null], COLUMNS)).toBe(60);
  });

  it('stops at the tallest row Excel accepts', () => {
    expect(rowHeight([null, '长'.repeat(5000), null], COLUMNS)).toBe(409);
  });
});
