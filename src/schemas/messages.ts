/**
 * Editor-facing wording for the schema errors that no field names itself: a missing field, a
 * wrong type, a list too short. Passed to every parse in `npm run check`; fields with their own
 * message (ids, enums, dates, text) keep theirs.
 */
import type { z } from 'astro/zod';
import { typeMessage } from './common.ts';

const EXPECTED: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '是/否（true 或 false）',
  array: '列表（每项以“- ”开头）',
  object: '对象（多个字段）',
  date: '日期（YYYY-MM-DD）',
};

/** The error map for `safeParse(data, { error: editorErrorMap })`. */
export const editorErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue.input, EXPECTED[issue.expected] ?? issue.expected);
    case 'too_small':
      return issue.origin === 'array' ? `至少需要 ${String(issue.minimum)} 项` : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `最多 ${String(issue.maximum)} 项` : `不能大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `值 ${JSON.stringify(issue.input)} 无效（可选：${issue.values.map((value) => String(value)).join('、')}）`;
    case 'invalid_union':
      return '格式不正确（请对照 CONTRIBUTING.md 中的示例）';
    default:
      return undefined;
  }
};
