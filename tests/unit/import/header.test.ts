/** Header rows found wherever a unit moved them (src/import/header.ts). */
import { describe, expect, it } from 'vitest';
import { columnLetter, findHeader, HEADER_SEARCH_ROWS, textIn, type ColumnSpec } from '~/import/header';
import type { Row, Table } from '~/import/table';

type Key = 'task' | 'state' | 'key';
const SPECS: ColumnSpec<Key>[] = [
  { key: 'task', header: '任务' },
  { key: 'state', header: '完成情况' },
  { key: 'key', header: '编号（导入用，请勿修改）', exact: true },
];
const REQUIRED = [['state'], ['task', 'key']] as const;

const rowOf = (line: number, ...texts: string[]): Row => ({ line, cells: texts.map((text) => ({ text })) });
const table = (...rows: Row[]): Table => ({ sheet: '表', rows, facts: new Map() });

describe('findHeader', () => {
  it('finds the header under a title, its columns wherever they are, with a note or spaces or full-width forms', () => {
    const found = findHeader(table(rowOf(1, '区甲局进展'), rowOf(2), rowOf(3, '联系电话', '完成 情况（选填）', '序号', '任务'), rowOf(4, '', '推进中', '1', '完成自查')), SPECS, REQUIRED);
    expect(found.ok && [found.header.at, found.header.row.line, [...found.header.columns]]).toEqual([2, 3, [['state', 1], ['task', 3]]]);
    expect(found.ok && textIn(found.header, rowOf(4, '', ' 推进中 ', '1', '完成自查'), 'state')).toBe('推进中');
  });

  it('takes the key column only by its exact header', () => {
    const found = findHeader(table(rowOf(1, '完成情况', '编号（导入用，请勿修改）', '编号')), SPECS, REQUIRED);
    expect(found.ok && [...found.header.columns]).toEqual([['state', 0], ['key', 1]]);
    const note = findHeader(table(rowOf(1, '完成情况', '编号（导入用，请勿修改）（本单位）')), SPECS, REQUIRED);
    expect(note.ok).toBe(false);
  });

  it('skips merged cells, which repeat their first cell’s header', () => {
    const row: Row = { line: 1, cells: [{ text: '任务' }, { text: '任务', merged: true }, { text: '完成情况' }] };
    const found = findHeader(table(row), SPECS, REQUIRED);
    expect(found.ok && [...found.header.columns]).toEqual([['task', 0], ['state', 2]]);
  });

  it('says what is missing, what is there twice, or that no header is near the top', () => {
    expect(findHeader(table(rowOf(1, '标题'), rowOf(2, '任务', '进展')), SPECS, REQUIRED)).toEqual({
      ok: false,
      score: 1,
      problem: { row: 2, message: '像是表头，但缺少“完成情况”一列（请补上这一列，列名与网站下载的表一致）' },
    });
    expect(findHeader(table(rowOf(1, '任务', '完成情况', '完成情况')), SPECS, REQUIRED)).toEqual({
      ok: false,
      score: 2,
      problem: { row: 1, message: '有 2 列都是“完成情况”（第 B、C 列）：请删去多余的列，或给自加的列另起列名' },
    });
    const low = table(...Array.from({ length: HEADER_SEARCH_ROWS }, (_, index) => rowOf(index + 1)), rowOf(HEADER_SEARCH_ROWS + 1, '任务', '完成情况'));
    expect(findHeader(low, SPECS, REQUIRED)).toEqual({ ok: false, score: 0, problem: { message: '找不到表头：前 30 行中没有一行写着“完成情况”和“任务”等列名（请用网站下载的表填写，不要改动列名）' } });
  });
});

describe('synonyms', () => {
  type CaseKey = 'number' | 'unit' | 'key';
  // As a case importer would list them: 受理编号 also goes by 编号, 责任单位 by 承办单位.
  const CASE_SPECS: ColumnSpec<CaseKey>[] = [
    { key: 'number', header: '受理编号', synonyms: ['编号', '信访件编号'] },
    { key: 'unit', header: '责任单位', synonyms: ['承办单位', '办理单位'] },
    { key: 'key', header: '编号（导入用，请勿修改）', synonyms: ['导入编号'], exact: true },
  ];
  const CASE_REQUIRED = [['number'], ['unit']] as const;

  it('name a column as its header does: folded, and with a note in brackets unless exact', () => {
    const found = findHeader(table(rowOf(1, '承办 单位（盖章）', '编 号')), CASE_SPECS, CASE_REQUIRED);
    expect(found.ok && [...found.header.columns]).toEqual([['unit', 0], ['number', 1]]);
    expect(found.ok && textIn(found.header, rowOf(2, '区甲局', 'X1'), 'unit')).toBe('区甲局');
    const exact = findHeader(table(rowOf(1, '受理编号', '责任单位', '导入编号（本单位）')), CASE_SPECS, CASE_REQUIRED);
    expect(exact.ok && [...exact.header.columns]).toEqual([['number', 0], ['unit', 1]]);
  });

  it('give way to a column’s own header: 编号（导入用，请勿修改） is the key, not 受理编号’s synonym 编号 with a note', () => {
    const found = findHeader(table(rowOf(1, '编号（导入用，请勿修改）', '受理编号', '办理单位')), CASE_SPECS, CASE_REQUIRED);
    expect(found.ok && [...found.header.columns]).toEqual([['key', 0], ['number', 1], ['unit', 2]]);
  });

  it('count as the column written twice beside its header, each column named as the sheet has it', () => {
    expect(findHeader(table(rowOf(1, '受理编号', '责任单位', '承办单位')), CASE_SPECS, CASE_REQUIRED)).toEqual({
      ok: false,
      score: 2,
      problem: { row: 1, message: '有 2 列都是“责任单位”（第 B、C 列：“责任单位”、“承办单位”）：请删去多余的列，或给自加的列另起列名' },
    });
  });

  it('are not named in what is missing: the site’s header is', () => {
    expect(findHeader(table(rowOf(1, '编号', '问题')), CASE_SPECS, CASE_REQUIRED)).toEqual({
      ok: false,
      score: 1,
      problem: { row: 1, message: '像是表头，但缺少“责任单位”一列（请补上这一列，列名与网站下载的表一致）' },
    });
  });
});

describe('columnLetter', () => {
  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
