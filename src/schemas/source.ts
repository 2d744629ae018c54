/** Where an entry comes from: a meeting and the exact words said there. */
import type { z } from 'astro/zod';
import { PlainTextSchema, refTo, strictRecord } from './common.ts';

/**
 * `source: { meeting, quote }`. The quote must be a literal substring of one paragraph of the
 * meeting's transcript (as restored), so every page can link to the exact paragraph.
 */
export const SourceSchema = strictRecord({
  /** The meeting's id: the file name under content/meetings/, e.g. `yingcha-anpai`. */
  meeting: refTo('meetings', '会议'),
  /** Words copied from the transcript, character for character, within one paragraph. */
  quote: PlainTextSchema.describe('讲话原文：从会议记录中原样复制的一段文字（须与记录逐字一致，不跨段）'),
}).describe('出处：提出此项的会议和讲话原文');

export type SourceInput = z.input<typeof SourceSchema>;
export type Source = z.output<typeof SourceSchema>;
