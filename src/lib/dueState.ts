/**
 * How a deadline stands today: overdue, due soon, or later. Computed in the reader's browser from
 * its own date, never at build time, so a page built last week does not say "3 天后" today.
 */
import { daysBetween } from './dates.ts';

/** overdue: past and not done; soon: within `SOON_DAYS`; later: further off; done: closed. */
export type DueState = 'overdue' | 'soon' | 'later' | 'done';

/** "Due soon" means within this many days (today counts as 0). */
export const SOON_DAYS = 3;

/** Statuses that close a task: it can no longer be overdue. */
const CLOSED = new Set(['已完成', '已销号']);

/** Today in the reader's own time zone, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// The browser scripts take daysBetween from here with dueState; it lives with the other date helpers.
export { daysBetween };

/** The state of a deadline on `due` for a task in `status`, seen on `today`. */
export function dueState(due: string, today: string, status: string): DueState {
  if (CLOSED.has(status)) return 'done';
  const days = daysBetween(today, due);
  if (days < 0) return 'overdue';
  return days <= SOON_DAYS ? 'soon' : 'later';
}
