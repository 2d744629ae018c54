/**
 * A meeting: metadata and agenda in the frontmatter, the cleaned transcript as the body (one
 * Markdown paragraph per paragraph of the speech; see src/lib/transcript.ts for how it is read).
 */
import { z } from 'astro/zod';
import { EditorNoteSchema, IsoDateSchema, PlainTextSchema, strictRecord } from './common.ts';

/** One item of the agenda. */
export const AgendaItemSchema = strictRecord({
  /** What the item was. */
  item: PlainTextSchema.describe('议程内容'),
  /** Who presented it, as the record names them (`XX区长`). */
  presenter: PlainTextSchema.describe('主讲人，如“XX区长”'),
});

/** One wording restored from the scraped copy: what the copy says, what the transcript says. */
export const RestorationSchema = strictRecord({
  /** The words as they stand in the scraped copy (must no longer appear in the transcript). */
  copy: PlainTextSchema.describe('网络转载件中的原样文字'),
  /** The restored words, as they stand in the transcript (must appear in it). */
  standard: PlainTextSchema.describe('恢复后的规范表述（须出现在会议记录中）'),
  /** Why, when it is not obvious. */
  note: PlainTextSchema.optional().describe('说明：为何这样恢复（不明显时填写）'),
});

/** A paragraph of the transcript that no entry reflects, and why. */
export const UnreflectedSchema = strictRecord({
  /** The paragraph's anchor: `p1`, `p2`, … in order of the transcript. */
  paragraph: z.string().regex(/^p[1-9]\d*$/, { error: '段落编号应写成 p1、p2 …' }).describe('段落编号，如 p1'),
  /** Why it is not reflected (称呼语, 纯号召性表述, …). */
  why: PlainTextSchema.describe('原因：该段未转化为任务的原因'),
});

/** The frontmatter of content/meetings/<id>.md — the file name is the meeting's id. */
export const MeetingSchema = strictRecord({
  /** The title of the record. */
  title: PlainTextSchema.describe('会议记录标题'),
  /** Who chaired and spoke: `区委书记`. */
  host: PlainTextSchema.describe('主持人/讲话人'),
  /** `YYYY-MM-DD` when known; null when the record gives none. */
  date: IsoDateSchema.nullable().describe('会议日期；原稿未载明时写 null'),
  /** What staff should know about the date, plainly ("年份待确认"); how it was inferred goes in `editorNote`. */
  dateNote: PlainTextSchema.optional().describe('日期说明：工作人员需要知道的，如“年份待确认”；推断依据写在 editorNote'),
  /** The agenda, in order. */
  agenda: z.array(AgendaItemSchema).min(1, { error: '议程（agenda）至少一项' }).describe('议程：按会议顺序'),
  /** Shown where the transcript has the "…………" gap: what was left out. */
  omission: PlainTextSchema.optional().describe('省略说明：记录中“…………”处省略了什么'),
  /** Every wording restored from the scraped copy. */
  restorations: z.array(RestorationSchema).default([]).describe('措辞恢复：据网络转载件恢复的每一处措辞'),
  /** Paragraphs no directive, task, checklist or unit reflects, each with a reason. */
  unreflected: z.array(UnreflectedSchema).default([]).describe('未转化为任务的段落：没有要求、任务、清单或单位反映的段落，各附原因'),
  /** For editors only: the source's provenance, what was inferred and how. */
  editorNote: EditorNoteSchema.optional(),
});

export type MeetingInput = z.input<typeof MeetingSchema>;
export type Meeting = z.output<typeof MeetingSchema>;
