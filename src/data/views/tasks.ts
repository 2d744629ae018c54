/** The task list: every task, a page at a time, with the data its filters read and the meetings they come from. */
import { calendarCounts, type CalendarCounts } from '../../lib/deadline.ts';
import type { TaskEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { meetingsOf, taskRows, type MeetingLabel, type TaskRow } from './taskRows.ts';

/** What one page of the task list shows. */
export interface TaskListPage {
  rows: readonly TaskRow[];
  /** Tasks on every page. */
  total: number;
  /** Deadlines left out of the calendar download: without a date, or waiting for it to be confirmed. */
  calendar: CalendarCounts;
  /** The meetings the tasks come from (on every page all of them): the 会议 filter's choices. */
  meetings: readonly MeetingLabel[];
  /**
   * Name each task's meeting, in a column, and show the 会议 filter: only when tasks come from
   * several meetings. With one, both would say the same thing on every row; a link filtering by
   * that meeting still works (the filter stays in the form, hidden).
   */
  byMeeting: boolean;
}

/** The view of the task list page holding `tasks`. */
export function taskListPage(site: Site, tasks: readonly TaskEntry[]): TaskListPage {
  const { content, relations } = site;
  const meetings = meetingsOf(site, content.tasks);
  return {
    rows: taskRows(site, tasks, { filterable: true }),
    total: content.tasks.length,
    calendar: calendarCounts(content.tasks.map((task) => ({ deadline: task.data.deadline, resolved: relations.deadlines.get(task.id)! }))),
    meetings,
    byMeeting: meetings.length > 1,
  };
}
