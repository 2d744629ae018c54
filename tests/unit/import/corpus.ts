/**
 * The corpus of bad files a unit might send, on the fixture site, and what `npm run import` prints
 * for each: read in one run by ./reportImport.test.ts, and the source of the examples the editors'
 * guide gives (CONTRIBUTING.md 2.9, tests/unit/site/importGuide.test.ts).
 */
import ExcelJS from 'exceljs';
import { crc32 } from 'node:zlib';
import { indexSite } from '~/data/site';
import { MAX_FILE_BYTES } from '~/import/file';
import { readReport } from '~/import/reportImport';
import { formatSheetProblem, sortSheetProblems } from '~/import/table';
import { fixtureEntries } from '../data/fixture';
import { bytesOf, column, csvBytes, fill, row, sheetOf, TODAY, unitWorkbook } from './sheets';

const site = indexSite(fixtureEntries());
/** The name a bad sheet is sent under, unless it has its own. */
const NAME = '区甲局-任务分解表-2022-05-16.xlsx';

/** A bad file: how to make it, the flags given with it, its name when not NAME. */
interface Bad {
  bytes: () => Promise<Uint8Array> | Uint8Array;
  flags?: { unit?: string; date?: string };
  name?: string;
}

/** 区甲局's sheet, changed by `change` as a unit would. */
const sheet = (change: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) => async () => {
  const workbook = await unitWorkbook(site, 'a');
  change(sheetOf(workbook), workbook);
  return bytesOf(workbook);
};

/** The hidden facts sheet and the key column both gone: a sheet typed again from scratch. */
function retyped(sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook): void {
  workbook.removeWorksheet(workbook.worksheets.find((each) => each.state !== 'visible')!.id);
  sheet.spliceColumns(column(sheet, '编号（导入用，请勿修改）'), 1);
}

/** 填报日期's cell. */
const dateCell = (sheet: ExcelJS.Worksheet) => sheet.getCell(row(sheet, '统一口径') + 2, 3);

/** A zip holding the given files, stored as they are: local headers, then the central directory. */
function zip(files: Record<string, string>): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const [path, data] = [Buffer.from(name), Buffer.from(text)];
    const fields = (signature: number, extra: number) => {
      const head = Buffer.alloc(extra);
      head.writeUInt32LE(signature, 0);
      return head;
    };
    const head = fields(0x04034b50, 30);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(path.length, 26);
    const entry = fields(0x02014b50, 46);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(path.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(head, path, data);
    central.push(entry, path);
    offset += head.length + path.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

/** An OLE compound file's first bytes, with a stream name in it as OLE writes names (UTF-16). */
function ole(stream: string): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return new Uint8Array([...head, ...new Array<number>(504).fill(0), ...Buffer.from(stream, 'utf16le')]);
}

/** A checklist export's CSV, as the checklist page writes it. */
const checklistCsv = (...rows: string[]) => csvBytes(['核查清单,单位,序号,条目,状态,复核,备注,更新日期', ...rows]);

/** Each bad file, by what is wrong with it. */
export const CORPUS: Record<string, Bad> = {
  'a state that is not one of the list': { bytes: sheet((s) => fill(s, '报送台账', { 完成情况: '完成了', 进展情况: '已报送。' })) },
  '已销号, which only the office gives': { bytes: sheet((s) => fill(s, '报送台账', { 完成情况: '已销号', 进展情况: '已报送。' })) },
  'words without a state': { bytes: sheet((s) => fill(s, '报送台账', { 进展情况: '已收集台账。' })) },
  '已完成 without 进展情况': { bytes: sheet((s) => fill(s, '报送台账', { 完成情况: '已完成' })) },
  '申请销号 without 进展情况, and markup in 存在问题': {
    bytes: sheet((s) => {
      fill(s, '报送台账', { 完成情况: '申请销号' });
      fill(s, '统一口径', { 完成情况: '推进中', 存在问题: '<script>alert(1)</script>' });
    }),
  },
  'a formula never computed, an error value': {
    bytes: sheet((s) => fill(s, '报送台账', { 完成情况: { formula: 'B4' } as ExcelJS.CellValue, 进展情况: { error: '#N/A' } as ExcelJS.CellValue })),
  },
  'a title re-typed with a typo, the key column gone': {
    bytes: sheet((s) => {
      fill(s, '完成自查', { 完成情况: '推进中' });
      s.getCell(row(s, '完成自查'), column(s, '任务')).value = '完成自査';
      s.spliceColumns(column(s, '编号（导入用，请勿修改）'), 1);
    }),
  },
  'a hidden key of a task withdrawn since': { bytes: sheet((s) => fill(s, '报送台账', { 完成情况: '推进中', '编号（导入用，请勿修改）': 'chexiao' })) },
  'a task of another unit typed in': {
    bytes: sheet((s) => {
      s.spliceColumns(column(s, '编号（导入用，请勿修改）'), 1);
      s.getCell(row(s, '完成整改'), column(s, '任务')).value = '成立专班';
      fill(s, '成立专班', { 完成情况: '推进中' });
    }),
  },
  'a task the unit only oversees (督办)': {
    name: '丙镇-任务分解表-2022-05-16.xlsx',
    bytes: async () => {
      const workbook = await unitWorkbook(site, 'c');
      fill(sheetOf(workbook), '成立专班', { 完成情况: '推进中', 进展情况: '已督促区乙局成立专班。' });
      return bytesOf(workbook);
    },
  },
  'one task in two rows': {
    bytes: sheet((s) => {
      fill(s, '报送台账', { 完成情况: '推进中' });
      s.getRow(row(s, '统一口径') + 1).values = s.getRow(row(s, '报送台账')).values as ExcelJS.CellValue[];
    }),
  },
  'a state with no task named': {
    bytes: sheet((s) => {
      const line = row(s, '完成整改');
      fill(s, '完成整改', { 完成情况: '推进中', '编号（导入用，请勿修改）': null });
      s.getCell(line, column(s, '任务')).value = null;
    }),
  },
  '填报日期 that is no date': { bytes: sheet((s) => (fill(s, '报送台账', { 完成情况: '推进中' }), (dateCell(s).value = '下周五'))) },
  '填报日期 after today': { bytes: sheet((s) => (fill(s, '报送台账', { 完成情况: '推进中' }), (dateCell(s).value = '2022年6月1日'))) },
  '填报日期 before the sheet was made': { bytes: sheet((s) => (fill(s, '报送台账', { 完成情况: '推进中' }), (dateCell(s).value = new Date(Date.UTC(2022, 4, 1))))) },
  'a sheet typed again, no unit and no date': { bytes: sheet((s, w) => (fill(s, '报送台账', { 完成情况: '推进中' }), retyped(s, w))) },
  'another unit than --unit says': { bytes: sheet((s) => fill(s, '报送台账', { 完成情况: '推进中' })), flags: { unit: 'b' } },
  '--unit naming a group': { bytes: sheet((s, w) => (fill(s, '报送台账', { 完成情况: '推进中' }), retyped(s, w))), flags: { unit: 'bumen', date: '2022-05-20' } },
  '--unit that is no unit, --date that is no date': { bytes: sheet((s) => fill(s, '报送台账', { 完成情况: '推进中' })), flags: { unit: 'jia', date: '2022-13-01' } },
  'the 完成情况 column deleted': { bytes: sheet((s) => (fill(s, '报送台账', { 进展情况: '已收集。' }), s.spliceColumns(column(s, '完成情况'), 1))) },
  'two 完成情况 columns': { bytes: sheet((s) => s.spliceColumns(column(s, '完成情况'), 0, [null, null, '完成情况'])) },
  'nothing filled in': { bytes: sheet(() => undefined) },
  'a sheet of something else': {
    bytes: async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Sheet1').addRows([['姓名', '电话'], ['王某某', '8888']]);
      return bytesOf(workbook);
    },
  },
  'the sheet copied twice into the workbook': {
    bytes: sheet((s, w) => {
      const copy = w.addWorksheet('任务分解表 (2)');
      s.eachRow((line, number) => (copy.getRow(number).values = line.values as ExcelJS.CellValue[]));
    }),
  },
  'an empty file': { bytes: () => new Uint8Array() },
  'a file too large': { bytes: () => new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41) },
  'an old .xls': { bytes: () => ole('Workbook') },
  'a workbook with a password': { bytes: () => ole('EncryptionInfo') },
  'a PDF': { bytes: () => new TextEncoder().encode('%PDF-1.7\n…') },
  'a Word document': { bytes: () => zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }) },
  'a zip that unpacks to too much': {
    bytes: () => {
      const bytes = zip({ 'xl/workbook.xml': '<workbook/>' });
      // The central directory's unpacked size of the one entry, made 100 MB.
      const at = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      new DataView(bytes.buffer).setUint32(at + 24, 100 * 1024 * 1024, true);
      return bytes;
    },
  },
  'a picture': { bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
  'a CSV saved by Excel (GBK, no BOM) with a state not on the list': {
    name: '区甲局报送.csv',
    bytes: () => csvBytes(['填报单位：,区甲局', '填报日期：,2022-05-20', '序号,任务,完成情况,进展情况', '1,完成自查,完成,自查完毕'], 'gbk'),
  },
  'a CSV of a unit the site does not have': { name: '报送.csv', bytes: () => csvBytes(['填报单位：,区丁局', '填报日期：,2022-05-20', '序号,任务,完成情况', '1,完成自查,推进中']) },
  'a checklist export with a changed item, a bad state and a second unit': {
    name: '台账资料-区甲局-2022-05-20.csv',
    bytes: () => checklistCsv('台账资料,区甲局,1,真实反应,已完成,,,2022-05-19', '台账资料,区甲局,2,统一口径,完成,,,2022-05-19', '台账资料,区乙局,2,统一口径,已完成,,,2022-05-19'),
  },
  'a checklist export of a checklist none of the unit’s tasks has': {
    name: '专班-丙镇-2022-05-20.csv',
    bytes: () => checklistCsv('专班,丙镇,1,成立专班,已完成,,,2022-05-19'),
  },
  'a checklist export renamed, without its date': { name: '台账.csv', bytes: () => checklistCsv('台账资料,区甲局,1,真实反映,已完成,,,2022-05-19') },
};

/** What `npm run import` prints for each bad file. */
export const EXPECTED: Record<string, string[]> = {
  '--unit naming a group': [
    '区甲局-任务分解表-2022-05-16.xlsx：各部门（bumen）是单位组，不能报送：请由各成员单位分别报送，用 --unit 指明其中一个单位',
  ],
  '--unit that is no unit, --date that is no date': [
    '区甲局-任务分解表-2022-05-16.xlsx：--unit "jia" 不是已有的单位（是否想写 "a"？）',
    '区甲局-任务分解表-2022-05-16.xlsx：--date "2022-13-01" 不是日期：请写成 YYYY-MM-DD，如 --date 2022-05-25',
  ],
  'a CSV of a unit the site does not have': [
    '报送.csv 第1行：填报单位“区丁局”与网站上的单位名称都不一致：请改为网站上的单位全称，或用 --unit 指明单位',
  ],
  'a CSV saved by Excel (GBK, no BOM) with a state not on the list': [
    '区甲局报送.csv 第4行 完成情况："完成" 不是可选值（可选：未启动、推进中、已完成、申请销号）',
  ],
  'a PDF': [
    '区甲局-任务分解表-2022-05-16.xlsx：是 PDF 文件，不是表格：请单位发送填好的任务分解表（.xlsx）或报送页下载的 CSV 文件',
  ],
  'a Word document': [
    '区甲局-任务分解表-2022-05-16.xlsx：是 Word 文档，不是 Excel 表：请单位发送填好的任务分解表（.xlsx）',
  ],
  'a checklist export of a checklist none of the unit’s tasks has': [
    '专班-丙镇-2022-05-20.csv 第2行 核查清单：“专班”不是丙镇牵头或配合的任何一项任务的核查清单，勾选无法附在报送中：请核对单位，或请编辑在任务中写明 checklist',
  ],
  'a checklist export renamed, without its date': [
    '台账.csv：文件名中没有导出日期（网站导出的文件名以日期结尾，如“台账资料-区甲局-2026-05-20.csv”）：请用 --date 指明报送日期，如 --date 2022-05-25',
  ],
  'a checklist export with a changed item, a bad state and a second unit': [
    '台账资料-区甲局-2022-05-20.csv 第2行 条目：“真实反应”不是“台账资料”的条目（是否指“真实反映”？）：清单条目可能已修改，请在网站上重新导出进度',
    '台账资料-区甲局-2022-05-20.csv 第3行 状态："完成" 不是可选值（可选：已完成、未完成）',
    '台账资料-区甲局-2022-05-20.csv 第4行 单位：“区乙局”与第2行的“区甲局”不是同一个单位：一个文件只能是一个单位的勾选，请分开导出',
  ],
  'a file too large': [
    '区甲局-任务分解表-2022-05-16.xlsx：文件过大（5.1 MB，上限 5.0 MB）：任务分解表一般不到 1 MB，请确认是本单位的任务分解表；如插入了图片，请删去后另存再导入（佐证材料另行提交）',
  ],
  'a formula never computed, an error value': [
    '区甲局-任务分解表-2022-05-16.xlsx 第5行 完成情况：是公式，但文件里没有它的计算结果（请改为直接填写的文字）',
    '区甲局-任务分解表-2022-05-16.xlsx 第5行 进展情况：单元格显示错误值 #N/A（请改为直接填写的文字）',
  ],
  'a hidden key of a task withdrawn since': [
    '区甲局-任务分解表-2022-05-16.xlsx 第5行 任务：隐藏的编号 "chexiao" 不是现有任务（任务可能已撤销或改了编号）：请删去这一行，或用网站下载的新表重新填写',
  ],
  'a picture': [
    '区甲局-任务分解表-2022-05-16.xlsx：不是表格文件（既不是 Excel 表，也不是 CSV）：请单位发送填好的任务分解表（.xlsx）或报送页下载的 CSV 文件',
  ],
  'a sheet of something else': [
    '区甲局-任务分解表-2022-05-16.xlsx：找不到表头：前 30 行中没有一行写着“完成情况”和“任务”等列名（请用网站下载的表填写，不要改动列名）',
  ],
  'a sheet typed again, no unit and no date': [
    '区甲局-任务分解表-2022-05-16.xlsx：表中没有记载填报单位（网站下载的表里隐藏着单位和日期，重新录入的表没有）：请用 --unit 指明单位（可用：c 丙镇、a 区甲局、b 区乙局）',
    '区甲局-任务分解表-2022-05-16.xlsx：表中没有填报日期，隐藏的表格日期也已丢失：请用 --date 指明报送日期，如 --date 2022-05-25',
  ],
  'a state that is not one of the list': [
    '区甲局-任务分解表-2022-05-16.xlsx 第5行 完成情况："完成了" 不是可选值（可选：未启动、推进中、已完成、申请销号）',
  ],
  'a state with no task named': [
    '区甲局-任务分解表-2022-05-16.xlsx 第6行 任务：未填写（这一行填了完成情况等，须写明是哪一项任务：请填写与网站上一致的任务名称）',
  ],
  'a task of another unit typed in': [
    '区甲局-任务分解表-2022-05-16.xlsx 第6行 任务：“成立专班”不是区甲局承担的任务：请核对是否发错了表，或删去这一行',
  ],
  'a task the unit only oversees (督办)': [
    '丙镇-任务分解表-2022-05-16.xlsx 第5行 任务：丙镇在“成立专班”中为督办单位，只有牵头、配合单位报送进展：请删去这一行',
  ],
  'a title re-typed with a typo, the key column gone': [
    '区甲局-任务分解表-2022-05-16.xlsx 第4行 任务：“完成自査”与区甲局承担的任务名称都不一致（是否指“完成自查”？请改为网站上的任务名称）',
  ],
  'a workbook with a password': [
    '区甲局-任务分解表-2022-05-16.xlsx：文件设有打开密码，无法读取：请单位取消密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后重新发送',
  ],
  'a zip that unpacks to too much': [
    '区甲局-任务分解表-2022-05-16.xlsx：解压后过大（100.0 MB，上限 64.0 MB）：请确认是本单位的任务分解表，删去图片等内容后另存再导入',
  ],
  'an empty file': [
    '区甲局-任务分解表-2022-05-16.xlsx：文件是空的（0 字节）：请单位重新发送',
  ],
  'an old .xls': [
    '区甲局-任务分解表-2022-05-16.xlsx：是旧版 Excel（.xls）或 WPS 表格（.et）格式：请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再导入',
  ],
  'another unit than --unit says': [
    '区甲局-任务分解表-2022-05-16.xlsx：表中记载的单位是区甲局（a），与 --unit b（区乙局）不一致：请核对是否发错了表，或去掉 --unit',
  ],
  'nothing filled in': [
    '区甲局-任务分解表-2022-05-16.xlsx：表中没有填写任何任务的完成情况：请单位在“完成情况”一列选择后重新发送',
  ],
  'one task in two rows': [
    '区甲局-任务分解表-2022-05-16.xlsx 第8行 任务：“报送台账”与第5行是同一项任务：请把两行合并为一行',
  ],
  'the sheet copied twice into the workbook': [
    '区甲局-任务分解表-2022-05-16.xlsx：有 2 张工作表都像任务分解表（“任务分解表”、“任务分解表 (2)”）：请只保留本单位这一次报送的那一张，另存后再导入',
  ],
  'the 完成情况 column deleted': [
    '区甲局-任务分解表-2022-05-16.xlsx 第3行：像是表头，但缺少“完成情况”一列（请补上这一列，列名与网站下载的表一致）',
  ],
  'two 完成情况 columns': [
    '区甲局-任务分解表-2022-05-16.xlsx 第3行：有 2 列都是“完成情况”（第 L、M 列）：请删去多余的列，或给自加的列另起列名',
  ],
  'words without a state': [
    '区甲局-任务分解表-2022-05-16.xlsx 第5行 完成情况：未填写（这一行填了进展情况等，须同时选择完成情况；可选：未启动、推进中、已完成、申请销号）',
  ],
  '填报日期 after today': [
    '区甲局-任务分解表-2022-05-16.xlsx 第9行 填报日期：2022年6月1日 晚于今天（2022年5月25日）：请核对，或用 --date 指明报送日期',
  ],
  '填报日期 before the sheet was made': [
    '区甲局-任务分解表-2022-05-16.xlsx 第9行 填报日期：2022年5月1日 早于表格的导出日期 2022年5月16日：请核对，或用 --date 指明报送日期',
  ],
  '填报日期 that is no date': [
    '区甲局-任务分解表-2022-05-16.xlsx 第9行 填报日期："下周五" 不是日期（请写成 2026年5月20日 或 2026-05-20）',
  ],
  '已完成 without 进展情况': [
    '区甲局-任务分解表-2022-05-16.xlsx 第5行 进展情况：未填写（完成情况为“已完成”时须写明做了什么、成效如何）',
  ],
  '已销号, which only the office gives': [
    '区甲局-任务分解表-2022-05-16.xlsx 第5行 完成情况："已销号" 须由办公室确认，单位不能填写（已完成的请选“申请销号”；可选：未启动、推进中、已完成、申请销号）',
  ],
  '申请销号 without 进展情况, and markup in 存在问题': [
    '区甲局-任务分解表-2022-05-16.xlsx 第5行 进展情况：未填写（完成情况为“申请销号”时须写明做了什么、成效如何）',
    '区甲局-任务分解表-2022-05-16.xlsx 第7行 存在问题：不能包含 HTML 标签（如 <script>）：这里只写纯文字',
  ],
};

/** What `npm run import` prints for each bad file of the corpus, read now. */
export async function readCorpus(): Promise<Record<string, string[]>> {
  const printed: Record<string, string[]> = {};
  for (const [label, bad] of Object.entries(CORPUS)) {
    const name = bad.name ?? NAME;
    const read = await readReport(name, await bad.bytes(), site, { today: TODAY, ...bad.flags });
    printed[label] = sortSheetProblems(read.problems).map((problem) => formatSheetProblem(name, problem));
  }
  return printed;
}
