/**
 * Personal data in petition texts: the mobile and landline numbers, ID-card numbers and e-mail
 * addresses complainants leave in what they write, and the names the office marks. Everything
 * public (pages, search, downloads) shows a case's text through `maskPersonal`; `npm run check`
 * lists with `findPersonal` what the content holds unmasked, so an editor can decide whether the
 * source sheet should have carried it at all.
 */

/** What kind of personal data a match is, as the check names it. */
export type PersonalKind = '手机号码' | '固定电话' | '身份证号码' | '电子邮箱' | '姓名';

/**
 * The patterns, most specific first: an 18-digit ID number holds what looks like a phone number,
 * so it is matched before one. Digits are matched only where no other digit touches them: a
 * 受理编号 or an amount is not a phone number.
 */
const PATTERNS: readonly (readonly [PersonalKind, RegExp])[] = [
  ['身份证号码', /(?<![0-9０-９])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9０-９])/g],
  ['电子邮箱', /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g],
  ['手机号码', /(?<![0-9０-９])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![0-9０-９])/g],
  ['固定电话', /(?<![0-9０-９])0\d{2,3}[-－ ]?\d{7,8}(?![0-9０-９])/g],
];

/** One piece of personal data found in a text. */
export interface PersonalMatch {
  kind: PersonalKind;
  /** The text as written. */
  text: string;
  /** Where it starts in the text (UTF-16 units). */
  index: number;
}

/** Every piece of personal data in `text`, in order, none overlapping; `names` are the marked names. */
export function findPersonal(text: string, names: readonly string[] = []): PersonalMatch[] {
  const found: PersonalMatch[] = [];
  const taken = (start: number, end: number) => found.some((match) => start < match.index + match.text.length && match.index < end);
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (!taken(match.index, match.index + match[0].length)) found.push({ kind, text: match[0], index: match.index });
    }
  }
  for (const name of names) {
    if (name === '') continue;
    for (let index = text.indexOf(name); index >= 0; index = text.indexOf(name, index + name.length)) {
      if (!taken(index, index + name.length)) found.push({ kind: '姓名', text: name, index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * How a match reads once masked: a number keeps its first three and last two digits (enough to
 * tell two apart when checking, not to call), an e-mail its domain, a name its family name + 某.
 */
function masked(match: PersonalMatch): string {
  switch (match.kind) {
    case '电子邮箱':
      return `***${match.text.slice(match.text.indexOf('@'))}`;
    case '姓名':
      return `${[...match.text][0] ?? ''}某`;
    default: {
      const digits = match.text;
      return `${digits.slice(0, 3)}${'*'.repeat(Math.max(digits.length - 5, 1))}${digits.slice(-2)}`;
    }
  }
}

/** `text` with every piece of personal data masked (`findPersonal`); text without any comes back unchanged. */
export function maskPersonal(text: string, names: readonly string[] = []): string {
  const matches = findPersonal(text, names);
  if (matches.length === 0) return text;
  let out = '';
  let at = 0;
  for (const match of matches) {
    out += text.slice(at, match.index) + masked(match);
    at = match.index + match.text.length;
  }
  return out + text.slice(at);
}
