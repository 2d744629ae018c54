/**
 * A unit's case sheet (src/data/views/caseSheet.ts, the case fixture's site) downloaded, filled in
 * as a unit would and imported with `npm run import -- casework` into a project holding the same
 * cases (./caseProject.ts): written as the unit's report of its 填报日期; the same sheet again
 * changes nothing; a sheet dated before a later report that says otherwise is refused, row by row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { caseSheet } from '~/data/views/caseSheet';
import { importCasework } from '~/import/caseworkRun';
import { sheetWorkbook } from '~/lib/workbook';
import { caseEntries } from '../data/cases';
import { caseProject } from './caseProject';
import { bytesOf } from './caseSheets';

const site = indexSite(caseEntries());
const TODAY = '2022-09-30';

/** Unit `unit`'s sheet downloaded on `date`, its rows filled by 受理编号 (header → value), 填报日期 `filled`. */
async function filled(unit: string, date: string, rows: Record<string, Record<string, ExcelJS.CellValue>>, day?: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await sheetWorkbook(caseSheet(site, unit, date))).slice().buffer);
  const sheet = workbook.worksheets.find((each) => each.state === 'visible')!;
  const header = (sheet.getRow(3).values as unknown[]).map((value) => String(value));
  sheet.eachRow((row, line) => {
    const id = row.getCell(header.indexOf('受理编号')).value;
    const cells = rows[String(id)];
    if (line > 3 && cells !== undefined) for (const [name, value] of Object.entries(cells)) row.getCell(header.indexOf(name)).value = value;
    // 填报日期's value cell: after the label, merged across the first two columns.
    if (day !== undefined && row.getCell(1).value === '填报日期：') row.getCell(3).value = day;
  });
  return bytesOf(workbook);
}

describe('a unit’s case sheet', () => {
  it('lists the unit’s cases, masked, with the handling columns blank', async () => {
    const sheet = caseSheet(site, 'a', '2022-09-26');
    expect(sheet.columns.map((column) => column.header)).toEqual(['序号', '受理编号', '批次', '交办问题基本情况', '本单位', '办理时限', '办理状态', '调查核实情况', '是否属实', '处理和整改情况', '责任人被处理情况', '编号（导入用，请勿修改）']);
    expect(sheet.rows).toEqual([
      [1, 'D1', '第1批', '张某（电话138******78，身份证320*************34）反映某饭店油烟和噪声扰民。', '牵头', '2022-10-05', null, null, null, null, null, 'D1'],
      [2, 'D4', '第2批', '反映某工地夜间施工扬尘。', '牵头', '2022-10-06', null, null, null, null, null, 'D4'],
      [3, 'D5', '第2批', '反映某厂房噪声，联系邮箱***@example.com，座机025*******10。', '配合', '2022-10-06', null, null, null, null, null, 'D5'],
    ]);
  });

  it('comes back as the unit’s report of its day, and the same sheet again changes nothing', async () => {
    const root = caseProject({ withFixtureCases: true });
    const bytes = await filled('a', '2022-09-26', { D4: { 办理状态: '已办结', 调查核实情况: '经查，工地夜间施工属实。', 是否属实: '属实', 处理和整改情况: '责令停止夜间施工。' } }, '2022年9月28日');
    const outcome = await importCasework({ root, name: '区甲局-交办件.xlsx', bytes, partial: false, today: TODAY });
    expect(outcome.errors).toEqual([]);
    expect(outcome.lines).toEqual(['已写入 content/casework/a/2022-09-28.yaml（区甲局 2022年9月28日的办理情况，来源：区甲局-交办件.xlsx）', '  报送 1 件：D4', '内容检查通过。']);
    expect(readFileSync(join(root, 'content/casework/a/2022-09-28.yaml'), 'utf8')).toBe(
      ['sheet: 区甲局-交办件.xlsx', 'cases:', '  - case: D4', '    state: 已办结', '    verification: 经查，工地夜间施工属实。', '    truth: 属实', '    handling: 责令停止夜间施工。', ''].join('\n'),
    );
    const again = await importCasework({ root, name: '区甲局-交办件.xlsx', bytes, partial: false, today: TODAY });
    expect(again.lines).toEqual(['content/casework/a/2022-09-28.yaml 已是本表的内容，未作修改（区甲局 2022年9月28日的办理情况）']);
  });

  it('dated before a later report that says otherwise, is refused for that row', async () => {
    const root = caseProject({ withFixtureCases: true });
    // 区甲局 reported D1 已办结 on 2022-09-25; a sheet of 09-24 says 办理中.
    const bytes = await filled('a', '2022-09-21', { D1: { 办理状态: '办理中', 调查核实情况: '正在核查。' }, D4: { 办理状态: '办理中', 调查核实情况: '正在核查。' } }, '2022年9月24日');
    const outcome = await importCasework({ root, name: '区甲局-交办件.xlsx', bytes, partial: false, today: TODAY });
    expect(outcome.errors).toEqual([
      '区甲局-交办件.xlsx 第4行 办理状态：D1 已于 2022年9月25日 报送较新的办理情况：已办结，责令整改，已安装新净化器。张三已获告知。（本表是 2022年9月24日 的，不能覆盖较新的办理情况：如要更正，请单位用新下载的表重新填报）',
      '\n共 1 个问题（涉及 1 行），未写入任何文件。请单位改正后重新发送；或加 --partial 先导入没有问题的行。',
    ]);
  });

  it('with a state off the list and a concluded case without its findings, lists both', async () => {
    const root = caseProject({ withFixtureCases: true });
    const bytes = await filled('a', '2022-09-26', { D4: { 办理状态: '办完了' }, D5: { 办理状态: '已办结', 调查核实情况: '经查属实。' } }, '2022年9月28日');
    const outcome = await importCasework({ root, name: '区甲局-交办件.xlsx', bytes, partial: false, today: TODAY });
    expect(outcome.errors.slice(0, -1)).toEqual([
      '区甲局-交办件.xlsx 第5行 办理状态："办完了" 不是可选值（可选：办理中、阶段性办结、已办结）',
      '区甲局-交办件.xlsx 第6行 是否属实：未填写（办理状态为“已办结”时须填写是否属实）',
      '区甲局-交办件.xlsx 第6行 处理和整改情况：未填写（办理状态为“已办结”时须填写处理和整改情况）',
    ]);
  });
});
