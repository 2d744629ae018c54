/**
 * A CSV file as a table (./table.ts), each row numbered by the line it starts on. Units send CSV
 * from three places: this site (the 报送 page and the checklist's export: UTF-8 with a BOM), and
 * Excel's "另存为 CSV", which on Chinese Windows writes GBK and no BOM, or, as "Unicode 文本",
 * UTF-16 separated by tabs. All are read. A cell the site's export guarded against being run as
 * a formula (`'=…`, src/lib/csv.ts) is read without its apostrophe.
 */
import type { Cell, Row, Table } from './table.ts';

/** The file's text, and how it was encoded. */
export function decodeCsv(bytes: Uint8Array): { text: string; tabs: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), tabs: false };
  // Excel's "Unicode 文本": UTF-16 with its byte-order mark, columns separated by tabs.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), tabs: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), tabs: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), tabs: false };
  } catch {
    // Not UTF-8: Excel's CSV on Chinese Windows is GBK, which GB18030 contains.
    return { text: new TextDecoder('gb18030').decode(bytes), tabs: false };
  }
}

/** A cell of the site's own CSV, without the apostrophe that kept it from starting a formula. */
function cellOf(text: string): Cell {
  return { text: /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text };
}

/** A record of a CSV and the line it starts on. */
interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * The records of a CSV text (RFC 4180, as Excel writes it): fields separated by `separator`,
 * quoted when they hold one, a quote, or a line break; a quote doubled inside quotes; records
 * ended by CRLF or LF. Lenient where Excel's users are not exact: a quote inside an unquoted field
 * is just a character, and a quoted field runs to the end of the text if never closed.
 */
export function csvRecords(text: string, separator: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let at = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  while (at < text.length) {
    const char = text[at]!;
    if (char === '"' && field === '') {
      // A quoted field: up to the quote that is not doubled.
      at += 1;
      while (at < text.length) {
        if (text[at] === '"') {
          if (text[at + 1] !== '"') break;
          at += 1;
        } else if (text[at] === '\n') line += 1;
        field += text[at];
        at += 1;
      }
      at += 1;
      continue;
    }
    if (char === separator) endField();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[at + 1] === '\n') at += 1;
      endField();
      records.push({ line: start, fields });
      fields = [];
      line += 1;
      start = line;
    } else field += char;
    at += 1;
  }
  if (field !== '' || fields.length > 0) {
    endField();
    records.push({ line: start, fields });
  }
  return records;
}

/** The outcome of reading a CSV: its one table, or why it cannot be read. */
export type CsvRead = { ok: true; table: Table } | { ok: false; message: string };

/** Reads a CSV file's bytes; more than `maxRows` rows is refused. */
export function readCsv(bytes: Uint8Array, maxRows: number): CsvRead {
  const { text, tabs } = decodeCsv(bytes);
  const records = csvRecords(text, tabs ? '\t' : ',');
  if (records.length > maxRows) return { ok: false, message: `有 ${records.length} 行，超过上限 ${maxRows} 行：请确认发来的是本单位的报送表，并删去多余的行` };
  const rows: Row[] = records.map(({ line, fields }) => ({ line, cells: fields.map(cellOf) }));
  return { ok: true, table: { sheet: '', rows, facts: new Map() } };
}
