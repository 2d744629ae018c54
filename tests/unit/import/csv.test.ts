/** CSV as units send it (src/import/csv.ts): the site's, Excel's GBK, Excel's "Unicode 文本". */
import { describe, expect, it } from 'vitest';
import { csvRecords, decodeCsv, readCsv } from '~/import/csv';
import { csvDocument } from '~/lib/csv';
import { csvBytes } from './sheets';

describe('decodeCsv', () => {
  it('reads UTF-8 with or without its mark, GBK, and UTF-16 with tabs', () => {
    expect(decodeCsv(new TextEncoder().encode('\uFEFF任务,完成情况'))).toEqual({ text: '任务,完成情况', tabs: false });
    expect(decodeCsv(new TextEncoder().encode('任务'))).toEqual({ text: '任务', tabs: false });
    expect(decodeCsv(csvBytes(['任务,完成情况'], 'gbk'))).toEqual({ text: '任务,完成情况\r\n', tabs: false });
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, ...Buffer.from('任务\t完成情况', 'utf16le')]))).toEqual({ text: '任务\t完成情况', tabs: true });
  });
});

describe('csvRecords', () => {
  it('splits records as Excel writes them, each with the line it starts on', () => {
    expect(csvRecords('a,"b,1"\r\n"多\r\n行","引""号"\n\nlast', ',')).toEqual([
      { line: 1, fields: ['a', 'b,1'] },
      { line: 2, fields: ['多\r\n行', '引"号'] },
      { line: 4, fields: [''] },
      { line: 5, fields: ['last'] },
    ]);
  });

  it('is lenient: a quote inside a field, a quote never closed', () => {
    expect(csvRecords('5"寸,"未闭合\n2', ',')).toEqual([{ line: 1, fields: ['5"寸', '未闭合\n2'] }]);
  });
});

describe('readCsv', () => {
  it('reads back what the site writes, formula guards removed', () => {
    const rows = [['任务', '进展情况'], ['完成自查', '=已完成'], ['报送台账', '-3项未报']];
    const read = readCsv(new TextEncoder().encode(csvDocument(rows)), 100);
    expect(read.ok && read.table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual(rows);
  });

  it('refuses more rows than the limit', () => {
    expect(readCsv(csvBytes(['a', 'b', 'c']), 2)).toEqual({ ok: false, message: '有 3 行，超过上限 2 行：请确认发来的是本单位的报送表，并删去多余的行' });
  });
});
