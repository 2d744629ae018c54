/** A problem found in content, reported as `file: field: what is wrong (the fix)`. */

/** One problem: where, which field, and what to do. */
export interface Problem {
  /** Path of the file from the project root: `content/tasks/choudiao-zhudian.md`. */
  file: string;
  /** The field path, `responsibilities[1].unit`; empty for the file as a whole. */
  field: string;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
}

/** `['responsibilities', 1, 'unit']` → `responsibilities[1].unit`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** One line per problem, the way editors read them. */
export function formatProblem(problem: Problem): string {
  return problem.field === ''
    ? `${problem.file}: ${problem.message}`
    : `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Problems in a stable order: by file, then field, then message. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field) || a.message.localeCompare(b.message),
  );
}
