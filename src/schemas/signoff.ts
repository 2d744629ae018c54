/**
 * The office's decisions on tasks (销号): for a unit, on a date, 同意销号 or 退回 with a note. One
 * file per task, content/signoffs/<task-id>.yaml, holding the list of its decisions in any order:
 * the file name is the task, so a decision cannot name a task that does not exist without the
 * file itself being wrong, and a pull request that signs a task off shows, in one file, every
 * decision ever taken on it. Each item is an entry of its own (id `<task>/<unit>/<date>`).
 */
import type { z } from 'astro/zod';
import { IsoDateSchema, oneOf, PlainTextSchema, refTo, strictRecord } from './common.ts';
import { SIGNOFF_DECISIONS } from './reportState.ts';

export { SIGNOFF_DECISIONS, type SignoffDecision } from './reportState.ts';

/** One item of content/signoffs/<task-id>.yaml. */
export const SignoffSchema = strictRecord({
  /** The unit decided on: a unit that reports on the task (牵头 or 配合, named or through a group). */
  unit: refTo('departments').describe('单位（填单位 id，即 content/departments/ 下的文件名）：该任务的牵头或配合单位（直接或经单位组）'),
  /** When the office decided: `2022-05-25`. */
  date: IsoDateSchema.describe('决定日期，YYYY-MM-DD'),
  /** 同意销号 | 退回. */
  decision: oneOf(SIGNOFF_DECISIONS, '销号决定').describe(`销号决定：${SIGNOFF_DECISIONS.join('、')}`),
  /** Why, and for 退回 what is still needed: `缺少抽调人员名单，请补充后重新申请`. Required for 退回. */
  note: PlainTextSchema.optional().describe('说明：核查情况；退回时必填，写明原因和需补充的内容'),
}).refine((signoff) => signoff.decision !== '退回' || signoff.note !== undefined, {
  error: '退回时须填写 note（退回原因和需补充的内容）',
  path: ['note'],
});

export type SignoffInput = z.input<typeof SignoffSchema>;
export type Signoff = z.output<typeof SignoffSchema>;

/** The task a decision is about, from its entry id `<task>/<unit>/<date>` (the file's name comes first). */
export function signoffTask(id: string): string {
  return id.slice(0, id.indexOf('/'));
}
