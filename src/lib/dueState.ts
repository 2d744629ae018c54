/**
 * How a deadline stands today: overdue, due soon, or later. Computed in the reader's browser from
 * its own date (src/client/localDate.ts), never at build time, so a page built last week does not
 * say "3 天后" today.
 */
import { CLOSED_STATUSES } from '../schemas/taskStatus.ts';

/** overdue: past and not done; soon: within `SOON_DAYS`; later: further off; done: closed. */
export type DueState = 'overdue' | 'soon' | 'later' | 'done';

/** "Due soon" means within this many days (today counts as 0). */
export const SOON_DAYS = 3;


/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The state of a deadline on `due` for a task in `status`, seen on `today`. */
export function dueState(due: string, today: string, status: string): DueState {
  if (CLOSED_STATUSES.has(status)) return 'done';
  const days = daysBetween(today, due);
  if (days < 0) return 'overdue';
  return days <= SOON_DAYS ? 'soon' : 'later';
}
