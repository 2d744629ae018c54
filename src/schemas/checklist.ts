/** A checklist that units work through (五个不放过, 台账资料): items with stable ids. */
import { z } from 'astro/zod';
import { PlainTextSchema, refTo, SlugSchema, strictRecord } from './common.ts';
import { SourceSchema } from './source.ts';

/** One item. Its id never changes once published: saved ticks are stored against it. */
export const ChecklistItemSchema = strictRecord({
  /** Stable id, unique in the checklist: `quanmian-jiancha`. Never rename a published one. */
  id: SlugSchema.describe('条目编号：条目的 id，清单内唯一；发布后不得修改（勾选进度按它保存）'),
  /** What to check, as a reader will tick it. */
  text: PlainTextSchema.describe('条目内容'),
  /** Optional: the words of the meeting it comes from (a literal substring of the transcript). */
  quote: PlainTextSchema.optional().describe('讲话原文：可选，条目所依据的讲话原文（逐字一致）'),
  /** Optional: the unit responsible for this item. */
  unit: refTo('departments', '负责单位').optional(),
});

/**
 * The item that carries on a retired item's work, on this checklist or another (an item moved to a
 * checklist of its own): units' ticks and notes on the retired item are carried to it.
 */
export const SuccessorSchema = strictRecord({
  /** The checklist holding it, when not this one. */
  checklist: refTo('checklists', '核查清单').optional(),
  /** Its id. */
  item: SlugSchema.describe('条目：接替条目的 id（在 checklist 所指的清单中；不写 checklist 时在本清单中）'),
});

/** content/checklists/<id>.yaml — the file name is the checklist's id. */
export const ChecklistSchema = strictRecord({
  /** `五个不放过`. */
  title: PlainTextSchema.describe('名称：核查清单的名称，如“五个不放过”'),
  /** One or two sentences on when to use it. */
  description: PlainTextSchema.optional().describe('说明：何时、如何使用本清单'),
  /** The units or groups that must work through it (a group reaches every member). */
  appliesTo: z.array(refTo('departments')).min(1, { error: 'appliesTo 至少要有一个单位或单位组' })
    .describe('适用单位：适用的单位或单位组 id 列表'),
  /** Where the speech asks for it. */
  source: SourceSchema,
  /** The items, in order. */
  items: z.array(ChecklistItemSchema).min(1, { error: '清单至少要有一个条目（items）' }).describe('条目：按显示顺序'),
  /** Ids of published items that were removed: they may never be used again. */
  retired: z.array(SlugSchema).default([]).describe('停用的条目：已删除的条目 id；发布过的条目不能直接删除，须把 id 移到这里，且以后不得再用'),
  /**
   * For a retired item whose work another item now asks: that item. Units' saved ticks and notes
   * are carried to it, flagged for review (its words differ). A retired item without one keeps
   * its ticks stored, unshown: what it asked is no longer asked.
   */
  successors: z.record(SlugSchema, SuccessorSchema).default({})
    .describe('接替条目：停用条目的 id → 接替它的条目，如 choudiao-daowei: { checklist: choudiao-renyuan, item: anshi-daowei }；各单位对停用条目的勾选和备注会带到接替条目上，并提示复核'),
  /**
   * The ids this checklist was published under before its file was renamed, oldest first: saved
   * ticks are stored against the checklist id too, and are carried over from these. One id may be
   * written without brackets.
   */
  renamedFrom: z
    .union([SlugSchema, z.array(SlugSchema)], { error: '应为改名前的清单 id，如 renamedFrom: taizhang；改过多次时写成 [jiu-id, geng-jiu-id]' })
    .transform((ids) => (typeof ids === 'string' ? [ids] : ids))
    .default([])
    .describe('改名前的编号：改名前的清单 id（即原来的文件名）；清单文件改名后必须填写，各单位保存的勾选才能带到新 id 下'),
});

export type ChecklistItem = z.output<typeof ChecklistItemSchema>;
export type Successor = z.output<typeof SuccessorSchema>;
export type ChecklistInput = z.input<typeof ChecklistSchema>;
export type Checklist = z.output<typeof ChecklistSchema>;
