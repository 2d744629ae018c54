/**
 * Facts about this build for the footer and the lists of changes: the date it was built, and how
 * a date reads in prose. Which version of the content it shows is a date too (the site index's
 * `history.contentDate`): staff read dates, never commit hashes.
 */
import { t } from '../i18n/t.ts';
import { chinaDate } from '../lib/dates.ts';

/** The build's date in China Standard Time, `YYYY-MM-DD`. */
export const buildDate = chinaDate();

/** A `YYYY-MM-DD` date as prose writes it: 2022年5月19日. */
export function proseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return t('date.prose', { year: year!, month: month!, day: day! });
}
