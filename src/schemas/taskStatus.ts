/**
 * A task's status, on its own so that browser code (due states, the task filter) can ask whether
 * a status closes a task without loading zod and the task schema with it.
 *
 * The status is summed up from the units' reports and the office's sign-offs (src/lib/progress.ts
 * `summaryStatus`); only 长期坚持, a property of the task, is written in its file.
 */

/** 未开始 | 进行中 | 已完成 (every unit claims it done) | 已销号 (every unit signed off) | 长期坚持 (a standing rule that never closes). */
export const TASK_STATUSES = ['未开始', '进行中', '已完成', '已销号', '长期坚持'] as const;
/** One of `TASK_STATUSES`. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The one status a task file states: a standing rule, which no report or sign-off closes. */
export const LONG_TERM: TaskStatus = '长期坚持';

/**
 * The statuses that close a task: it is no longer open, so it can no longer be overdue. Only the
 * office's sign-off closes a task: a unit's 已完成 is a claim until then.
 */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set<TaskStatus>(['已销号']);
