/** The CSV writer, read back with csv-parse (src/lib/csv.ts). */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvDocument, safeCell } from '~/lib/csv';
import { sheetRows } from '~/lib/exports';
import { fixtureTasks, HEADERS, hostileTasks } from '../helpers/exportTasks';

describe('CSV', () => {
  it('parses back to the tasks, with BOM, and no cell that runs a formula', () => {
    const tasks = [...fixtureTasks(), ...hostileTasks()];
    const rows = sheetRows(tasks, HEADERS);
    const text = csvDocument(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(text, { bom: true, relax_column_count: false }) as string[][];
    expect(parsed).toHaveLength(tasks.length + 1);
    expect(parsed[0]).toEqual(HEADERS);
    const expected = rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
    expect(parsed).toEqual(expected);
    // A date whose year is inferred is written as resolved; the lead is the group as named.
    const column = (header: string) => HEADERS.indexOf(header);
    const selfCheck = parsed.find((row) => row[column('任务')] === '完成自查')!;
    expect(selfCheck.slice(column('牵头单位'), column('状态') + 1)).toEqual(['各单位', '', '5月19日前', '2022-05-19', '未开始']);
    for (const row of parsed.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('safeCell', () => {
  it('keeps a cell from running as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t']) expect(safeCell(`${start}x`)).toBe(`'${start}x`);
    expect(safeCell('台账')).toBe('台账');
  });
});
