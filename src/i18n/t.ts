/**
 * Every string of the interface comes from src/i18n/zh-CN.json through `t('group.key')`, with
 * `{name}` placeholders filled from `values`. A missing key is a type error.
 */
import { fill, fillParts, type FilledPart, type FillValues } from './fill.ts';
// The attribute lets scripts under Node (npm run bench:exports) load the table as Vite does.
import table from './zh-CN.json' with { type: 'json' };

/** A key of the string table. */
export type StringKey = keyof typeof table;

/** The string for `key`, with `{placeholders}` replaced by `values`. */
export function t(key: StringKey, values: FillValues = {}): string {
  return fill(table[key], values);
}

/** The string for `key` in pieces, each value its own piece (`fillParts`), for a page to wrap. */
export function tParts(key: StringKey, values: FillValues = {}): FilledPart[] {
  return fillParts(table[key], values);
}

/**
 * The strings a custom element needs, as the value of its one `data-strings` attribute: a JSON
 * array of the templates of `keys` (a list in src/client/strings.ts), in that order, unfilled: the
 * element fills them in the browser. An array rather than an object: in an attribute every quote
 * becomes `&quot;`, and a key beside each string would cost some 25 bytes a string on every page.
 */
export function strings(keys: readonly StringKey[]): string {
  return JSON.stringify(keys.map((key) => table[key]));
}
