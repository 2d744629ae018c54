/**
 * The .docx writer (src/lib/officialDocx.ts), read back: the file unzips, its XML holds the 版头,
 * 期号, title and each unit's row in the GB/T 9704 fonts and sizes, the page is A4 with the 版心's
 * margins, page numbers are fields in "— 1 —" on both sides, and each font names its fallback.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCX_TYPE, officialDocx, type OfficialDocument } from '~/lib/officialDocx';

const DOCUMENT: OfficialDocument = {
  masthead: '督查通报',
  number: '第2期',
  issuer: 'XX区两办督查中心',
  date: '2022年5月20日',
  title: '关于各单位工作任务推进情况的通报',
  addressee: '各有关单位：',
  blocks: [
    { kind: 'paragraph', text: '现将情况通报如下。' },
    { kind: 'heading', level: 1, text: '一、总体情况' },
    { kind: 'heading', level: 2, text: '（一）逾期未完成的任务' },
    { kind: 'table', caption: '各单位任务推进情况表', columns: ['序号', '单位', '逾期'], rows: [['1', '区住建局', '2'], ['2', '区<城管>&局', '0']], total: ['合计', '', '2'] },
  ],
  cc: '抄送：区委、区政府主要领导。',
  printed: '2022年5月20日印发',
};

let files: JSZip;
let body = '';
/** The text of the document's body, tags removed. */
let text = '';

beforeAll(async () => {
  files = await JSZip.loadAsync(await officialDocx(DOCUMENT, { title: DOCUMENT.title, creator: 'XX区迎接省环保督察工作督办平台' }));
  body = await files.file('word/document.xml')!.async('string');
  text = body.replace(/<[^>]+>/g, '');
});

/** The paragraph (`<w:p>…</w:p>`) holding `words`. */
const paragraphWith = (words: string) => body.split('<w:p>').find((paragraph) => paragraph.includes(words)) ?? '';

describe('officialDocx', () => {
  it('holds every part in reading order, escaped', () => {
    const order = ['督查通报', '第2期', 'XX区两办督查中心', '2022年5月20日', '关于各单位工作任务推进情况的通报', '各有关单位：', '现将情况通报如下。', '一、总体情况', '（一）逾期未完成的任务', '各单位任务推进情况表', '序号单位逾期', '1区住建局2', '2区&lt;城管&gt;&amp;局0', '合计2', '抄送：区委、区政府主要领导。', '2022年5月20日印发'];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0), order.filter((_, index) => positions[index]! < 0).join(', ')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(DOCX_TYPE).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('sets the 版头 in red 方正小标宋, the title in 小标宋 二号, the body in 仿宋_GB2312 三号, headings in 黑体 and 楷体', () => {
    const masthead = paragraphWith('督查通报');
    expect(masthead).toContain('w:eastAsia="方正小标宋简体"');
    expect(masthead).toContain('<w:color w:val="E60012"/>');
    expect(masthead).toContain('<w:jc w:val="center"/>');
    expect(paragraphWith('关于各单位')).toContain('<w:sz w:val="44"/>');
    const paragraph = paragraphWith('现将情况通报如下。');
    expect(paragraph).toContain('w:eastAsia="仿宋_GB2312"');
    expect(paragraph).toContain('<w:sz w:val="32"/>');
    expect(paragraph).toContain('w:firstLine="640"');
    expect(paragraphWith('一、总体情况')).toContain('w:eastAsia="黑体"');
    expect(paragraphWith('（一）逾期')).toContain('w:eastAsia="楷体_GB2312"');
  });

  it('draws the red rule under the office and date, and the 版记’s rules around 抄送', () => {
    const issue = paragraphWith('XX区两办督查中心');
    expect(issue).toMatch(/<w:bottom w:val="single" w:color="E60012" w:sz="18"/);
    expect(issue).toContain('<w:tab/>');
    expect(paragraphWith('抄送：')).toMatch(/<w:top [^>]*w:sz="8"[\s\S]*<w:bottom [^>]*w:sz="4"/);
  });

  it('lays out A4 with the 版心 of GB/T 9704 and repeats the table’s header row', () => {
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(body).toContain('<w:tblHeader/>');
  });

  it('widens a column to its longest cell, so that a date stays on one line, and gives the name the rest', async () => {
    const dated: OfficialDocument = {
      ...DOCUMENT,
      blocks: [{ kind: 'table', caption: '表', columns: ['序号', '单位', '逾期', '最近报送'], rows: [['1', '区住建局', '2', '2022年5月15日'], ['2', '区城管局', '0', '未报送']], total: ['合计', '', '2', ''] }],
    };
    const xml = await (await JSZip.loadAsync(await officialDocx(dated, { title: 't', creator: 'c' }))).file('word/document.xml')!.async('string');
    // 序号 11 mm, 逾期 the least 17 mm, 最近报送 8.25 em of 12 pt plus 3 mm of margins; the 版心's 8845 twips less those for 单位.
    expect([...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]))).toEqual([624, 5107, 964, 2150]);
  });

  it('numbers pages "— 1 —", right on odd pages and left on even ones', async () => {
    const footers = await Promise.all(Object.keys(files.files).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => files.file(name)!.async('string')));
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer.replace(/<[^>]+>/g, '')).toMatch(/^— \s*PAGE\s*.* —$/);
      expect(footer).toContain('w:eastAsia="宋体"');
    }
    expect(footers.map((footer) => /<w:jc w:val="(\w+)"/.exec(footer)?.[1]).sort()).toEqual(['left', 'right']);
    expect(await files.file('word/settings.xml')!.async('string')).toContain('<w:evenAndOddHeaders/>');
  });

  it('names a fallback for each official font, and its title and maker in the file’s properties', async () => {
    const fonts = await files.file('word/fontTable.xml')!.async('string');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    const core = await files.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>关于各单位工作任务推进情况的通报</dc:title>');
    expect(core).toContain('<dc:creator>XX区迎接省环保督察工作督办平台</dc:creator>');
  });

  it('leaves out what a document does not have: the number, the 抄送', async () => {
    const bare = await JSZip.loadAsync(await officialDocx({ ...DOCUMENT, number: undefined, cc: undefined }, { title: 't', creator: 'c' }));
    const xml = (await bare.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).not.toContain('第2期');
    expect(xml).not.toContain('抄送');
    expect(xml).toContain('2022年5月20日印发');
  });
});
