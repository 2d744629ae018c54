/**
 * The disclosure tables: only published cases, exactly the nine columns, the texts as the case
 * index masked them; the Excel and Word files read back (unzipped) hold the title, 第N批 and the
 * rows, and none of the fixture's personal data.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { disclosureDocx, disclosureIndex, disclosurePaths, disclosureSheet, disclosureTable } from '~/data/views/disclosure';
import { sheetWorkbook } from '~/lib/workbook';
import { CaseBatchSchema } from '~/schemas/case';
import { caseEntries, PERSONAL } from '../cases.ts';
import { fixtureEntries } from '../fixture.ts';

const COLUMNS = ['序号', '受理编号', '交办问题基本情况', '行政区域', '污染类型', '调查核实情况', '是否属实', '处理和整改情况', '责任人被处理情况'];

/** The case fixture with D5 published too (D1 is, in the fixture): batch 2 then has a table, D4 stays out of it. */
function publishedSite() {
  const entries = caseEntries();
  const [first, second] = entries.cases;
  const cases = second!.data.cases.map((item) => (item.id === 'D5' ? { ...item, published: '2022-09-28' } : item));
  return indexSite({ ...entries, cases: [first!, { ...second!, data: CaseBatchSchema.parse({ ...second!.data, cases }) }] });
}

const site = publishedSite();

describe('disclosureTable', () => {
  it('lists the published cases of a batch with the nine columns, masked, handling from the lead’s latest report', () => {
    expect(disclosureTable(site, 1)).toEqual({
      batch: 1,
      date: '2022年9月20日',
      title: '群众信访举报转办和边督边改公开情况一览表（第1批）',
      subtitle: 'XX区　第1批　交办日期：2022年9月20日　公开 1 件',
      count: 1,
      total: 3,
      columns: COLUMNS,
      rows: [['1', 'D1', '张某（电话138******78，身份证320*************34）反映某饭店油烟和噪声扰民。', '丙镇', '大气、噪声', '经查，该饭店油烟净化器未开启。', '属实', '责令整改，已安装新净化器。张某已获告知。', '无']],
    });
    expect(disclosureTable(site, 2)!.rows).toEqual([['1', 'D5', '反映某厂房噪声，联系邮箱***@example.com，座机025*******10。', '丙镇', '噪声、其他', '经查，厂房已停产。', '不属实', '向信访人反馈。', '']]);
  });

  it('has no table for a batch without a published case, or a batch that does not exist', () => {
    const fixture = indexSite(caseEntries());
    expect([disclosureTable(fixture, 2), disclosureTable(fixture, 9)]).toEqual([undefined, undefined]);
    expect(disclosurePaths(fixture)).toEqual([{ params: { batch: '1' } }]);
    expect(disclosureIndex(indexSite(fixtureEntries()))).toEqual([]);
  });
});

describe('disclosureIndex', () => {
  it('has a line per batch with a published case, with its page and files', () => {
    expect(disclosureIndex(site)).toEqual([
      { batch: 1, label: '第1批', date: '2022年9月20日', count: 1, total: 3, path: 'cases/disclosure/1/', workbook: 'cases/disclosure/1/disclosure.xlsx', docx: 'cases/disclosure/1/disclosure.docx' },
      { batch: 2, label: '第2批', date: '2022年9月21日', count: 1, total: 2, path: 'cases/disclosure/2/', workbook: 'cases/disclosure/2/disclosure.xlsx', docx: 'cases/disclosure/2/disclosure.docx' },
    ]);
  });
});

describe('the files, read back', () => {
  let sheetXml = '';
  let rows: unknown[][] = [];
  let docXml = '';
  beforeAll(async () => {
    const bytes = await sheetWorkbook(disclosureSheet(site, '1'));
    const zip = await JSZip.loadAsync(bytes);
    sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    rows = (workbook.worksheets[0]!.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    docXml = await (await JSZip.loadAsync(await disclosureDocx(site, '2'))).file('word/document.xml')!.async('string');
  });

  it('the Excel sheet holds the title, the subtitle, the nine columns and the row', () => {
    // The title and the subtitle are merged across the columns: exceljs reads each cell of a merge as its first.
    expect([rows[0]![0], rows[1]![0], ...rows.slice(2)]).toEqual([
      '群众信访举报转办和边督边改公开情况一览表（第1批）',
      'XX区　第1批　交办日期：2022年9月20日　公开 1 件',
      COLUMNS,
      [1, 'D1', '张某（电话138******78，身份证320*************34）反映某饭店油烟和噪声扰民。', '丙镇', '大气、噪声', '经查，该饭店油烟净化器未开启。', '属实', '责令整改，已安装新净化器。张某已获告知。', '无'],
    ]);
    expect(sheetXml).toContain('<pageSetup paperSize="9" orientation="landscape"');
  });

  it('the Word file holds the title, 第2批 and the row, and no unpublished case', () => {
    const text = docXml.replace(/<[^>]+>/g, '');
    expect(text).toContain('群众信访举报转办和边督边改公开情况一览表（第2批）');
    expect(text).toContain(`${COLUMNS.join('')}1D5反映某厂房噪声，联系邮箱***@example.com，座机025*******10。丙镇噪声、其他经查，厂房已停产。不属实向信访人反馈。`);
    expect(text).not.toContain('D4');
    expect(docXml).toContain('w:orient="landscape"');
    // The nine columns fill the width between the 20 mm margins of a landscape A4 page (16838 − 2 × 1134 twips), give or take rounding.
    const grid = [...docXml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect([grid.length, Math.abs(grid.reduce((sum, width) => sum + width, 0) - (16838 - 2 * 1134)) <= 5]).toEqual([9, true]);
  });

  it('neither holds any of the fixture’s personal data', () => {
    for (const value of PERSONAL) {
      expect(sheetXml).not.toContain(value);
      expect(docXml).not.toContain(value);
    }
  });
});
