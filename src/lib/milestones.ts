/** The next inspection milestone with a date, for the home page's countdown. */

/** What the countdown needs of a milestone. */
export interface DatedMilestone {
  id: string;
  name: string;
  date: string | null;
}

/** The earliest milestone dated today or later; undefined when none has a date ahead. */
export function nextMilestone<T extends DatedMilestone>(milestones: readonly T[], today: string): T | undefined {
  return milestones
    .filter((milestone) => milestone.date !== null && milestone.date >= today)
    .sort((a, b) => a.date!.localeCompare(b.date!))[0];
}
