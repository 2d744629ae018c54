/**
 * Calendar dates as the content writes them, `YYYY-MM-DD` text: day arithmetic and "today" in
 * China. Arithmetic runs in UTC so that no time zone, the build machine's or the reader's, can
 * shift a day. The reader's own today is a browser helper (`localToday`), not here.
 */

/** A day in milliseconds. */
const DAY = 86_400_000;

/** Milliseconds since the epoch at 00:00 UTC of a `YYYY-MM-DD` date. */
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Adds whole days (negative to go back) to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY);
}

/** The district's time zone: dates of the build and of the content are China Standard Time. */
export const TIME_ZONE = 'Asia/Shanghai';

/** The date in China at the instant `now`, `YYYY-MM-DD`, whatever the zone of the machine. */
export function chinaDate(now: Date = new Date()): string {
  // Sweden's locale writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(now);
}
