/**
 * Resolving a deadline to a date, when one is known: a fixed date; a milestone's date plus its
 * offset; "immediately" resolves to the meeting's date; otherwise unknown. One function for every
 * page (and later every export and check).
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
    case 'unspecified':
      return { date: null, inferred: false };
  }
}
