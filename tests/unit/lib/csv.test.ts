/** The CSV writer, read back with csv-parse (src/lib/csv.ts). */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvDocument, safeCell } from '~/lib/csv';
import { sheetRows } from '~/lib/exports';
import { contentTasks, HEADERS, hostileTasks } from '../helpers/exportTasks';

describe('CSV', () => {
  it('parses back to the content, with BOM, and no cell that runs a formula', () => {
    const tasks = [...contentTasks(), ...hostileTasks()];
    const rows = sheetRows(tasks, HEADERS);
    const text = csvDocument(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(text, { bom: true, relax_column_count: false }) as string[][];
    expect(parsed).toHaveLength(tasks.length + 1);
    expect(parsed[0]).toEqual(HEADERS);
    const expected = rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
    expect(parsed).toEqual(expected);
    const column = (header: string) => HEADERS.indexOf(header);
    const secondment = parsed.find((row) => row[column('任务')] === '10个部门各抽调一名熟悉业务的工作人员到区环保局驻点脱产办公')!;
    expect(secondment.slice(column('完成时限'), column('状态') + 1)).toEqual(['5月19日前', '2022-05-19', '未开始']);
    expect(secondment[column('牵头单位')]).toContain('区公安分局');
    for (const row of parsed.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('safeCell', () => {
  it('keeps a cell from running as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t']) expect(safeCell(`${start}x`)).toBe(`'${start}x`);
    expect(safeCell('台账')).toBe('台账');
  });
});
