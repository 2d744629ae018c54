/** Tasks as calendar events (read back with ical.js) and as versioned JSON (src/lib/exports.ts). */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar, calendarEvents, calendarFile, pendingCount } from '~/lib/exports';
import { TasksExportSchema } from '~/schemas/export';
import { fixtureTasks, hostileTasks } from '../helpers/exportTasks';

const WORDS = { name: '测试日历', lead: '牵头单位：', deadline: '时限：', reminder: '明日到期：' };

describe('iCalendar', () => {
  it('has one all-day event per confirmed deadline, stable UIDs and a reminder the day before', () => {
    const fixture = fixtureTasks();
    const selfCheckTask = fixture.find((task) => task.id === 'zicha')!;
    // The self-check's year is inferred ("5月19日前"): once an editor confirms it, it is an event.
    const confirmed = { ...selfCheckTask, deadline: { ...selfCheckTask.deadline, inferred: false } };
    const tasks = [...fixture.filter((task) => task !== selfCheckTask), confirmed, ...hostileTasks()];
    const component = new ICAL.Component(ICAL.parse(calendar(tasks, WORDS)));
    const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const dated = tasks.filter((task) => task.deadline.date !== null);
    // A dated milestone less a day, a date, 会后立即 (the meeting's date), and the confirmed self-check.
    expect(dated.slice(0, 4).map((task) => [task.id, task.deadline.date])).toEqual([['taizhang', '2022-05-24'], ['koujing', '2022-06-01'], ['zhuanban', '2022-05-10'], ['zicha', '2022-05-19']]);
    expect(events.map((event) => event.uid)).toEqual(dated.map((task) => `${task.id}@duban`));
    expect(events.map((event) => event.summary)).toEqual(dated.map((task) => task.title.replace(/\r\n/g, '\n')));
    const secondment = events.find((event) => event.uid === 'zicha@duban')!;
    expect(secondment.startDate.toString()).toBe('2022-05-19');
    expect(secondment.startDate.isDate).toBe(true);
    expect(secondment.endDate.toString()).toBe('2022-05-20');
    expect(secondment.description).toContain('时限：5月19日前');
    const alarm = secondment.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-PT15H');
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('测试日历');
  });

  it('leaves out a date whose year waits for confirmation, and says how many wait', () => {
    const tasks = fixtureTasks();
    expect(tasks.find((task) => task.id === 'zicha')?.deadline).toMatchObject({ date: '2022-05-19', inferred: true });
    expect([...calendarEvents(tasks, WORDS).keys()]).toEqual(['taizhang', 'koujing', 'zhuanban']);
    expect(pendingCount(tasks)).toBe(1);
    const component = new ICAL.Component(ICAL.parse(calendarFile(tasks, calendarEvents(tasks, WORDS), '测试日历', '另有 1 项时限的日期待确认，\n确认后列入本日历。')));
    expect(component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).uid)).toEqual(['taizhang@duban', 'koujing@duban', 'zhuanban@duban']);
    expect(component.getFirstPropertyValue('x-wr-caldesc')).toBe('另有 1 项时限的日期待确认， 确认后列入本日历。');
  });

  it('is a valid, empty calendar for a unit with no dated deadline', () => {
    const undated = fixtureTasks().filter((task) => task.deadline.date === null);
    expect(undated.map((task) => task.id)).toEqual(['zhenggai', 'changqi']);
    const component = new ICAL.Component(ICAL.parse(calendar(undated, WORDS)));
    expect(component.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(calendar([], WORDS)).toContain('BEGIN:VCALENDAR');
  });
});

describe('JSON', () => {
  it('matches its versioned schema, with every task', () => {
    const tasks = fixtureTasks();
    const document = TasksExportSchema.parse(JSON.parse(JSON.stringify({ version: 1, generated: '2022-05-17', tasks })));
    expect(document.tasks.map((task) => task.id)).toEqual(['zicha', 'taizhang', 'zhenggai', 'koujing', 'zhuanban', 'changqi']);
    expect(document.tasks.find((task) => task.id === 'zicha')).toMatchObject({ deadline: { kind: 'date', date: '2022-05-19', inferred: true }, lead: [{ id: 'all', name: '各单位' }] });
  });
});
