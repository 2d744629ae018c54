/**
 * Warnings, not errors: personal data the petition cases hold unmasked. Pages and downloads mask
 * it anyway (src/data/cases.ts), so nothing public shows it; but a phone number in the repository
 * is still a phone number in the repository, and the editor should know, to decide whether the
 * team's sheet should have carried it and whether a name should be listed in `personalNames`.
 */
import { findPersonal } from '../lib/personalData.ts';
import type { Problem } from '../lib/problems.ts';
import type { ContentSet } from './context.ts';

/** A number or address shown in a warning: enough to find it in the file, not to use it. */
function hint(text: string): string {
  return text.length <= 4 ? text : `${text.slice(0, 3)}…${text.slice(-2)}`;
}

/** One warning per field of a case or a report on one that holds personal data not yet masked. */
export function personalDataWarnings(content: Pick<ContentSet, 'cases' | 'casework'>): Problem[] {
  const warnings: Problem[] = [];
  const names = new Map<string, readonly string[]>();
  const warn = (file: string, field: string, text: string | undefined, marked: readonly string[]) => {
    if (text === undefined) return;
    // Marked names are masked as asked: only what nobody marked is worth a warning.
    const found = findPersonal(text).filter((match) => !marked.includes(match.text));
    if (found.length === 0) return;
    const what = found.map((match) => `${match.kind} ${hint(match.text)}`).join('、');
    warnings.push({ file, field, message: `含有个人信息（${what}）：公开的页面和下载中已自动遮盖；如不应留存，请从内容中删去` });
  };
  for (const batch of content.cases) {
    batch.data.cases.forEach((item, index) => {
      names.set(item.id, item.personalNames);
      warn(batch.file, `cases[${index}].summary`, item.summary, item.personalNames);
    });
  }
  for (const report of content.casework) {
    report.data.cases.forEach((line, index) => {
      const marked = names.get(line.case) ?? [];
      for (const field of ['verification', 'handling', 'accountability'] as const) warn(report.file, `cases[${index}].${field}`, line[field], marked);
    });
  }
  return warnings;
}
