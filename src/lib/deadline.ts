/**
 * Resolving a deadline to a date, when one is known: a fixed date; a milestone's date plus its
 * offset; "immediately" resolves to the meeting's date; a start or an unset deadline has none.
 * One function for every page, export and check.
 */
import type { Deadline } from '../schemas/deadline.ts';
import { addDays } from './dates.ts';

/** What a deadline resolves to. `date` is `YYYY-MM-DD`, or null while unknown. */
export interface ResolvedDeadline {
  date: string | null;
  /** True when the date (or its year) is inferred rather than given. */
  inferred: boolean;
}

/** The milestone facts a resolution needs. */
export interface MilestoneDate {
  date: string | null;
  dateIsInferred: boolean;
}

/**
 * The date a deadline falls on, if known. `meetingDate` is the date of the meeting that set it
 * (for "会后立即"); `milestones` maps milestone ids to their dates.
 */
export function resolveDeadline(
  deadline: Deadline,
  milestones: ReadonlyMap<string, MilestoneDate>,
  meetingDate: string | null,
): ResolvedDeadline {
  switch (deadline.kind) {
    case 'date':
      return { date: deadline.date, inferred: deadline.yearInferred };
    case 'milestone': {
      const milestone = milestones.get(deadline.milestone);
      if (milestone?.date == null) return { date: null, inferred: false };
      return { date: addDays(milestone.date, deadline.offsetDays), inferred: milestone.dateIsInferred };
    }
    case 'immediate':
      return { date: meetingDate, inferred: false };
    case 'start':
    case 'unspecified':
      return { date: null, inferred: false };
  }
}

/**
 * The date a task can be due on: the resolved date once it is confirmed. A date whose year (or a
 * milestone's date) is only inferred gives no due state, no place in the calendar and no
 * "逾期" — a guessed year would raise false alarms (逾期 1655 天) until an editor confirms it.
 */
export function dueDate(resolved: ResolvedDeadline): string | null {
  return resolved.inferred ? null : resolved.date;
}

/** True for a deadline with a time limit; false for a start ("今天会议以后") or an unset one. */
export function isTimed(deadline: Deadline): boolean {
  return deadline.kind !== 'start' && deadline.kind !== 'unspecified';
}

/**
 * The deadlines a calendar leaves out: `undated`, with a time limit but no date yet (an undated
 * milestone); `pending`, with a date waiting to be confirmed. Starts and unset deadlines have no
 * time limit and are not counted: nothing about them belongs in a calendar.
 */
export interface CalendarCounts {
  undated: number;
  pending: number;
}

/** Counts the deadlines a calendar cannot hold (see `dueDate`). */
export function calendarCounts(items: Iterable<{ deadline: Deadline; resolved: ResolvedDeadline }>): CalendarCounts {
  const counts = { undated: 0, pending: 0 };
  for (const { deadline, resolved } of items) {
    if (resolved.date === null) counts.undated += Number(isTimed(deadline));
    else if (resolved.inferred) counts.pending += 1;
  }
  return counts;
}
