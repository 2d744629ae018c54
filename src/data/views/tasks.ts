/** The task list: every task, a page at a time, with the data its filters read. */
import type { TaskEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { taskRows, type TaskRow } from './taskRows.ts';

/** What one page of the task list shows. */
export interface TaskListPage {
  rows: readonly TaskRow[];
  /** Tasks on every page. */
  total: number;
  /** Tasks whose deadline has no date yet (left out of the calendar download). */
  undated: number;
}

/** The view of the task list page holding `tasks`. */
export function taskListPage(site: Site, tasks: readonly TaskEntry[]): TaskListPage {
  const { content, relations } = site;
  return {
    rows: taskRows(site, tasks, { filterable: true }),
    total: content.tasks.length,
    undated: content.tasks.filter((task) => relations.deadlines.get(task.id)!.date === null).length,
  };
}
