/**
 * Batch sheets as inspection teams send them, built with exceljs: a merged title naming the batch
 * and its date, a note, a header row in the team's own words, the cases, a blank row, a 合计 row
 * and a note under the table. `teamSheet` takes the header and the rows, so that each test writes
 * the sheet it needs in the words a team would.
 */
import ExcelJS from 'exceljs';

/** The day of the imports. */
export const IMPORT_DAY = '2022-09-30';

/** The header a team's sheet of 第3批 usually has. */
export const TEAM_HEADER = ['序号', '受理编号', '信访方式', '信访人反映的主要问题', '所属区域', '污染类型', '行业类别', '承办单位', '配合单位', '是否重点', '办理时限'] as const;

/** Three cases of 第3批, as the team writes them. */
export const TEAM_ROWS: readonly ExcelJS.CellValue[][] = [
  [1, 'D3SX202209200001', '来电', '反映某饭店油烟扰民，联系电话13900001111。', '丙镇', '大气、噪声', '餐饮业', '区甲局', '区乙局', '是', '10月5日'],
  [2, 'Ｄ３ＳＸ202209200002', '来信', '反映某厂夜间偷排污水。\n下游河道发黑。', '丁街道', '水污染；其他', '化工', '甲局（牵头）\n区乙局（配合）', null, null, new Date(Date.UTC(2022, 9, 8))],
  [3, 'D3SX202209200003', '来电', '反映某工地扬尘。', '丙镇', '扬尘', '建筑业', '区乙局，区甲局（配合）', null, '否', 44841],
];

/** How the sheet is laid out around its table. */
export interface SheetLayout {
  /** The title above the table (merged across it). */
  title?: string;
  /** A note under the title. */
  note?: string;
  /** The worksheet's name. */
  name?: string;
  /** Rows after the cases: a 合计 row and a note, unless given. */
  tail?: readonly ExcelJS.CellValue[][];
}

/** A workbook with one sheet laid out as `layout`, its table `header` and `rows`. */
export function teamWorkbook(header: readonly string[], rows: readonly ExcelJS.CellValue[][], layout: SheetLayout = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(layout.name ?? 'Sheet1');
  const title = layout.title ?? '中央第三生态环境保护督察组转办群众信访举报件（第3批）';
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow([layout.note ?? '交办时间：2022年9月20日　　注：请于办理时限前报送办理情况。']);
  sheet.mergeCells(2, 1, 2, header.length);
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  sheet.addRow([]);
  for (const row of layout.tail ?? [['合计', `${rows.length}件`], ['填表人：王某某']]) sheet.addRow([...row]);
  return workbook;
}

/** The workbook's bytes, as the team sends them. */
export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The usual sheet of 第3批 (three cases), with `change` applied to it. */
export async function teamSheet(change?: (sheet: ExcelJS.Worksheet) => void, rows = TEAM_ROWS, layout: SheetLayout = {}): Promise<Uint8Array> {
  const workbook = teamWorkbook(TEAM_HEADER, rows, layout);
  change?.(workbook.worksheets[0]!);
  return bytesOf(workbook);
}
