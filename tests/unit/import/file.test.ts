/**
 * Files told apart by their bytes (src/import/file.ts). The refusals of files that are no sheet
 * are in the corpus (./reportImport.test.ts); here, what is read and how a zip is looked into.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheetFile, zipDirectory } from '~/import/file';
import { csvBytes } from './sheets';

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('表').addRow(['任务', '完成情况']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readSheetFile', () => {
  it('reads a workbook whatever its name, and text as CSV', async () => {
    const xlsx = await readSheetFile(await workbook());
    expect(xlsx.ok && [xlsx.kind, xlsx.tables[0]!.rows[0]!.cells.map((cell) => cell.text)]).toEqual(['xlsx', ['任务', '完成情况']]);
    const csv = await readSheetFile(csvBytes(['任务,完成情况']));
    expect(csv.ok && [csv.kind, csv.tables[0]!.rows[0]!.cells.map((cell) => cell.text)]).toEqual(['csv', ['任务', '完成情况']]);
  });

  it('says a cut-off workbook is damaged', async () => {
    const bytes = await workbook();
    expect(await readSheetFile(bytes.subarray(0, bytes.length - 30))).toEqual({ ok: false, message: '文件已损坏（压缩结构不完整），无法读取：请单位重新发送' });
  });
});

describe('zipDirectory', () => {
  it('lists a workbook’s parts and what they unpack to, without unpacking them', async () => {
    const directory = zipDirectory(await workbook())!;
    expect(directory.names).toContain('xl/workbook.xml');
    expect(directory.names).toContain('xl/worksheets/sheet1.xml');
    expect(directory.unpacked).toBeGreaterThan(1000);
    expect(directory.unpacked).toBeLessThan(20_000);
    expect(zipDirectory(new Uint8Array(100))).toBeUndefined();
  });
});
