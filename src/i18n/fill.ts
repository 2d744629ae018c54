/**
 * Fills `{name}` placeholders in a template from the string table. The server's `t()` and every
 * custom element in the browser use this one function, so a string reads the same wherever it is
 * filled in. It imports nothing: in the browser it must not pull the string table along.
 */

/** Values for a template's placeholders, by name. */
export type FillValues = Readonly<Record<string, string | number>>;

/**
 * `template` with each `{name}` replaced by `values[name]`, every occurrence. A placeholder with no
 * value stays as it is, so a forgotten value shows on the page instead of vanishing silently.
 */
export function fill(template: string, values: FillValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}
