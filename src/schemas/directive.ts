/** One numbered directive of a speech (一、思想上要高度重视) and the requirements under it. */
import { z } from 'astro/zod';
import { PlainTextSchema, refTo, SlugSchema, strictRecord } from './common.ts';
import { SourceSchema } from './source.ts';

/** A sub-heading of the directive (要突出抓好整改): tasks may point at it by id. */
export const RequirementSchema = strictRecord({
  /** Unique within the directive: `zhenggai`. */
  id: SlugSchema.describe('编号：分项要求的 id，在本条内唯一'),
  /** `突出抓好整改`. */
  title: PlainTextSchema.describe('要求名称'),
  /** The words of the transcript that state it (literal substring). */
  quote: PlainTextSchema.describe('讲话原文（逐字一致）'),
});

/** The body under whose unified command the units carry out a directive, in the speech's words. */
export const CommandSchema = strictRecord({
  /** The commanding body's id: `quwei-quzhengfu` (区委区政府). */
  unit: refTo('departments', '指挥单位'),
  /** The words of the transcript that say so (literal substring). */
  quote: PlainTextSchema.describe('讲话原文（逐字一致），如“在区委区政府统一指挥与统筹协调下，各司其职，各负其责”'),
});

/** The frontmatter of content/directives/<id>.mdx — the file name is the directive's id. */
export const DirectiveSchema = strictRecord({
  /** Its number in the speech: 1 for 一、. Unique per meeting. */
  number: z.number({ error: '序号应为数字，如 1' }).int({ error: '序号应为整数' }).positive({ error: '序号从 1 开始' })
    .describe('序号：在讲话中的序号，一 写 1'),
  /** `思想上要高度重视` — without the number. */
  title: PlainTextSchema.describe('标题（不含序号）'),
  /** The meeting it was given at. */
  meeting: refTo('meetings', '会议'),
  /** One sentence saying what it asks, in the speech's words. */
  summary: PlainTextSchema.describe('概要：一句话概括'),
  /** Where the speech states it. */
  source: SourceSchema,
  /** Optional: who commands and coordinates the work under it, when the speech says so. */
  command: CommandSchema.optional().describe('统一指挥：可选，统一指挥与统筹协调本条工作的单位及讲话原文'),
  /** Its sub-headings, in order. */
  requirements: z.array(RequirementSchema).default([]).describe('分项要求：本条之下的各项要求，按讲话顺序'),
});

export type DirectiveInput = z.input<typeof DirectiveSchema>;
export type Directive = z.output<typeof DirectiveSchema>;
