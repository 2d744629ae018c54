/** The responsibility matrix as Excel, read back with exceljs (src/lib/matrixWorkbook.ts). */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { matrixWorkbook, type MatrixSheet } from '~/lib/matrixWorkbook';

const sheets: MatrixSheet[] = [
  { name: '责任分工表', header: ['序号', '任务', '公安', '各板块各部门'], rows: [[1, '抽调人员', '牵头', ''], [2, '=SUM(A1:A2)', '', '牵头']] },
  { name: '展开单位组', header: ['序号', '任务', '公安', '住建'], rows: [[1, '抽调人员', '牵头', ''], [2, '=SUM(A1:A2)', '成员', '成员']] },
];

describe('matrixWorkbook', () => {
  it('writes a sheet per view: numbered rows, role words, formulas kept as text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await matrixWorkbook(sheets, '测试')).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['责任分工表', '展开单位组']);
    const sheet = workbook.getWorksheet('展开单位组')!;
    const values = [1, 2, 3].map((row) => [1, 2, 3, 4].map((column) => sheet.getRow(row).getCell(column).value));
    expect(values).toEqual([
      ['序号', '任务', '公安', '住建'],
      [1, '抽调人员', '牵头', null],
      [2, '=SUM(A1:A2)', '成员', '成员'],
    ]);
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(workbook.creator).toBe('测试');
  });

  it('spans a heading row across the sheet, bold on a tint, between the numbered rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const headed: MatrixSheet = { name: '责任分工表', header: ['序号', '任务', '公安', '住建'], rows: [{ heading: '整改推进会（2022年7月15日）' }, [1, '抽调人员', '牵头', '']] };
    await workbook.xlsx.load((await matrixWorkbook([headed], '测试')).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('责任分工表')!;
    expect([sheet.getCell('A2').value, sheet.getCell('A3').value, sheet.getCell('B3').value]).toEqual(['整改推进会（2022年7月15日）', 1, '抽调人员']);
    expect(sheet.model.merges).toEqual(['A2:D2']);
    expect(sheet.getCell('D2').isMerged).toBe(true);
    expect(sheet.getCell('A2').font).toMatchObject({ bold: true });
    expect(sheet.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } });
    expect(sheet.getCell('A2').alignment).toMatchObject({ horizontal: 'left' });
  });

  it('prints as a bordered grid on A4 landscape, header repeated and frozen with the task column', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await matrixWorkbook(sheets, '测试')).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('责任分工表')!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect([1, 2, 3].map((column) => sheet.getColumn(column).width)).toEqual([6, 40, 6]);
    for (const address of ['A1', 'B2', 'D2', 'D3']) expect(sheet.getCell(address).border, address).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(sheet.getCell('C1').alignment).toMatchObject({ textRotation: 'vertical' });
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
  });

  it('gives every row the height its text needs: unit names top to bottom, wrapped tasks, one line at least', async () => {
    const long = '对整改不彻底的或“死灰复燃”的，一律从重处罚，并在全区通报，限期重新整改到位';
    const sheet: MatrixSheet = { name: '责任分工表', header: ['序号', '任务', '公安', '各板块各部门'], rows: [{ heading: '整改推进会' }, [1, '抽调人员', '牵头', ''], [2, long, '', '牵头']] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await matrixWorkbook([sheet], '测试')).buffer as ArrayBuffer);
    const read = workbook.getWorksheet('责任分工表')!;
    // 各板块各部门: six characters of 15 points and 10 around them; 38 characters (76 units) take two lines of the 40-wide column.
    expect([1, 2, 3, 4].map((row) => read.getRow(row).height)).toEqual([100, 18, 18, 32]);
  });
});
