/**
 * content/published.json: what the site has published of each checklist — its id and every item
 * id (kept and retired) — so that units' saved ticks, which are stored against those ids, are
 * never stranded by a removed item or a renamed file. `npm run check` writes it and it is
 * committed with the content; the check compares every change with it, even when there is no
 * git history to compare with. Editors touch only `withdrawn`.
 */
import { z } from 'astro/zod';
import { SlugSchema, strictRecord } from './common.ts';

/** The file's schema. */
export const PublishedSchema = strictRecord({
  /** What the file is, for whoever opens it. */
  $comment: z.string().optional(),
  /** Checklist id → the ids of its published items, sorted. Written by `npm run check`. */
  checklists: z.record(SlugSchema, z.array(SlugSchema)).describe('已发布的清单 id 及其全部条目 id（由 npm run check 写入）'),
  /** Checklists withdrawn on purpose: their ids may never be used again. */
  withdrawn: z.array(SlugSchema).default([]).describe('确要撤销的已发布清单 id：写入后检查不再要求该清单存在，且此 id 以后不得再用'),
});

export type PublishedInput = z.input<typeof PublishedSchema>;
export type Published = z.output<typeof PublishedSchema>;
