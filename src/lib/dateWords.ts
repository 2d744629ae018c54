/**
 * Days as Chinese prose names them ("5月19日", "2022年5月19日"), found in text and compared with
 * ISO dates: the check uses them to tell whether a deadline's words, and the prose around it, name
 * the day the deadline falls on.
 */

/** One day named in a text. */
export interface DayWords {
  /** The words as written: `5月19日`. */
  text: string;
  /** Where they start in the text. */
  index: number;
  /** The year, when the words give one. */
  year: number | undefined;
  month: number;
  day: number;
}

/** `2022年5月19日`, `5月19日`, `05月09日`; not the 15 of `2015月`: no digit may come before. */
const DAY_WORDS = /(?<!\d)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;

/** Every day `text` names, in order. */
export function daysNamed(text: string): DayWords[] {
  return [...text.matchAll(DAY_WORDS)].map((match) => ({
    text: match[0],
    index: match.index,
    year: match[1] === undefined ? undefined : Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
  }));
}

/** True when `words` name the day `iso` (`YYYY-MM-DD`): same month and day, and same year if they give one. */
export function namesDay(words: DayWords, iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number);
  return words.month === month && words.day === day && (words.year === undefined || words.year === year);
}

/** `2022-05-20` as prose words: `5月20日`. */
export function dayWords(iso: string): string {
  const [, month, day] = iso.split('-').map(Number);
  return `${month}月${day}日`;
}

/**
 * Where `text` quotes someone's words: the spans inside “…” (or 「…」), each as [start, end).
 * An opening mark without its closing one quotes to the end of the text.
 */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const pattern = /[“「]/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const close = text.indexOf(match[0] === '“' ? '”' : '」', match.index + 1);
    const end = close < 0 ? text.length : close + 1;
    spans.push([match.index, end]);
    pattern.lastIndex = end;
  }
  return spans;
}
