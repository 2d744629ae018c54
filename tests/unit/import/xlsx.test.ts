/**
 * Workbooks read as tables (src/import/xlsx.ts): every kind of cell as the text Excel shows, rows
 * numbered as Excel numbers them, merged areas, the hidden facts sheet, hidden sheets left out.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_ROWS, readWorkbook } from '~/import/xlsx';

async function bytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readWorkbook', () => {
  it('reads each kind of cell as its text', async () => {
    const read = await readWorkbook(
      await bytes((workbook) => {
        const sheet = workbook.addWorksheet('表');
        sheet.getCell('A1').value = '文字';
        sheet.getCell('B1').value = 12.5;
        sheet.getCell('C1').value = new Date(Date.UTC(2022, 4, 20));
        sheet.getCell('D1').value = { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] };
        sheet.getCell('E1').value = { text: '链接', hyperlink: 'https://x.invalid/' };
        sheet.getCell('F1').value = { formula: 'A1', result: '推进中' } as ExcelJS.CellValue;
        sheet.getCell('G1').value = { formula: 'B1*2' } as ExcelJS.CellValue;
        sheet.getCell('H1').value = { error: '#DIV/0!' } as ExcelJS.CellValue;
        sheet.getCell('I1').value = true;
        sheet.getCell('A3').value = '第三行';
      }),
    );
    expect(read).toEqual({
      ok: true,
      tables: [
        {
          sheet: '表',
          facts: new Map(),
          rows: [
            {
              line: 1,
              cells: [
                { text: '文字' },
                { text: '12.5', number: 12.5 },
                { text: '2022-05-20', date: '2022-05-20', number: 44701 },
                { text: '富文本' },
                { text: '链接' },
                { text: '推进中' },
                { text: '', unreadable: '是公式，但文件里没有它的计算结果' },
                { text: '', unreadable: '单元格显示错误值 #DIV/0!' },
                { text: '是' },
              ],
            },
            { line: 3, cells: [{ text: '第三行' }, ...new Array(8).fill({ text: '' })] },
          ],
        },
      ],
    });
  });

  it('gives a merged area’s value to every cell it covers, marking all but the first', async () => {
    const read = await readWorkbook(
      await bytes((workbook) => {
        const sheet = workbook.addWorksheet('表');
        sheet.getCell('A1').value = '标题';
        sheet.mergeCells('A1:C1');
      }),
    );
    expect(read.ok && read.tables[0]!.rows[0]!.cells).toEqual([{ text: '标题' }, { text: '标题', merged: true }, { text: '标题', merged: true }]);
  });

  it('reads the facts sheet, and leaves every hidden sheet out of the tables', async () => {
    const read = await readWorkbook(
      await bytes((workbook) => {
        workbook.addWorksheet('任务分解表').getCell('A1').value = '表头';
        workbook.addWorksheet('导入信息', { state: 'veryHidden' }).addRows([['单位编号', 'a'], ['表格日期', '2022-05-16']]);
        workbook.addWorksheet('草稿', { state: 'hidden' }).getCell('A1').value = '草稿';
      }),
    );
    expect(read.ok && read.tables.map((table) => [table.sheet, [...table.facts]])).toEqual([['任务分解表', [['单位编号', 'a'], ['表格日期', '2022-05-16']]]]);
  });

  it('refuses a workbook without a visible sheet, or with too many rows', async () => {
    expect(await readWorkbook(await bytes((workbook) => workbook.addWorksheet('藏', { state: 'hidden' }).addRow(['a'])))).toEqual({
      ok: false,
      message: '工作簿里没有可见的工作表：请在 Excel 中取消隐藏任务分解表后另存，再导入',
    });
    const tall = await readWorkbook(await bytes((workbook) => workbook.addWorksheet('长').addRows(Array.from({ length: MAX_ROWS + 1 }, (_, index) => [index]))));
    expect(tall).toEqual({ ok: false, message: '工作表“长”有 5001 行，超过上限 5000 行：任务分解表每项任务一行，请确认发来的是本单位的任务分解表，并删去表格下方多余的行' });
  });
});
