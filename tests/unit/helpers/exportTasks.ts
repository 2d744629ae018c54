/**
 * Tasks for the export tests, which parse every export back with an independent parser
 * (csv-parse, exceljs reading, ical.js) and compare it with what went in: the real content, and
 * rows built to break naive writers (commas, quotes, newlines, formula starts, very long text,
 * no dates at all).
 */
import { join } from 'node:path';
import { checkContent } from '~/check/checkContent';
import { resolveDeadline } from '~/lib/deadline';
import { taskExport } from '~/lib/exports';
import { findQuote, parseTranscript } from '~/lib/transcript';
import type { TaskExport } from '~/schemas/export';

/** The columns of the task sheet, as the site names them. */
export const HEADERS = ['序号', '会议', '会议日期', '任务', '牵头单位', '配合单位', '完成时限', '时限日期', '状态', '销号要求', '依据', '链接'];

/** The real content's tasks, exported as the site does (without Astro). */
export function contentTasks(): TaskExport[] {
  const { content } = checkContent(join(import.meta.dirname, '../../..'));
  const milestones = new Map(content.milestones.map((m) => [m.id, { date: m.data.date, dateIsInferred: m.data.dateIsInferred }]));
  const meeting = content.meetings[0]!;
  const paragraphs = parseTranscript(meeting.data.body);
  const names = new Map(content.departments.map((unit) => [unit.id, unit.data.name]));
  const meetings = new Map(content.meetings.map((entry) => [entry.id, { title: entry.data.title, date: entry.data.date }]));
  return content.tasks.map((task) =>
    taskExport(
      // The status summed up from reports is the site index's, tested there; these rows test the writers.
      { id: task.id, ...task.data, status: task.data.status ?? '未开始', resolved: resolveDeadline(task.data.deadline, milestones, meeting.data.date), paragraph: findQuote(paragraphs, task.data.source.quote)?.id ?? null, meeting: meetings.get(task.data.source.meeting)! },
      (id) => names.get(id) ?? id,
      (path) => `https://duban.example.invalid/ducha/${path}`,
    ),
  );
}

/** Tasks whose text breaks naive CSV, spreadsheet and calendar writers, each with a confirmed date. */
export function hostileTasks(): TaskExport[] {
  const dated = contentTasks().find((task) => task.deadline.date !== null)!;
  const base = { ...dated, deadline: { ...dated.deadline, inferred: false } };
  const titles = ['逗号,分号;冒号:', '引号"双"与\'单\'', '换行\n第二行\r\n第三行', '=SUM(A1:A9)', '+86 电话', '-减号开头', '@提及', '长'.repeat(5000)];
  return titles.map((title, index) => ({ ...base, id: `hostile-${index}`, title, acceptance: `=HYPERLINK("http://x","点")${index}` }));
}
