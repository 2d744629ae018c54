/**
 * How a deadline stands today: overdue, due soon, or later. Computed in the reader's browser from
 * its own date (src/client/localDate.ts), never at build time, so a page built last week does not
 * say "3 天后" today.
 */
import { CLOSED_STATUSES } from '../schemas/taskStatus.ts';
import { daysBetween } from './dates.ts';

/** overdue: past and not done; soon: within `SOON_DAYS`; later: further off; done: closed. */
export type DueState = 'overdue' | 'soon' | 'later' | 'done';

/** "Due soon" means within this many days (today counts as 0). */
export const SOON_DAYS = 3;

/** The state of a deadline on `due` for a task in `status`, seen on `today`. */
export function dueState(due: string, today: string, status: string): DueState {
  if (CLOSED_STATUSES.has(status)) return 'done';
  const days = daysBetween(today, due);
  if (days < 0) return 'overdue';
  return days <= SOON_DAYS ? 'soon' : 'later';
}
