/**
 * Every string of the interface comes from src/i18n/zh-CN.json through `t('group.key')`, with
 * `{name}` placeholders filled from `values`. A missing key is a type error.
 */
import strings from './zh-CN.json';

/** A key of the string table. */
export type StringKey = keyof typeof strings;

/** The string for `key`, with `{placeholders}` replaced by `values`. */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
