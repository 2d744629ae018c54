/**
 * The corpus of bad batch sheets an inspection team or an office might hand over, on the case
 * project (./caseProject.ts, with the case fixture's batches 1 and 2), and what
 * `npm run import -- cases` prints for each: read in one run by ./caseCorpus.test.ts.
 */
import ExcelJS from "exceljs";
import { importCases } from "~/import/casesRun";
import { caseProject } from "./caseProject";
import {
  bytesOf,
  IMPORT_DAY,
  TEAM_HEADER,
  TEAM_ROWS,
  teamSheet,
  teamWorkbook,
  type SheetLayout,
} from "./caseSheets";

/** The name a bad sheet is sent under. */
const NAME = "第3批.xlsx";

/** A bad sheet: how to make it, the flags given with it. */
interface Bad {
  bytes: () => Promise<Uint8Array> | Uint8Array;
  flags?: { batch?: number; date?: string };
}

/** The usual sheet with its first case's cells changed by header: `{ 污染类型: '噪音' }`. */
const first = (cells: Record<string, ExcelJS.CellValue>) => async () => {
  const row = [...TEAM_ROWS[0]!];
  for (const [header, value] of Object.entries(cells))
    row[TEAM_HEADER.indexOf(header as (typeof TEAM_HEADER)[number])] = value;
  return teamSheet(undefined, [row, ...TEAM_ROWS.slice(1)]);
};

/** The usual sheet laid out otherwise. */
const laidOut = (layout: SheetLayout) => () =>
  teamSheet(undefined, TEAM_ROWS, layout);

/** Each bad sheet, by what is wrong with it. */
export const CASE_CORPUS: Record<string, Bad> = {
  "a pollution type not on the list": {
    bytes: first({ 污染类型: "大气、噪音" }),
  },
  "a source not on the list": { bytes: first({ 信访方式: "电话" }) },
  "no source": { bytes: first({ 信访方式: null }) },
  "a unit the site does not have": { bytes: first({ 承办单位: "区丙局" }) },
  "an alias two units share": { bytes: first({ 承办单位: "执法局" }) },
  "a unit written with its team’s name after it": {
    bytes: first({ 承办单位: "区甲局执法大队" }),
  },
  "a group as the responsible unit": { bytes: first({ 承办单位: "各单位" }) },
  "only 配合 units, none leading": {
    bytes: first({ 承办单位: "区甲局（配合）", 配合单位: null }),
  },
  "the same unit leading and assisting": { bytes: first({ 配合单位: "甲局" }) },
  "a department as the region": { bytes: first({ 所属区域: "区甲局" }) },
  "a region the site does not have": { bytes: first({ 所属区域: "丁街" }) },
  "no summary": { bytes: first({ 信访人反映的主要问题: null }) },
  "a summary without its 受理编号": { bytes: first({ 受理编号: null }) },
  "a 受理编号 with Chinese in it": {
    bytes: first({ 受理编号: "D3SX第0001号" }),
  },
  "a 受理编号 twice in the sheet": {
    bytes: first({ 受理编号: "D3SX202209200003" }),
  },
  "a 受理编号 of another batch": { bytes: first({ 受理编号: "D1" }) },
  "no pollution type": { bytes: first({ 污染类型: null }) },
  "重点关注 neither yes nor no": { bytes: first({ 是否重点: "待定" }) },
  "办理时限 that is no date": { bytes: first({ 办理时限: "尽快" }) },
  "办理时限 before 交办日期": {
    bytes: first({ 办理时限: new Date(Date.UTC(2022, 8, 1)) }),
  },
  "markup in the summary": {
    bytes: first({ 信访人反映的主要问题: "反映<b>噪声</b>扰民。" }),
  },
  "a formula never computed, an error value": {
    bytes: first({
      行业类别: { formula: "A1" } as ExcelJS.CellValue,
      信访人反映的主要问题: { error: "#N/A" } as ExcelJS.CellValue,
    }),
  },
  "no batch in the title": {
    bytes: laidOut({ title: "群众信访举报件交办表", name: "交办表" }),
  },
  "no date anywhere": { bytes: laidOut({ note: "注：请按时报送。" }) },
  "a date without its year": { bytes: laidOut({ note: "9月20日交办" }) },
  "a date after today": { bytes: laidOut({ note: "2022年10月20日交办" }) },
  "--date that is no date": {
    bytes: laidOut({}),
    flags: { date: "2022-09-31" },
  },
  "a wrong --batch: the batch there has none of these cases": {
    bytes: laidOut({}),
    flags: { batch: 1 },
  },
  "the 污染类型 column deleted": {
    bytes: () => {
      const header = TEAM_HEADER.filter((name) => name !== "污染类型");
      return bytesOf(
        teamWorkbook(
          header,
          TEAM_ROWS.map((row) =>
            row.filter((_, index) => index !== TEAM_HEADER.indexOf("污染类型")),
          ),
        ),
      );
    },
  },
  "two sheets of batches in one workbook": {
    bytes: () => {
      const workbook = teamWorkbook(TEAM_HEADER, TEAM_ROWS);
      workbook
        .addWorksheet("第4批")
        .addRows([[...TEAM_HEADER], ...TEAM_ROWS.map((row) => [...row])]);
      return bytesOf(workbook);
    },
  },
  "a sheet of something else": {
    bytes: () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Sheet1").addRows([
        ["姓名", "电话"],
        ["王某某", "8888"],
      ]);
      return bytesOf(workbook);
    },
  },
  "a PDF": { bytes: () => new TextEncoder().encode("%PDF-1.7\n…") },
};

/** What `npm run import -- cases` prints for each bad sheet. */
export const CASE_EXPECTED: Record<string, string[]> = {
  "a pollution type not on the list": [
    '第3批.xlsx 第4行 污染类型："噪音" 不是可选的污染类型（是否想写“噪声”？可选：水、大气、土壤、噪声、生态、固废、油烟、扬尘、辐射、其他）',
  ],
  "a source not on the list": [
    '第3批.xlsx 第4行 信访方式："电话" 不是可选的来源（可选：来电、来信、中央环保督察交办件、省级信访件、省大气督查交办件、上级通报、自查）',
  ],
  "no source": [
    "第3批.xlsx 第4行 信访方式：未填写（可选：来电、来信、中央环保督察交办件、省级信访件、省大气督查交办件、上级通报、自查）",
  ],
  "a unit the site does not have": [
    "第3批.xlsx 第4行 承办单位：“区丙局”不是网站上的单位（是否想写“区甲局”？请改为网站上的单位名称）",
  ],
  "an alias two units share": [
    "第3批.xlsx 第4行 承办单位：“执法局”可指 区乙局、区戊局：请写单位全称",
  ],
  "a unit written with its team’s name after it": [
    "第3批.xlsx 第4行 承办单位：“区甲局执法大队”不是网站上的单位（是否想写“区甲局”？请改为网站上的单位名称）",
  ],
  "a group as the responsible unit": [
    "第3批.xlsx 第4行 承办单位：“各单位”是单位组：交办件须由具体单位办理，请改为组内的单位",
  ],
  "only 配合 units, none leading": [
    "第3批.xlsx 第4行 承办单位：未填写牵头的责任单位：请填写网站上的单位名称（配合单位写在“配合单位”一列，或在名称后注明“（配合）”）",
  ],
  "the same unit leading and assisting": [
    "第3批.xlsx 第4行 配合单位：“甲局”写了两次：每个单位只写一次（牵头就不再列为配合）",
  ],
  "a department as the region": [
    "第3批.xlsx 第4行 所属区域：“区甲局”不是街道、镇或板块：请填写所在的街道、镇或板块（可选：丙镇、丁街道、戊街道）",
  ],
  "a region the site does not have": [
    "第3批.xlsx 第4行 所属区域：“丁街”不是网站上的街道、镇或板块（是否想写“丁街道”？请改为网站上的单位名称）",
  ],
  "no summary": [
    "第3批.xlsx 第4行 信访人反映的主要问题：未填写：请照督察组交办表填写信访人反映的问题",
  ],
  "a summary without its 受理编号": [
    "第3批.xlsx 第4行 受理编号：未填写：这一行有交办问题，须照督察组交办表填写受理编号",
  ],
  "a 受理编号 with Chinese in it": [
    '第3批.xlsx 第4行 受理编号："D3SX第0001号" 不是受理编号：只能有英文字母、数字和连字符（如 D3SX202209200001），请照督察组交办表改正',
  ],
  "a 受理编号 twice in the sheet": [
    "第3批.xlsx 第6行 受理编号：受理编号 D3SX202209200003 与第4行重复：同一件只写一行，请删去或合并",
  ],
  "a 受理编号 of another batch": [
    "第3批.xlsx 第4行 受理编号：D1 已在第1批（content/cases/1.yaml）中：受理编号全区唯一，同一件不要重复导入；确是两件时请核对编号",
  ],
  "no pollution type": [
    "第3批.xlsx 第4行 污染类型：未填写（可选：水、大气、土壤、噪声、生态、固废、油烟、扬尘、辐射、其他，可填多项，用“、”分开）",
  ],
  "重点关注 neither yes nor no": [
    '第3批.xlsx 第4行 是否重点："待定" 不是“是”或“否”（是重点关注件的填“是”，否则留空）',
  ],
  "办理时限 that is no date": [
    '第3批.xlsx 第4行 办理时限："尽快" 不是日期（请写成 2022年10月5日、10月5日 或“15天”）',
  ],
  "办理时限 before 交办日期": [
    "第3批.xlsx 第4行 办理时限：2022年9月1日 早于交办日期 2022年9月20日：请核对",
  ],
  "markup in the summary": [
    "第3批.xlsx 第4行 信访人反映的主要问题：不能包含 HTML 标签（如 <script>）：这里只写纯文字",
  ],
  "a formula never computed, an error value": [
    "第3批.xlsx 第4行 信访人反映的主要问题：单元格显示错误值 #N/A（请改为直接填写的文字）",
    "第3批.xlsx 第4行 行业类别：是公式，但文件里没有它的计算结果（请改为直接填写的文字）",
  ],
  "no batch in the title": [
    "第3批.xlsx：表中标题没有写明第几批（如“第3批”）：请用 --batch 指明批次，如 --batch 3",
  ],
  "no date anywhere": [
    "第3批.xlsx：表中没有写明交办日期（如“2022年9月20日”）：请用 --date 指明交办日期，如 --date 2022-09-30",
  ],
  "a date without its year": [
    "第3批.xlsx 第2行：表中的“9月20日”没有年份：请用 --date 指明交办日期，如 --date 2022-09-30",
  ],
  "a date after today": [
    "第3批.xlsx 第2行：交办日期 2022年10月20日 晚于今天（2022年9月30日）：请核对，或用 --date 指明交办日期",
  ],
  "--date that is no date": [
    '第3批.xlsx：--date "2022-09-31" 不是日期：请写成 YYYY-MM-DD，如 --date 2022-09-30',
  ],
  "a wrong --batch: the batch there has none of these cases": [
    "第3批.xlsx：content/cases/1.yaml 已有第1批的 3 件，与本表没有一件相同：请核对批次号（可用 --batch 指明）",
  ],
  "the 污染类型 column deleted": [
    "第3批.xlsx 第3行：像是表头，但缺少“污染类型”一列（请补上这一列，或把表头改为常用的列名）",
  ],
  "two sheets of batches in one workbook": [
    "第3批.xlsx：有 2 张工作表都像交办表（“Sheet1”、“第4批”）：一次导入一个批次，请只保留这一批的那一张，另存后再导入",
  ],
  "a sheet of something else": [
    "第3批.xlsx：找不到表头：前 30 行中没有一行写着“受理编号”和“交办问题基本情况”和“行政区域”和“污染类型”和“责任单位”和“来源”等列名（交办表须有受理编号、交办问题基本情况、行政区域、污染类型、责任单位、来源等列）",
  ],
  "a PDF": [
    "第3批.xlsx：是 PDF 文件，不是表格：请发送填好的交办表（.xlsx）或 CSV 文件",
  ],
};

/** What `npm run import -- cases` prints for each bad sheet of the corpus, read now (nothing is written: each is refused). */
export async function readCaseCorpus(): Promise<Record<string, string[]>> {
  const root = caseProject({ withFixtureCases: true });
  const printed: Record<string, string[]> = {};
  for (const [label, bad] of Object.entries(CASE_CORPUS)) {
    const outcome = await importCases({
      root,
      name: NAME,
      bytes: await bad.bytes(),
      partial: false,
      today: IMPORT_DAY,
      ...bad.flags,
    });
    // The closing count is the same for every file: only the problems are the corpus's.
    printed[label] = outcome.ok
      ? ["(imported)", ...outcome.lines]
      : outcome.errors.filter((line) => !line.startsWith("\n"));
  }
  return printed;
}
