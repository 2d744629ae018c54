/**
 * The disclosure tables, "群众信访举报转办和边督边改公开情况一览表（第N批）": per batch, the cases
 * the office has published (`published` set), in the order of the team's sheet, with exactly the
 * columns the published tables have; as a page, an Excel sheet and a landscape Word file. Every
 * text comes from the case index, which has masked it (src/data/cases.ts): nothing here reads
 * the content itself. The handling columns are the 牵头 unit's latest report.
 */
import { config } from '../../config.ts';
import { t } from '../../i18n/t.ts';
import { routes } from '../../lib/paths.ts';
import { tableDocx, type TableDocument, type TableDocxColumn } from '../../lib/tableDocx.ts';
import type { Sheet } from '../../lib/workbook.ts';
import { proseDate } from '../build.ts';
import type { CaseBatchRecord } from '../cases.ts';
import type { Site } from '../site.ts';

/** A batch's disclosure table as every format shows it. */
export interface DisclosureTable {
  batch: number;
  /** 交办日期, in prose. */
  date: string;
  title: string;
  subtitle: string;
  /** The published cases and the batch's cases. */
  count: number;
  total: number;
  columns: readonly string[];
  /** One row per published case, the nine cells as text (序号 first). */
  rows: readonly (readonly string[])[];
}

/** A line of the index of disclosure tables. */
export interface DisclosureIndexRow {
  batch: number;
  label: string;
  date: string;
  count: number;
  total: number;
  path: string;
  workbook: string;
  docx: string;
}

/** The columns' widths: characters in Excel, millimetres in Word (adding up to `TABLE_WIDTH`); prose columns left-aligned. */
const LAYOUT: readonly { sheet: number; docx: number; align: TableDocxColumn['align'] }[] = [
  { sheet: 6, docx: 10, align: 'center' },
  // A 受理编号 such as D3SX202209200001 on one line.
  { sheet: 18, docx: 32, align: 'center' },
  { sheet: 36, docx: 46, align: 'left' },
  { sheet: 12, docx: 18, align: 'center' },
  { sheet: 10, docx: 16, align: 'center' },
  { sheet: 36, docx: 46, align: 'left' },
  { sheet: 8, docx: 17, align: 'center' },
  { sheet: 36, docx: 49, align: 'left' },
  { sheet: 14, docx: 23, align: 'center' },
];

/** The batches with at least one published case, first to last. */
function publishedBatches(site: Site): CaseBatchRecord[] {
  return site.cases.batches.filter((batch) => batch.cases.some((item) => item.data.published !== undefined));
}

/** The disclosure table of batch `number`; undefined when it has no published case. */
export function disclosureTable(site: Site, number: number): DisclosureTable | undefined {
  const batch = site.cases.batches.find((candidate) => candidate.number === number);
  const published = batch?.cases.filter((item) => item.data.published !== undefined) ?? [];
  if (batch === undefined || published.length === 0) return undefined;
  const name = (id: string) => site.content.departmentById.get(id)?.data.name ?? id;
  const date = proseDate(batch.date);
  return {
    batch: number,
    date,
    title: t('cases.disclosure.title', { number }),
    subtitle: t('cases.disclosure.subtitle', { district: config.district, number, date, count: published.length }),
    count: published.length,
    total: batch.cases.length,
    columns: t('cases.disclosure.columns').split(','),
    rows: published.map((item, index) => {
      const line = item.handling?.line;
      return [
        String(index + 1),
        item.id,
        item.data.summary,
        name(item.data.region),
        item.data.types.join(t('cases.stats.listJoin')),
        line?.verification ?? '',
        line?.truth ?? '',
        line?.handling ?? '',
        line?.accountability ?? '',
      ];
    }),
  };
}

/** The index of disclosure tables: a line per batch with a published case. */
export function disclosureIndex(site: Site): DisclosureIndexRow[] {
  return publishedBatches(site).map((batch) => ({
    batch: batch.number,
    label: t('cases.disclosure.index.batch', { number: batch.number }),
    date: proseDate(batch.date),
    count: batch.cases.filter((item) => item.data.published !== undefined).length,
    total: batch.cases.length,
    path: routes.disclosure(batch.number),
    workbook: routes.disclosureWorkbook(batch.number),
    docx: routes.disclosureDocx(batch.number),
  }));
}

/** The static paths of the tables' pages and files: one per batch with a published case. */
export function disclosurePaths(site: Site): { params: { batch: string } }[] {
  return publishedBatches(site).map((batch) => ({ params: { batch: String(batch.number) } }));
}

/** The table of the batch a route names; a route is only made for a batch that has one. */
function tableFor(site: Site, batch: string): DisclosureTable {
  const table = disclosureTable(site, Number(batch));
  if (table === undefined) throw new Error(`No disclosure table for batch ${batch}`);
  return table;
}

/** The name a downloaded file is saved under, without its extension. */
export function disclosureFileName(batch: number): string {
  return t('cases.disclosure.file', { district: config.district, number: batch });
}

/** The table as an Excel sheet, landscape, its header repeated on every printed page. */
export function disclosureSheet(site: Site, batch: string): Sheet {
  const table = tableFor(site, batch);
  return {
    name: t('cases.disclosure.sheetName', { number: table.batch }),
    title: table.title,
    subtitle: table.subtitle,
    columns: table.columns.map((header, index) => ({ header, width: LAYOUT[index]!.sheet, align: LAYOUT[index]!.align })),
    rows: table.rows.map(([number, ...cells]) => [Number(number), ...cells]),
    creator: `${config.district}${config.title}`,
    footer: t('exports.sheet.page', { page: '&P', pages: '&N' }),
  };
}

/** The table as a Word file, A4 landscape. */
export async function disclosureDocx(site: Site, batch: string): Promise<Uint8Array> {
  const table = tableFor(site, batch);
  const document: TableDocument = {
    title: table.title,
    subtitle: table.subtitle,
    columns: table.columns.map((header, index) => ({ header, width: LAYOUT[index]!.docx, align: LAYOUT[index]!.align })),
    rows: table.rows,
  };
  return tableDocx(document, { title: table.title, creator: `${config.district}${config.title}` });
}
