/** An assignment from the meeting: who must do what, by when, and what closes it (销号). */
import { z } from 'astro/zod';
import { EditorNoteSchema, PlainTextSchema, refTo, SlugSchema, strictRecord } from './common.ts';
import { DeadlineSchema } from './deadline.ts';
import { ResponsibilitySchema } from './responsibility.ts';
import { SourceSchema } from './source.ts';
import { LONG_TERM, TASK_STATUSES } from './taskStatus.ts';

// The statuses live in their own module, which browser code can import without zod.
export { CLOSED_STATUSES, LONG_TERM, TASK_STATUSES, type TaskStatus } from './taskStatus.ts';

/**
 * Why a status is refused: one the units' reports and the office's sign-offs decide (未开始,
 * 已完成 …) is never written by hand, so that a task's state has one source.
 */
function statusMessage(input: unknown): string {
  const derived = (TASK_STATUSES as readonly unknown[]).includes(input);
  return derived
    ? `状态 "${String(input)}" 不再手填：任务状态由各单位的报送和办公室的销号自动得出（请删除 status 这一行；只有长期坚持的任务写 status: ${LONG_TERM}）`
    : `status "${String(input)}" 无效：只能写 ${LONG_TERM}（讲话要求长期坚持、不销号的任务）；其他任务不写 status，状态由报送和销号自动得出`;
}

/** The frontmatter of content/tasks/<id>.md (.mdx where the body uses a component) — the file name is the task's id. */
export const TaskSchema = strictRecord({
  /** What must be done, in one line: `10个部门各抽调一名工作人员到区环保局驻点`. */
  title: PlainTextSchema.describe('任务名称，一句话'),
  /** The directive it belongs to: `xingdong-youli`. */
  directive: refTo('directives', '所属要求'),
  /** Optional: the id of one of that directive's `requirements`. */
  requirement: SlugSchema.optional().describe('所属分项要求：可选，directive 所指要求的 requirements 中的 id'),
  /** Units and roles: at least one 牵头, no unit twice. */
  responsibilities: z.array(ResponsibilitySchema).min(1, {
    error: 'responsibilities 至少要有一个单位（其中至少一个 role: 牵头）',
  }).describe('责任分工：承担任务的单位及其角色，至少一个牵头，同一单位只写一次'),
  /** By when: exactly one of date, milestone, immediate, start, unspecified — plus the speech's wording. */
  deadline: DeadlineSchema.describe('完成时限：date、milestone、immediate、start、unspecified 之一，加上讲话原话 text'),
  /**
   * Only for a standing rule: `长期坚持`. Every other status is summed up from the units' reports
   * and the office's sign-offs (src/data/progress.ts), never written here.
   */
  status: z
    .literal(LONG_TERM, { error: (issue) => statusMessage(issue.input) })
    .optional()
    .describe(`状态：仅长期坚持的任务填写 ${LONG_TERM}；其他任务不填，状态（未开始、进行中、已完成、已销号）由各单位报送和办公室销号自动得出`),
  /** The meeting and the exact words that assign it. */
  source: SourceSchema,
  /**
   * Optional: the unit where the work is done, when the speech names a place and not a duty
   * (`huanbao` for “到区环保局驻点脱产办公”). Shown as 办公地点; it gives that unit no role.
   */
  location: refTo('departments').optional().describe('办公地点：可选，单位 id；讲话只说在该单位办公、未给它分派职责时填写，如 huanbao'),
  /** Optional: the checklist to work through for it. */
  checklist: refTo('checklists', '核查清单').optional(),
  /** What 销号 (closing the task) requires; if the speech is silent, say so. */
  acceptance: PlainTextSchema.describe('销号要求：怎样才算完成；讲话未明确时如实写明'),
  /** For editors only: what was inferred and from where (a year taken from the reposted page). */
  editorNote: EditorNoteSchema.optional(),
});

export type TaskInput = z.input<typeof TaskSchema>;
export type Task = z.output<typeof TaskSchema>;
