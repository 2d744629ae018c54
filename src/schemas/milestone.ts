/** A named event of the inspection (督察组进驻, 下沉督察) whose date may not be known yet. */
import { z } from 'astro/zod';
import { IsoDateSchema, PlainTextSchema, SlugSchema, strictRecord } from './common.ts';
import { SourceSchema } from './source.ts';

/** One item of content/milestones.yaml. */
export const MilestoneSchema = strictRecord({
  /** Stable id; deadlines refer to it: `xiachen-ducha`. */
  id: SlugSchema.describe('编号：节点的 id，如 xiachen-ducha（时限通过它引用本节点）'),
  /** What the event is called: `下沉督察`. */
  name: PlainTextSchema.describe('节点名称，如“下沉督察”'),
  /** `YYYY-MM-DD` once known; `null` while it is not. Deadlines relative to it resolve then. */
  date: IsoDateSchema.nullable().describe('日期，YYYY-MM-DD；尚未确定时写 null'),
  /** True when the date (or its year) is inferred rather than announced. */
  dateIsInferred: z.boolean().default(false).describe('日期待确认：日期为推断（非正式通知）时写 true'),
  /**
   * True for a milestone the speech does not name, added by the editors to follow the inspection
   * (省环保督察组进驻): shown as 编者所加节点, and no task may take its deadline from it.
   */
  editorial: z.boolean().default(false).describe('编者所加节点：讲话未提及、由编者为便于跟踪而添加的节点写 true（任务不得以它为时限）'),
  /** What readers should know: where the date will come from, why it is unknown. */
  note: PlainTextSchema.optional().describe('说明，如日期来源或为何未定'),
  /** Where the speech names the event. */
  source: SourceSchema,
}).refine((milestone) => !(milestone.dateIsInferred && milestone.date === null), {
  error: 'dateIsInferred 为 true 时必须填写 date（日期未知时写 date: null 并删除 dateIsInferred）',
  path: ['dateIsInferred'],
});

export type MilestoneInput = z.input<typeof MilestoneSchema>;
export type Milestone = z.output<typeof MilestoneSchema>;
