/** The shape every importer reads (src/import/table.ts): problem lines, text compared as staff mean it, blank rows. */
import { describe, expect, it } from 'vitest';
import { cellAt, fold, formatSheetProblem, isBlankRow, sortSheetProblems } from '~/import/table';

describe('formatSheetProblem', () => {
  it('names the file, then the row and the column when the problem is in one', () => {
    expect(formatSheetProblem('区住建局-任务分解表.xlsx', { row: 7, column: '完成情况', message: '"完成了" 不是可选值' })).toBe('区住建局-任务分解表.xlsx 第7行 完成情况："完成了" 不是可选值');
    expect(formatSheetProblem('a.csv', { row: 3, message: '像是表头' })).toBe('a.csv 第3行：像是表头');
    expect(formatSheetProblem('a.xlsx', { message: '文件是空的' })).toBe('a.xlsx：文件是空的');
  });

  it('sorts the file’s own problems first, then by row, keeping a row’s in their order', () => {
    expect(sortSheetProblems([{ row: 9, message: 'c' }, { row: 4, message: 'a' }, { message: 'file' }, { row: 4, message: 'b' }]).map((problem) => problem.message)).toEqual(['file', 'a', 'b', 'c']);
  });
});

describe('fold', () => {
  it('sets aside full-width forms and every space', () => {
    expect(fold(' 完成 情况（选填）\n')).toBe('完成情况(选填)');
    expect(fold('１２')).toBe('12');
  });
});

describe('rows', () => {
  it('are blank with only spaces, and a cell past the end is blank', () => {
    expect(isBlankRow({ line: 1, cells: [{ text: ' ' }, { text: '' }] })).toBe(true);
    expect(isBlankRow({ line: 1, cells: [{ text: '' }, { text: '', unreadable: '错误值' }] })).toBe(false);
    expect(cellAt({ line: 1, cells: [{ text: 'a' }] }, 5)).toEqual({ text: '' });
  });
});
