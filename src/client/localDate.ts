/**
 * The reader's own date. Due states, countdowns and the dates stamped on checklist ticks are
 * computed in the browser from it, never at build time: a page built last week must not say
 * "3 天后" today.
 */

/** Today in the reader's own time zone, `YYYY-MM-DD` (not UTC: just after midnight in China is still yesterday in UTC). */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
