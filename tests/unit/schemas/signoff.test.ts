/** The office's 销号 decisions, content/signoffs/<task-id>.yaml (src/schemas/signoff.ts). */
import { describe, expect, it } from 'vitest';
import { editorErrorMap } from '~/schemas/messages';
import { SIGNOFF_DECISIONS, SignoffSchema } from '~/schemas/signoff';

/** What `npm run check` says of `data`: one `path: message` line per issue. */
const issues = (data: unknown): string[] =>
  SignoffSchema.safeParse(data, { error: editorErrorMap }).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('SignoffSchema', () => {
  it('takes a decision for a unit on a date, the note optional when it is signed off', () => {
    expect(SIGNOFF_DECISIONS).toEqual(['同意销号', '退回']);
    expect(SignoffSchema.parse({ unit: 'zhujian', date: '2022-05-25', decision: '同意销号' })).toEqual({ unit: 'zhujian', date: '2022-05-25', decision: '同意销号' });
  });

  it('needs the reason when it sends the task back, and a real date', () => {
    expect(issues({ unit: 'zhujian', date: '2022-05-25', decision: '退回' })).toEqual(['note: 退回时须填写 note（退回原因和需补充的内容）']);
    expect(issues({ unit: 'zhujian', date: '2022-5-25', decision: '销号' })).toEqual([
      'date: 日期 "2022-5-25" 无效：请写成 YYYY-MM-DD 格式的真实日期，如 2022-05-19',
      'decision: 销号决定 "销号" 不在可选值中（可选：同意销号、退回；是否想写 "同意销号"？）',
    ]);
  });
});
