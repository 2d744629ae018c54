/**
 * Meetings in time: which came first, which is the current one, and the short name that says
 * which meeting a "会后立即" belongs to. Pure.
 */

/** What ordering needs of a meeting: its id and its date (`YYYY-MM-DD`, or null). */
export interface DatedMeeting {
  id: string;
  data: { date: string | null };
}

/**
 * The meetings oldest first: by date; a meeting whose record gives no date first of all, in the
 * order given. A date can only be missing from a record that did not state it — a scraped or old
 * copy, such as the first speech — while a meeting the office adds now is written down with its
 * date; so an undated meeting is taken as earlier than every dated one, and never becomes the
 * current meeting while a dated one exists.
 */
export function meetingsInOrder<T extends DatedMeeting>(meetings: readonly T[]): T[] {
  // A sort is stable: meetings on the same date, or both undated, keep the order given.
  return [...meetings].sort((a, b) => (a.data.date ?? '').localeCompare(b.data.date ?? ''));
}

/**
 * The short name of a meeting, for "会后立即（…）" and headings that name it in passing: the
 * meeting itself out of a speech's title ("区委书记在迎接省环保督察工作安排会议上的主持致辞" →
 * "迎接省环保督察工作安排会议"); a title of another form is its own short name.
 */
export function meetingShortTitle(title: string): string {
  const match = /在(.+?)上的/u.exec(title);
  return match?.[1] ?? title;
}
