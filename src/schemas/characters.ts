/**
 * Characters an editor cannot see, or cannot tell apart: a zero-width space pasted with a quote, an
 * ASCII comma where the speech has "，", a Cyrillic "о" in an id. Messages show them as `<U+200B>`
 * so that the line names what to delete or retype. Pure and dependency-free, like ./suggest.ts, so
 * schemas can use it; the check (src/check/) uses it too.
 */

/**
 * Characters shown as their code point in every message: controls (a line break inside a quote
 * included), zero-width and bidirectional marks, variation selectors, and the spaces that look
 * like an ordinary space (no-break, ideographic, the typographic ones).
 */
const SHOWN =
  /[\u0000-\u001F\u007F-\u00A0\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;

/** One character of `SHOWN`, for a test without the global flag's state. */
const SHOWN_CHAR = new RegExp(`^${SHOWN.source}$`, 'u');

/** Invisible characters: nothing at all on screen (a subset of `SHOWN`). */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/u;

/** `U+200B` for a character. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with every hidden or space-like character written as `<U+200B>`. */
export function showInvisible(text: string): string {
  return text.replace(SHOWN, (char) => `<${codePoint(char)}>`);
}

/** True for a character that shows nothing at all (zero-width space, BOM, direction marks …). */
export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}

/**
 * Look-alikes NFKC does not fold: Chinese and Western quotation marks, dashes, full stops and
 * middle dots, and the Cyrillic and Greek letters that look Latin. Each maps to one canonical
 * character; two characters with the same canonical form look the same to an editor.
 */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u300C': '"', '\u300D': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\u2500': '-', '\u30FC': '-',
  '\u3002': '.', '\uFF61': '.',
  '\u00B7': '·', '\u2022': '·', '\u2027': '·', '\u30FB': '·', '\uFF65': '·',
  '\u3001': ',', '\uFF64': ',',
  '\u3007': '0',
  // Cyrillic
  '\u0430': 'a', '\u0435': 'e', '\u043E': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x', '\u0456': 'i', '\u0458': 'j', '\u0455': 's',
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041A': 'K', '\u041C': 'M', '\u041D': 'H', '\u041E': 'O', '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0425': 'X',
  // Greek
  '\u03BF': 'o', '\u03B1': 'a', '\u03BD': 'v', '\u03B9': 'i', '\u039F': 'O', '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0397': 'H', '\u039A': 'K', '\u039C': 'M', '\u039D': 'N', '\u03A1': 'P', '\u03A4': 'T', '\u03A7': 'X',
};

/**
 * The form of `char` an editor would not tell apart from others: empty for an invisible one, the
 * canonical look-alike, the NFKC form when it is one character (full-width "，" → ","), otherwise
 * the character itself.
 */
export function foldChar(char: string): string {
  if (isInvisible(char)) return '';
  const mapped = LOOK_ALIKE[char];
  if (mapped !== undefined) return mapped;
  const normal = char.normalize('NFKC');
  if ([...normal].length !== 1) return char;
  return LOOK_ALIKE[normal] ?? normal;
}

/** One character of a text that differs from what was meant: what is there, and what should be. */
export interface Mismatch {
  found: string;
  /** The character that belongs there; empty when the found one should simply go. */
  wanted: string;
}

/** A character for a message: itself and its code point, `“，”<U+FF0C>`; an invisible one only as `<U+200B>`. */
export function describeChar(char: string): string {
  return SHOWN_CHAR.test(char) ? `<${codePoint(char)}>` : `“${char}”<${codePoint(char)}>`;
}

/**
 * Where `quote` differs from a look-alike passage of `text`: when the quote, with invisible
 * characters dropped and look-alikes folded, lies in `text` folded the same way, the characters
 * that differ (at most `max`, first first). Undefined when no such passage exists, or when the
 * quote is literally in `text` already.
 */
export function lookAlikeMismatches(quote: string, text: string, max = 3): Mismatch[] | undefined {
  if (text.includes(quote)) return undefined;
  const quoteChars = [...quote];
  const kept: { char: string; folded: string }[] = [];
  const mismatches: Mismatch[] = [];
  for (const char of quoteChars) {
    const folded = foldChar(char);
    if (folded === '') mismatches.push({ found: char, wanted: '' });
    else kept.push({ char, folded });
  }
  if (kept.length === 0) return undefined;
  const textChars = [...text];
  const foldedText = textChars.map(foldChar);
  const visible = foldedText.flatMap((folded, index) => (folded === '' ? [] : [index]));
  const needle = kept.map((entry) => entry.folded);
  for (let start = 0; start + needle.length <= visible.length; start++) {
    if (!needle.every((folded, offset) => foldedText[visible[start + offset]!] === folded)) continue;
    kept.forEach((entry, offset) => {
      const original = textChars[visible[start + offset]!]!;
      if (original !== entry.char) mismatches.push({ found: entry.char, wanted: original });
    });
    return mismatches.slice(0, max);
  }
  return undefined;
}

/**
 * The characters of `text` that look like ASCII letters or digits but are not (Cyrillic "о",
 * full-width "ａ"), each described once: `“о”<U+043E>`. Empty when there are none.
 */
export function asciiLookAlikes(text: string): string[] {
  const found = new Set<string>();
  for (const char of text) {
    if (char.codePointAt(0)! < 0x80) continue;
    if (/^[A-Za-z0-9-]$/.test(foldChar(char))) found.add(char);
  }
  return [...found].map(describeChar);
}
