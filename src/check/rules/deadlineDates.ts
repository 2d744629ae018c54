/**
 * A date deadline is the speech's: the day its `text` names was said at the meeting, and `date` is
 * that day. The office may move a date after the meeting; then `date` and `text` stay as the
 * speech has them and the decision goes in `adjusted`. Editing `date` alone, or `date` and `text`
 * together, would pass off the office's decision as the speech's words, and silently: these are
 * the two edits this rule refuses, naming `adjusted` as the way.
 */
import { daysNamed, namesDay, type DayWords } from '../../lib/dateWords.ts';
import type { Rule } from '../rule.ts';

/** Where `调整时限` is explained, for the fix. */
const ADJUSTED = '办公室会后调整时限的，date 和 text 保留讲话原样，新的时限写在 adjusted 中（见编辑指南“调整时限”）';

/** True when two namings can be the same day: month and day agree, and the years where both give one. */
function sameDay(a: DayWords, b: DayWords): boolean {
  return a.month === b.month && a.day === b.day && (a.year === undefined || b.year === undefined || a.year === b.year);
}

/** Date deadlines whose words are not the speech's, or whose date is not the day the words name. */
export const deadlineDates: Rule = (site, report) => {
  for (const task of site.tasks) {
    const { deadline, source } = task.data;
    if (deadline?.kind !== 'date') continue;
    const days = daysNamed(deadline.text);
    if (days.length === 0) continue; // "进驻之前", "5月底前": no day to compare
    const paragraphs = site.transcripts.get(source?.meeting ?? '');
    // The speech may name the day without the year the text adds ("5月19日" for "2022年5月19日前").
    const spoken = (paragraphs ?? []).flatMap((paragraph) => daysNamed(paragraph.text));
    const unsaid = paragraphs === undefined ? [] : days.filter((day) => !spoken.some((other) => sameDay(day, other)));
    if (unsaid.length > 0) {
      report(task, 'deadline.text', `原话“${deadline.text}”中的“${unsaid.map((day) => day.text).join('”“')}”不见于会议记录 "${source!.meeting}"（text 照录讲话对时限的原话；${ADJUSTED}）`);
      continue;
    }
    const said = deadline.adjusted?.from ?? deadline.date;
    if (!days.some((day) => namesDay(day, said))) {
      report(task, 'deadline.date', `日期 ${said} 与原话“${deadline.text}”不符（若是录入错误，请改正 date；${ADJUSTED}）`);
    }
  }
};
