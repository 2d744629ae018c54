/**
 * A table as a landscape A4 Word file, the way offices publish a 一览表 (the disclosure table of
 * the petition cases): the title in 小标宋 over a line that says what the table covers, then the
 * table, its header row in 黑体 repeated on every page, its cells in 仿宋 五号 so that nine columns
 * of prose fit the width, and the page number "— 1 —" centred in the footer. The fonts, and their
 * fallbacks where the official ones are missing, are those of the 公文 (./officialDocx.ts).
 */
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { FONTS, fontTable, LATIN, mm, run, type DocxMeta } from './officialDocx.ts';

/** One column: its header, its width in millimetres, and whether its text is prose (left) or a short value (centred). */
export interface TableDocxColumn {
  header: string;
  width: number;
  align: 'left' | 'center';
}

/** What the document shows. */
export interface TableDocument {
  /** 群众信访举报转办和边督边改公开情况一览表（第3批）. */
  title: string;
  /** The line under the title: whose table, of which date. */
  subtitle: string;
  /** The columns, their widths adding up to at most `TABLE_WIDTH` millimetres. */
  columns: readonly TableDocxColumn[];
  /** The rows' cells as text; a line break starts a new paragraph in the cell. */
  rows: readonly (readonly string[])[];
}

/** A4 landscape with 20 mm margins. */
const PAGE = { width: mm(210), height: mm(297), margin: mm(20) } as const;
/** The width the table may take, in millimetres: 297 less two margins. */
export const TABLE_WIDTH = 257;

/** Sizes in half-points: 二号 22 pt for the title, 小四 12 pt for the subtitle, 五号 10.5 pt in the table. */
const SIZE = { title: 44, subtitle: 24, table: 21 } as const;

/** A cell: its text line by line, in the header's or the body's font. */
function cell(text: string, column: TableDocxColumn, header: boolean): TableCell {
  return new TableCell({
    width: { size: mm(column.width), type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: mm(1), right: mm(1), top: mm(0.5), bottom: mm(0.5) },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          children: [run(line, header ? 'heading' : 'body', SIZE.table)],
          // Prose flush left, not justified: a long number (a masked phone number, a 受理编号) would
          // otherwise spread the line before it across the cell.
          alignment: header || column.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        }),
    ),
  });
}

/** The document as a .docx file. */
export async function tableDocx(document: TableDocument, meta: DocxMeta): Promise<Uint8Array> {
  const { columns } = document;
  const footer = new Footer({
    children: [
      new Paragraph({
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: SIZE.subtitle, font: { eastAsia: FONTS.pageNumber.name, ascii: FONTS.pageNumber.name, hAnsi: FONTS.pageNumber.name } })],
        alignment: AlignmentType.CENTER,
      }),
    ],
  });
  const file = new Document({
    title: meta.title,
    creator: meta.creator,
    lastModifiedBy: meta.creator,
    styles: {
      default: {
        document: { run: { size: SIZE.table, font: { eastAsia: FONTS.body.name, ascii: LATIN, hAnsi: LATIN }, language: { value: 'en-US', eastAsia: 'zh-CN' } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // Given upright: the library swaps width and height for a landscape page.
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: mm(10), footer: mm(10) },
            pageNumbers: { start: 1 },
          },
        },
        footers: { default: footer },
        children: [
          new Paragraph({ children: [run(document.title, 'title', SIZE.title)], alignment: AlignmentType.CENTER, spacing: { after: mm(2) } }),
          new Paragraph({ children: [run(document.subtitle, 'body', SIZE.subtitle)], alignment: AlignmentType.CENTER, spacing: { after: mm(3) } }),
          new Table({
            layout: TableLayoutType.FIXED,
            width: { size: mm(columns.reduce((sum, column) => sum + column.width, 0)), type: WidthType.DXA },
            columnWidths: columns.map((column) => mm(column.width)),
            rows: [
              new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column) => cell(column.header, column, true)) }),
              ...document.rows.map((row) => new TableRow({ children: columns.map((column, index) => cell(row[index] ?? '', column, false)) })),
            ],
          }),
        ],
      },
    ],
  });
  const bytes = await Packer.toBuffer(file, false, [{ path: 'word/fontTable.xml', data: fontTable() }]);
  // A copy of its own: a Node Buffer may be a view into a larger shared pool.
  return new Uint8Array(bytes);
}
