/** The task list: every task, a page at a time, with the data its filters read. */
import { calendarCounts, type CalendarCounts } from '../../lib/deadline.ts';
import type { TaskEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { taskRows, type TaskRow } from './taskRows.ts';

/** What one page of the task list shows. */
export interface TaskListPage {
  rows: readonly TaskRow[];
  /** Tasks on every page. */
  total: number;
  /** Deadlines left out of the calendar download: without a date, or waiting for it to be confirmed. */
  calendar: CalendarCounts;
}

/** The view of the task list page holding `tasks`. */
export function taskListPage(site: Site, tasks: readonly TaskEntry[]): TaskListPage {
  const { content, relations } = site;
  return {
    rows: taskRows(site, tasks, { filterable: true }),
    total: content.tasks.length,
    calendar: calendarCounts(content.tasks.map((task) => ({ deadline: task.data.deadline, resolved: relations.deadlines.get(task.id)! }))),
  };
}
