/**
 * Every export parsed back with an independent parser (csv-parse, ical.js; Excel in
 * lib/workbook.test.ts and data/views/exports.test.ts) and
 * compared with what went in: the real content, and rows built to break naive writers (commas,
 * quotes, newlines, formula starts, very long text, no dates at all).
 */
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/check/checkContent';
import { csvDocument } from '~/lib/csv';
import { resolveDeadline } from '~/lib/deadline';
import { calendar, sheetRows, taskExport } from '~/lib/exports';
import { findQuote, parseTranscript } from '~/lib/transcript';
import { TasksExportSchema, type TaskExport } from '~/schemas/export';

const HEADERS = ['序号', '任务', '牵头单位', '配合单位', '完成时限', '时限日期', '状态', '销号要求', '依据', '链接'];
const WORDS = { name: '测试日历', lead: '牵头单位：', deadline: '时限：', reminder: '明日到期：' };

/** The real content's tasks, exported as the site does (without Astro). */
function contentTasks(): TaskExport[] {
  const { content } = checkContent(join(import.meta.dirname, '../..'));
  const milestones = new Map(content.milestones.map((m) => [m.id, { date: m.data.date, dateIsInferred: m.data.dateIsInferred }]));
  const meeting = content.meetings[0]!;
  const paragraphs = parseTranscript(meeting.data.body);
  const names = new Map(content.departments.map((unit) => [unit.id, unit.data.name]));
  return content.tasks.map((task) =>
    taskExport(
      { id: task.id, ...task.data, resolved: resolveDeadline(task.data.deadline, milestones, meeting.data.date), paragraph: findQuote(paragraphs, task.data.source.quote)?.id ?? null },
      (id) => names.get(id) ?? id,
      (path) => `https://duban.example.invalid/ducha/${path}`,
    ),
  );
}

/** Tasks whose text breaks naive CSV, spreadsheet and calendar writers. */
function hostileTasks(): TaskExport[] {
  const base = contentTasks().find((task) => task.deadline.date !== null)!;
  const titles = ['逗号,分号;冒号:', '引号"双"与\'单\'', '换行\n第二行\r\n第三行', '=SUM(A1:A9)', '+86 电话', '-减号开头', '@提及', '长'.repeat(5000)];
  return titles.map((title, index) => ({ ...base, id: `hostile-${index}`, title, acceptance: `=HYPERLINK("http://x","点")${index}` }));
}

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
    const secondment = parsed.find((row) => row[1] === '10个部门各抽调一名熟悉业务的工作人员到区环保局驻点脱产办公')!;
    expect(secondment.slice(4, 7)).toEqual(['5月19日前', '2022-05-19', '未开始']);
    expect(secondment[2]).toContain('区公安分局');
    for (const row of parsed.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('iCalendar', () => {
  it('has one all-day event per dated deadline, stable UIDs and a reminder the day before', () => {
    const tasks = [...contentTasks(), ...hostileTasks()];
    const component = new ICAL.Component(ICAL.parse(calendar(tasks, WORDS)));
    const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const dated = tasks.filter((task) => task.deadline.date !== null);
    expect(events.map((event) => event.uid)).toEqual(dated.map((task) => `${task.id}@duban`));
    expect(events.map((event) => event.summary)).toEqual(dated.map((task) => task.title.replace(/\r\n/g, '\n')));
    const secondment = events.find((event) => event.uid === 'choudiao-zhudian@duban')!;
    expect(secondment.startDate.toString()).toBe('2022-05-19');
    expect(secondment.startDate.isDate).toBe(true);
    expect(secondment.endDate.toString()).toBe('2022-05-20');
    expect(secondment.description).toContain('时限：5月19日前');
    const alarm = secondment.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-PT15H');
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('测试日历');
  });

  it('is a valid, empty calendar for a unit with no dated deadline', () => {
    const undated = contentTasks().filter((task) => task.deadline.date === null);
    const component = new ICAL.Component(ICAL.parse(calendar(undated, WORDS)));
    expect(component.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(calendar([], WORDS)).toContain('BEGIN:VCALENDAR');
  });
});

describe('JSON', () => {
  it('matches its versioned schema, with every task of the content', () => {
    const tasks = contentTasks();
    const document = TasksExportSchema.parse(JSON.parse(JSON.stringify({ version: 1, generated: '2022-05-17', tasks })));
    expect(document.tasks.map((task) => task.id).sort()).toEqual(checkContent(join(import.meta.dirname, '../..')).content.tasks.map((task) => task.id).sort());
    expect(document.tasks.find((task) => task.id === 'choudiao-zhudian')).toMatchObject({ deadline: { kind: 'date', date: '2022-05-19', inferred: true }, lead: expect.arrayContaining([{ id: 'gongan', name: '区公安分局' }]) });
  });
});
