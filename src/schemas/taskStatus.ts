/**
 * A task's status, on its own so that browser code (due states, the task filter) can ask whether
 * a status closes a task without loading zod and the task schema with it.
 */

/** 未开始 | 进行中 | 已完成 | 已销号 | 长期坚持 (a standing rule that never closes). */
export const TASK_STATUSES = ['未开始', '进行中', '已完成', '已销号', '长期坚持'] as const;
/** One of `TASK_STATUSES`. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The statuses that close a task: it is no longer open, so it can no longer be overdue. */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set<TaskStatus>(['已完成', '已销号']);
