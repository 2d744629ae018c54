/**
 * A 公文 (the 督查通报, a 督办通知) as a Word file, laid out as GB/T 9704-2012 asks, so that it opens
 * in Word and WPS ready to print and file: A4 with a 156 × 225 mm 版心 (37 mm 天头, 28 mm 订口),
 * the red 版头 in 方正小标宋, its number, the issuing office and the date above a red line, the
 * title in 小标宋 二号, the body in 仿宋_GB2312 三号 at 22 lines a page, 一、 headings in 黑体 and
 * （一） headings in 楷体, a table of units, the 落款, the 版记 (抄送 and 印发) between rules, and
 * page numbers "— 1 —" in 宋体 四号, outside on odd and even pages.
 *
 * Many machines lack the official fonts: the file's font table names an alternative for each
 * (仿宋 for 仿宋_GB2312, 宋体 for 方正小标宋简体) with its character set, which is what Word and WPS
 * go by to substitute a font that is missing, instead of falling back to a Latin one.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
} from 'docx';

/** The media type of a .docx file. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A part of a document's body. */
export type OfficialBlock =
  /** `一、总体情况` (level 1, 黑体) or `（一）逾期未完成的任务` (level 2, 楷体). */
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** A paragraph, its first line indented two characters. */
  | { kind: 'paragraph'; text: string }
  /** A table with its caption, header row, body rows and an optional 合计 row. */
  | { kind: 'table'; caption: string; columns: readonly string[]; rows: readonly (readonly string[])[]; total: readonly string[] | undefined };

/** A 公文 as its parts, in reading order: what the page and the .docx both render. */
export interface OfficialDocument {
  /** The red 版头: 督查通报, 督办通知. */
  masthead: string;
  /** `第3期`, under the 版头; none for a notice. */
  number: string | undefined;
  /** The issuing office, left under the 版头 and in the 落款. */
  issuer: string;
  /** The date in prose, right under the 版头 and in the 落款: 2022年5月20日. */
  date: string;
  title: string;
  /** The 主送 line: `各有关单位：`. */
  addressee: string;
  blocks: readonly OfficialBlock[];
  /** The 抄送 line of the 版记, whole: `抄送：区委、区政府主要领导。`; none when no copies go out. */
  cc: string | undefined;
  /** The right half of the 印发 line: `2022年5月20日印发` (the office stands on the left). */
  printed: string;
}

/** Twips (1/20 pt) in a millimetre. */
const MM = 1440 / 25.4;
/** Millimetres in twips, rounded. */
export const mm = (value: number) => Math.round(value * MM);

/** GB/T 9704: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm. */
const PAGE = { width: mm(210), height: mm(297), top: mm(37), left: mm(28), right: mm(26), bottom: mm(35) } as const;
/** The width of the 版心, for the right tab stop and the table. */
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Sizes in half-points: 三号 16 pt, 四号 14 pt, 小四 12 pt, 二号 22 pt, and the 版头's 42 pt (初号). */
const SIZE = { body: 32, small: 28, table: 24, title: 44, masthead: 84 } as const;
/** One character of body text (三号, 16 pt), in twips: indents are counted in characters. */
const CHAR = 16 * 20;
/** 22 lines in the 225 mm 版心: an exact line height of 28.95 pt, in twips. */
const LINE = 579;

/** The red of the 版头 and its rule. */
const RED = 'E60012';

/** The fonts GB/T 9704 names, and what each falls back to where it is not installed. */
export const FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  heading: { name: '黑体', fallback: 'SimHei' },
  subheading: { name: '楷体_GB2312', fallback: '楷体' },
  pageNumber: { name: '宋体', fallback: 'SimSun' },
} as const;
/** Digits and Latin letters in the body. */
export const LATIN = 'Times New Roman';

/** A font of the document, by what it sets: body, title, heading … */
export type FontRole = keyof typeof FONTS;

/** A run of text in one of the document's fonts. */
export function run(text: string, role: FontRole, size: number, extra: { color?: string; bold?: boolean; characterSpacing?: number } = {}): TextRun {
  const name = FONTS[role].name;
  return new TextRun({ text, size, font: { eastAsia: name, ascii: role === 'body' ? LATIN : name, hAnsi: role === 'body' ? LATIN : name, hint: 'eastAsia' }, ...extra });
}

/** Body-text spacing: an exact line height, nothing between paragraphs. */
const BODY_SPACING = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** A body paragraph (or heading) with its first line indented two characters. */
function bodyParagraph(text: string, role: FontRole = 'body'): Paragraph {
  return new Paragraph({ children: [run(text, role, SIZE.body)], alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * CHAR }, spacing: BODY_SPACING });
}

/** An empty line of body height. */
const blank = (): Paragraph => new Paragraph({ children: [], spacing: BODY_SPACING });

/** The 版头: the red name, the number, the office and date on one line, the red rule under them. */
function masthead(document: OfficialDocument): Paragraph[] {
  return [
    new Paragraph({
      children: [run(document.masthead, 'title', SIZE.masthead, { color: RED, characterSpacing: 200 })],
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: mm(4) },
    }),
    ...(document.number === undefined ? [] : [new Paragraph({ children: [run(document.number, 'body', SIZE.body)], alignment: AlignmentType.CENTER, spacing: BODY_SPACING })]),
    new Paragraph({
      children: [run(document.issuer, 'body', SIZE.body), new TextRun({ children: [new Tab()] }), run(document.date, 'body', SIZE.body)],
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      spacing: { ...BODY_SPACING, after: mm(2) },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
    }),
    blank(),
  ];
}

/**
 * The width of `text` in the table's type, in twips: a Chinese character is one em; a digit or a
 * Latin letter counts three quarters, for the space Word and WPS put between it and Chinese.
 */
function tableTextWidth(text: string): number {
  const ems = [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x2e80 ? 0.75 : 1), 0);
  return Math.ceil(ems * (SIZE.table / 2) * 20);
}

/**
 * Column widths for a table of units: a narrow 序号; each further column 17 mm, or as wide as its
 * widest cell (the cell margins added), so that a date such as 2022年5月15日 stays on one line
 * rather than breaking into three; the rest for the name.
 */
function columnWidths(block: Extract<OfficialBlock, { kind: 'table' }>): number[] {
  const number = mm(11);
  const lines = block.total === undefined ? block.rows : [...block.rows, block.total];
  const figures = block.columns.slice(2).map((_, index) => Math.max(mm(17), ...lines.map((line) => tableTextWidth(line[index + 2] ?? '') + mm(3))));
  const name = TEXT_WIDTH - number - figures.reduce((sum, width) => sum + width, 0);
  return [number, name, ...figures];
}

/** One cell of the table: the unit's name to the left, everything else centred. */
function cell(text: string, width: number, options: { header?: boolean; left?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: mm(1), right: mm(1) },
    children: [new Paragraph({ children: [run(text, options.header === true ? 'heading' : 'body', SIZE.table)], alignment: options.left === true ? AlignmentType.LEFT : AlignmentType.CENTER })],
  });
}

/** The caption and the table; its header row repeats on every page. */
function table(block: Extract<OfficialBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  const widths = columnWidths(block);
  const row = (cells: readonly string[]) => new TableRow({ cantSplit: true, children: cells.map((text, index) => cell(text, widths[index]!, { left: index === 1 })) });
  return [
    new Paragraph({ children: [run(block.caption, 'heading', SIZE.small)], alignment: AlignmentType.CENTER, spacing: { before: mm(2), after: mm(2) }, keepNext: true }),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((text, index) => cell(text, widths[index]!, { header: true })) }),
        ...block.rows.map(row),
        ...(block.total === undefined ? [] : [row(block.total)]),
      ],
    }),
    blank(),
  ];
}

/** The body's blocks as paragraphs and tables. */
function body(blocks: readonly OfficialBlock[]): (Paragraph | Table)[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
        return [bodyParagraph(block.text, block.level === 1 ? 'heading' : 'subheading')];
      case 'paragraph':
        return [bodyParagraph(block.text)];
      case 'table':
        return table(block);
    }
  });
}

/** An empty line kept on the page of what follows it. */
const keptBlank = (): Paragraph => new Paragraph({ children: [], spacing: BODY_SPACING, keepNext: true });

/**
 * The 落款: the office and the date, the date four characters in from the right. Kept on one page
 * with the 版记 after it, so that the 版记 never stands on a page of its own.
 */
function signature(document: OfficialDocument): Paragraph[] {
  const right = (text: string, indent: number) =>
    new Paragraph({ children: [run(text, 'body', SIZE.body)], alignment: AlignmentType.RIGHT, indent: { right: indent }, spacing: BODY_SPACING, keepNext: true });
  return [keptBlank(), keptBlank(), right(document.issuer, 2 * CHAR), right(document.date, 4 * CHAR)];
}

/** The 版记: 抄送 between a thick and a thin rule, then the 印发 line over a thick rule. */
function colophon(document: OfficialDocument): Paragraph[] {
  const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 } as const;
  const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 2 } as const;
  const spacing = { before: 0, after: 0, line: 440, lineRule: LineRuleType.EXACT } as const;
  const indent = { left: 16 * 20, right: 16 * 20 };
  const printed: IParagraphOptions = {
    children: [run(document.issuer, 'body', SIZE.small), new TextRun({ children: [new Tab()] }), run(document.printed, 'body', SIZE.small)],
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 2 * indent.right }],
    indent,
    spacing,
    border: document.cc === undefined ? { top: thick, bottom: thick } : { bottom: thick },
  };
  return [
    keptBlank(),
    ...(document.cc === undefined ? [] : [new Paragraph({ children: [run(document.cc, 'body', SIZE.small)], indent, spacing, border: { top: thick, bottom: thin }, keepNext: true })]),
    new Paragraph(printed),
  ];
}

/** The page number, "— 1 —": outside edge, one character in (right on odd pages, left on even). */
function pageNumber(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: SIZE.small, font: { eastAsia: FONTS.pageNumber.name, ascii: FONTS.pageNumber.name, hAnsi: FONTS.pageNumber.name } })],
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 14 * 20 } : { left: 14 * 20 },
      }),
    ],
  });
}

/** XML-escapes a font name (none holds a special character today; a changed constant must not break the file). */
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The font table: each font with its alternative (`w:altName`), its character set (GB2312) and
 * family, which is what Word and WPS go by when the font itself is not installed.
 */
export function fontTable(): string {
  const fonts = Object.values(FONTS).map(
    ({ name, fallback }) =>
      `<w:font w:name="${xml(name)}"><w:altName w:val="${xml(fallback)}"/><w:charset w:val="86"/><w:family w:val="${name.includes('黑') ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`,
  );
  const latin = `<w:font w:name="${LATIN}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts.join('')}${latin}</w:fonts>`;
}

/** What the file's properties say: its title, and who made it. */
export interface DocxMeta {
  /** The document's title in the file's properties (shown by Word's 文件 → 信息). */
  title: string;
  /** The office and site that made it. */
  creator: string;
}

/** The document as a .docx file. */
export async function officialDocx(document: OfficialDocument, meta: DocxMeta): Promise<Uint8Array> {
  const file = new Document({
    title: meta.title,
    creator: meta.creator,
    lastModifiedBy: meta.creator,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { size: SIZE.body, font: { eastAsia: FONTS.body.name, ascii: LATIN, hAnsi: LATIN }, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: BODY_SPACING },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: mm(15), footer: mm(21) },
            pageNumbers: { start: 1 },
          },
        },
        footers: { default: pageNumber('odd'), even: pageNumber('even') },
        children: [
          ...masthead(document),
          new Paragraph({ children: [run(document.title, 'title', SIZE.title)], alignment: AlignmentType.CENTER, spacing: { line: mm(13), lineRule: LineRuleType.AT_LEAST } }),
          blank(),
          new Paragraph({ children: [run(document.addressee, 'body', SIZE.body)], spacing: BODY_SPACING }),
          ...body(document.blocks),
          ...signature(document),
          ...colophon(document),
        ],
      },
    ],
  });
  const bytes = await Packer.toBuffer(file, false, [{ path: 'word/fontTable.xml', data: fontTable() }]);
  // A copy of its own: a Node Buffer may be a view into a larger shared pool.
  return new Uint8Array(bytes);
}
