/**
 * The reader's day in the browser tests. Due states, countdowns and the dates a checklist saves
 * come from the browser's clock, so every test that shows or asserts them sets this time with
 * `page.clock.setFixedTime` instead of depending on the day the suite runs.
 */

/** 17 May 2022, 09:00 in Shanghai: two days before the content's first dated deadline (19 May). */
export const READING_DAY = new Date('2022-05-17T09:00:00+08:00');

/** `READING_DAY` as the browser's local date, in `Asia/Shanghai` as the tests run. */
export const READING_DATE = '2022-05-17';
