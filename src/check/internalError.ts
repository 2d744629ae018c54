/**
 * An error in the check's own code, as one problem line: the check reports it where it happened
 * (the file being read, the rule being run) and goes on with everything else, so that a fault of
 * ours never hides the editor's problems behind a stack trace.
 */

/** The message for an unexpected error; `rule` names the rule that was running, if any. */
export function internalError(error: unknown, rule?: string): string {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const where = rule === undefined ? '检查程序读取此文件时出错' : `检查规则 ${rule} 在检查此文件时出错`;
  // One line: a message spanning lines would break the one-problem-per-line output.
  return `内部错误：${where}（${what.replace(/\s+/g, ' ').slice(0, 200)}）。其他问题照常列出；请先核对此文件的写法，并把这一行告知维护人员`;
}
