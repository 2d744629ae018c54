/**
 * The round-trip format (src/import/format.ts): the headers the importer looks for are those the
 * export writes on a unit's sheet, the facts written are the facts read, and a task page's address
 * names its task.
 */
import { describe, expect, it } from 'vitest';
import { exportTasks, tasksByUnit, taskSheet } from '~/data/views/exports';
import { indexSite } from '~/data/site';
import { ADDED_COLUMNS, factMarks, factRows, FACTS_SHEET, FIELDS, HEADERS, readFact, STATE_CHOICES, taskOfLink, type SheetFacts } from '~/import/format';
import { fixtureEntries } from '../data/fixture';

const site = indexSite(fixtureEntries());

describe('a unit’s sheet', () => {
  const tasks = tasksByUnit(site, exportTasks(site, (path) => `/${path}`)).get('a')!;
  const sheet = taskSheet(site, tasks, { unit: 'a', date: '2022-05-16' });

  it('has every column the importer reads but the 报送 page’s 链接, the key hidden and last', () => {
    const headers = sheet.columns.map((column) => column.header);
    expect(Object.values(HEADERS).filter((header) => !headers.includes(header))).toEqual([HEADERS.link]);
    expect(sheet.columns.at(-1)).toEqual({ header: '编号（导入用，请勿修改）', width: 16, hidden: { marks: ['单位编号：a', '表格日期：2022-05-16'] } });
    expect(headers.slice(headers.indexOf(HEADERS.state), headers.indexOf(HEADERS.state) + 4)).toEqual([HEADERS.state, ...ADDED_COLUMNS]);
  });

  it('offers the report states in 完成情况, and carries the facts and 填报日期', () => {
    expect(sheet.columns.find((column) => column.header === HEADERS.state)!.choices).toEqual({ values: ['未启动', '推进中', '已完成', '申请销号'], message: STATE_CHOICES });
    expect(STATE_CHOICES).toBe('请从列表中选择：未启动、推进中、已完成、申请销号');
    expect(sheet.fields).toEqual([{ label: FIELDS.date }]);
    expect(sheet.hiddenSheet).toEqual({ name: FACTS_SHEET, rows: factRows('a', '2022-05-16') });
  });
});

describe('facts', () => {
  it('are read back from the hidden sheet’s rows and from the marks, the first found winning', () => {
    const facts: SheetFacts = {};
    for (const [label, value] of factRows('a', '2022-05-16')) readFact(facts, label, value);
    for (const mark of factMarks('b', '2022-05-20')) readFact(facts, '', mark);
    expect(facts).toEqual({ unit: 'a', date: '2022-05-16' });
    const marked: SheetFacts = {};
    for (const mark of [...factMarks('b', '2022-05-20'), '联系电话：8888', '无冒号', '单位编号： ']) readFact(marked, '', mark);
    expect(marked).toEqual({ unit: 'b', date: '2022-05-20' });
  });
});

describe('taskOfLink', () => {
  it('finds the task in a page’s address, absolute or not, under any base', () => {
    expect(taskOfLink('https://duban.example.invalid/ducha/tasks/choudiao-zhudian/')).toBe('choudiao-zhudian');
    expect(taskOfLink(' /tasks/zicha ')).toBe('zicha');
    expect(taskOfLink('/ducha/tasks/zicha/#p2')).toBe('zicha');
    expect(taskOfLink('/ducha/units/a/')).toBeUndefined();
    expect(taskOfLink('/ducha/tasks/')).toBeUndefined();
  });
});
