/**
 * CSV that Excel opens in Chinese (UTF-8 with a byte-order mark, CRLF) and that cannot run a
 * formula: a cell starting with =, +, -, @, a tab or a return is prefixed with an apostrophe.
 * Kept by hand, not a CSV package: it ships to the browser (checklist export), where this is smaller.
 */

/** Neutralises a spreadsheet cell that would start a formula. */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field, quoted when it must be. */
export function csvField(text: string): string {
  const value = safeCell(text);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The whole document: BOM, rows joined by CRLF, a final CRLF. */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
