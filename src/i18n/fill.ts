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

/** A piece of a filled template: plain text, or the value of the placeholder `name`. */
export interface FilledPart {
  text: string;
  /** The placeholder this text filled; absent for the template's own words. */
  name?: string;
}

/**
 * `template` filled as `fill` does, in pieces: so that a page can wrap a value in an element (a
 * total the browser recounts on the reader's date) while the sentence stays one string of the
 * table. Empty words between two placeholders are left out.
 */
export function fillParts(template: string, values: FillValues = {}): FilledPart[] {
  const parts: FilledPart[] = [];
  let from = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const [placeholder, name] = match as unknown as [string, string];
    if (!Object.hasOwn(values, name)) continue;
    if (match.index > from) parts.push({ text: template.slice(from, match.index) });
    parts.push({ text: String(values[name]), name });
    from = match.index + placeholder.length;
  }
  if (from < template.length) parts.push({ text: template.slice(from) });
  return parts;
}
