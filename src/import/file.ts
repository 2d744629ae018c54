/**
 * A file a unit sent, as tables: an Excel workbook or a CSV, told apart by their bytes, not by
 * their name (a unit renames files, and mail systems rename them too). What is neither — an old
 * .xls, a workbook with a password, a PDF, a Word file, an image, an empty or a huge file — gets
 * one sentence saying what it is and what the unit should send instead.
 */
import { readCsv } from './csv.ts';
import type { Table } from './table.ts';
import { MAX_ROWS, readWorkbook } from './xlsx.ts';

/** Larger than any unit's sheet (a 200-task sheet is some 40 KB): a file with pictures, or the wrong file. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** What a workbook may unpack to: more is a wrong file, or one made to exhaust memory. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** The outcome of reading a file: its tables (the visible sheets, or the CSV's one), or why not. */
export type FileRead = { ok: true; kind: 'xlsx' | 'csv'; tables: Table[] } | { ok: false; message: string };

const starts = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

/** A file size in words: `12.3 MB`, `850 KB`. */
function size(bytes: number): string {
  // Rounded up: a file just over the limit must not read as the limit itself.
  return bytes >= 1024 * 1024 ? `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * A zip's entries from its central directory, without unpacking anything: their names and the
 * sum of their unpacked sizes. Undefined when the directory cannot be found (a damaged file).
 */
export function zipDirectory(bytes: Uint8Array): { names: string[]; unpacked: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 64 KB + 22 bytes (its comment is at most 64 KB).
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  let unpacked = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    // A size of 0xFFFFFFFF means "see the ZIP64 record": far more than any sheet, so count it as that.
    unpacked += view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { names, unpacked };
}

/** Contains `text` as UTF-16LE, the way an OLE file names its streams. */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Reads a file's bytes as tables, or says why they are no sheet to import. */
export async function readSheetFile(bytes: Uint8Array): Promise<FileRead> {
  if (bytes.length === 0) return { ok: false, message: '文件是空的（0 字节）：请单位重新发送' };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, message: `文件过大（${size(bytes.length)}，上限 ${size(MAX_FILE_BYTES)}）：任务分解表一般不到 1 MB，请确认是本单位的任务分解表；如插入了图片，请删去后另存再导入（佐证材料另行提交）` };
  }
  // An OLE compound file: a password-protected workbook, or the old .xls (or WPS's .et) format.
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (hasUtf16(bytes, 'EncryptionInfo')) return { ok: false, message: '文件设有打开密码，无法读取：请单位取消密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后重新发送' };
    return { ok: false, message: '是旧版 Excel（.xls）或 WPS 表格（.et）格式：请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再导入' };
  }
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46])) return { ok: false, message: '是 PDF 文件，不是表格：请单位发送填好的任务分解表（.xlsx）或报送页下载的 CSV 文件' };
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const directory = zipDirectory(bytes);
    if (directory === undefined) return { ok: false, message: '文件已损坏（压缩结构不完整），无法读取：请单位重新发送' };
    if (!directory.names.includes('xl/workbook.xml')) {
      const what = directory.names.some((name) => name.startsWith('word/')) ? '是 Word 文档' : directory.names.some((name) => name.startsWith('ppt/')) ? '是演示文稿' : '是压缩文件';
      return { ok: false, message: `${what}，不是 Excel 表：请单位发送填好的任务分解表（.xlsx）` };
    }
    if (directory.unpacked > MAX_UNPACKED_BYTES) return { ok: false, message: `解压后过大（${size(directory.unpacked)}，上限 ${size(MAX_UNPACKED_BYTES)}）：请确认是本单位的任务分解表，删去图片等内容后另存再导入` };
    const read = await readWorkbook(bytes);
    return read.ok ? { ok: true, kind: 'xlsx', tables: read.tables } : read;
  }
  // Text, or not: bytes a text file never holds (NUL outside UTF-16, which has its mark).
  const utf16 = starts(bytes, [0xff, 0xfe]) || starts(bytes, [0xfe, 0xff]);
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) return { ok: false, message: '不是表格文件（既不是 Excel 表，也不是 CSV）：请单位发送填好的任务分解表（.xlsx）或报送页下载的 CSV 文件' };
  const read = readCsv(bytes, MAX_ROWS);
  return read.ok ? { ok: true, kind: 'csv', tables: [read.table] } : read;
}
