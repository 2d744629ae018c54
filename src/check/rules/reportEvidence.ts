/**
 * Every evidence file a report names lies in the report's own folder, within the size limit
 * (src/config.ts `reporting.maxEvidenceBytes`), and every file in that folder is named by the
 * report: a file nobody names is either a typo's other half or something put there by mistake.
 */
import { reporting } from '../../config.ts';
import { suggestion } from '../../schemas/suggest.ts';
import type { Rule } from '../rule.ts';

/** A size in kilobytes, rounded up, as the reader words a file too large: `5121 KB`. */
const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** Evidence files missing or too large, and files in a report's folder that it does not name. */
export const reportEvidence: Rule = (site, report) => {
  for (const entry of site.reports) {
    const { tasks } = entry.data;
    if (tasks === undefined) continue;
    const folder = `${entry.file.replace(/\.yaml$/, '')}/`;
    const files = site.attachments.get(entry.file) ?? new Map<string, number>();
    const named = new Set<string>();
    tasks.forEach((line, index) =>
      line.evidence.forEach((evidence, at) => {
        if (evidence.file === undefined) return;
        named.add(evidence.file);
        const field = `tasks[${index}].evidence[${at}].file`;
        const size = files.get(evidence.file);
        if (size === undefined) {
          const hint = files.size === 0 ? `该目录不存在或为空` : suggestion(evidence.file, [...files.keys()]);
          report(entry, field, `佐证材料 "${evidence.file}" 不存在（文件应放在 ${folder} 下；${hint}）`);
        } else if (size > reporting.maxEvidenceBytes) {
          report(entry, field, `佐证材料 "${evidence.file}" 过大（${kilobytes(size)}，上限 ${kilobytes(reporting.maxEvidenceBytes)}）：请压缩后再放入，或存放在内网后改用 url 链接`);
        }
      }),
    );
    for (const name of files.keys()) {
      if (!named.has(name)) report(entry, '', `${folder} 中的文件 "${name}" 没有列在任何任务的 evidence 中（请列出，或删除该文件）`);
    }
  }
};
