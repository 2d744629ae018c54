/** The Excel workbook, read back with exceljs (src/lib/workbook.ts). */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetRows } from '~/lib/exports';
import { taskWorkbook } from '~/lib/workbook';
import { contentTasks, HEADERS, hostileTasks } from '../helpers/exportTasks';

describe('Excel', () => {
  it('reads back as text cells, frozen header, A4 landscape, Chinese sheet name', async () => {
    const tasks = [...contentTasks(), ...hostileTasks()];
    const rows = sheetRows(tasks, HEADERS);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await taskWorkbook(rows, '任务分解表', '测试')).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('任务分解表')!;
    expect(sheet.rowCount).toBe(rows.length);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    expect(sheet.getColumn(2).width).toBe(36);
    rows.forEach((row, index) => {
      row.forEach((value, column) => {
        const cell = sheet.getRow(index + 1).getCell(column + 1);
        if (value === '') return;
        expect(cell.type, `${index}:${column}`).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(value.replace(/\r\n?/g, '\n'));
      });
    });
  });
});
