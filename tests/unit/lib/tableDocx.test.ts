/**
 * The landscape table writer (src/lib/tableDocx.ts), read back: the page is A4 landscape, the
 * title and subtitle open the body, the header row repeats, each cell's lines are paragraphs,
 * and the fonts name their fallbacks.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_WIDTH, tableDocx, type TableDocument } from '~/lib/tableDocx';

const DOCUMENT: TableDocument = {
  title: '某某一览表（第1批）',
  subtitle: 'XX区　第1批',
  columns: [
    { header: '序号', width: 10, align: 'center' },
    { header: '情况', width: TABLE_WIDTH - 10, align: 'left' },
  ],
  rows: [['1', '第一行\n第二行'], ['2', '<甲>&乙']],
};

let body = '';
let fonts = '';

beforeAll(async () => {
  const files = await JSZip.loadAsync(await tableDocx(DOCUMENT, { title: DOCUMENT.title, creator: 'XX区' }));
  body = await files.file('word/document.xml')!.async('string');
  fonts = await files.file('word/fontTable.xml')!.async('string');
});

describe('tableDocx', () => {
  it('lays the page out as A4 landscape with 20 mm margins', () => {
    expect(body).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(body).toContain('w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"');
  });

  it('writes the title, the subtitle, a repeated header row and each line of a cell as a paragraph, text escaped', () => {
    const text = body.replace(/<[^>]+>/g, '');
    expect(text).toBe('某某一览表（第1批）XX区　第1批序号情况1第一行第二行2&lt;甲&gt;&amp;乙');
    expect(body.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(body).toContain('<w:gridCol w:w="567"/><w:gridCol w:w="14003"/>');
  });

  it('names the 公文 fonts with their fallbacks', () => {
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(body).toContain('w:eastAsia="方正小标宋简体"');
  });
});
