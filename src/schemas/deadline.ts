/**
 * A deadline: exactly one of a date, a milestone (with an optional offset in days), "immediately
 * after the meeting", a start without an end ("今天会议以后", "当前": work begins now, no time
 * limit), or "the speech set none" — always with the speech's own wording. A date the office
 * moves after the meeting keeps the speech's date and words, and records the new decision beside
 * them (`adjusted`).
 */
import { z } from 'astro/zod';
import { dateLimits } from '../config.ts';
import { IsoDateSchema, PlainTextSchema, refTo, strictRecord } from './common.ts';

/** The five kinds, by the field that marks each. */
export const DEADLINE_KINDS = ['date', 'milestone', 'immediate', 'start', 'unspecified'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

const KIND_FIELDS = DEADLINE_KINDS.join('、');

/** Why an offset is refused: more than a year from its milestone is a typo, not a plan. */
const OFFSET_RANGE = (issue: { input?: unknown }) =>
  `offsetDays ${String(issue.input)} 超出范围：相对节点最多前后 ${dateLimits.maxOffsetDays} 天（请核对天数）`;

/**
 * The office's later decision on a date deadline (协调联络组办公室 moves 5月19日 to 5月20日): the
 * new date, why, and when it was decided. The speech's `date` and `text` stay as they were said.
 */
export const AdjustmentSchema = strictRecord({
  /** The deadline as decided: `2022-05-20`. */
  date: IsoDateSchema.describe('调整后的时限，YYYY-MM-DD'),
  /** Why, in the decision's words: `经协调联络组办公室同意，延后一天`. */
  reason: PlainTextSchema.describe('调整原因，照录决定的说法'),
  /** When the decision was made: `2022-05-12`. */
  decidedOn: IsoDateSchema.describe('作出调整决定的日期，YYYY-MM-DD'),
});

/**
 * As the editor writes it: one marker field plus `text`. Validated to one kind, then normalised to
 * a `{ kind: … }` union so that pages and exports switch on `kind` and never guess.
 */
export const DeadlineSchema = strictRecord({
  /** A fixed date, `2022-05-19`. */
  date: IsoDateSchema.optional().describe('固定日期，YYYY-MM-DD，如 2022-05-19'),
  /** With `date`: true when the year is inferred, not given (the speech says only "5月19日前"). */
  yearInferred: z.boolean().optional().describe('年份待确认：仅与 date 同用，年份为推断（讲话只说“5月19日前”）时写 true'),
  /** With `date`: the office moved it after the meeting; `date` and `text` stay the speech's. */
  adjusted: AdjustmentSchema.optional().describe('会后调整：仅与 date 同用，会后调整时限时填写 date（新时限）、reason（原因）、decidedOn（决定日期）；原来的 date 和 text 保留讲话原样'),
  /** A milestone's id from content/milestones.yaml: the deadline moves with it. */
  milestone: refTo('milestones', '时间节点').optional(),
  /** With `milestone`: days after it (negative: before), at most `dateLimits.maxOffsetDays` either way. */
  offsetDays: z.number().int({ error: 'offsetDays 须为整数天数，如 -3（节点前3天）或 7', abort: true })
    .min(-dateLimits.maxOffsetDays, { error: OFFSET_RANGE })
    .max(dateLimits.maxOffsetDays, { error: OFFSET_RANGE })
    .optional()
    .describe(`相对节点的天数：仅与 milestone 同用，负数表示之前（-${dateLimits.maxOffsetDays} 至 ${dateLimits.maxOffsetDays}）`),
  /** `true` when the speech asks for it at once ("请会后立即落实"): resolves to the meeting's date. */
  immediate: z.literal(true, { error: 'immediate 只能写 true（会后立即落实）' }).optional()
    .describe('会后立即：讲话要求会后立即落实时写 true'),
  /**
   * `true` when the speech says only when work starts ("今天会议以后", "当前") and sets no time
   * limit: shown as begun at the meeting, never due, never overdue.
   */
  start: z.literal(true, { error: 'start 只能写 true（讲话只说何时开始，未规定完成时限）' }).optional()
    .describe('即行开展：讲话只说何时开始（如“今天会议以后”“当前”）、未规定完成时限时写 true'),
  /** `true` when the speech sets no deadline (standing rules, "今后", "常态化"). */
  unspecified: z.literal(true, { error: 'unspecified 只能写 true（讲话未规定时限）' }).optional()
    .describe('未规定时限：讲话未规定时限时写 true'),
  /** The speech's own wording: "5月19日前", "力争在下沉督察之前", "会后立即". */
  text: PlainTextSchema.describe('时限原话：讲话对时限的原话，如“5月19日前”；未规定时写“讲话未规定时限”'),
})
  .superRefine((deadline, context) => {
    const kinds = DEADLINE_KINDS.filter((kind) => deadline[kind] !== undefined);
    if (kinds.length === 0) {
      context.addIssue({ code: 'custom', message: `缺少时限类型：请填写 ${KIND_FIELDS} 之一` });
    } else if (kinds.length > 1) {
      context.addIssue({
        code: 'custom',
        message: `时限只能有一种类型，现同时有 ${kinds.join(' 和 ')}（请只保留一个）`,
      });
    }
    if (deadline.yearInferred !== undefined && deadline.date === undefined) {
      context.addIssue({ code: 'custom', path: ['yearInferred'], message: 'yearInferred 只能与 date 一起使用（请删除，或补上 date）' });
    }
    if (deadline.adjusted !== undefined && deadline.date === undefined) {
      context.addIssue({ code: 'custom', path: ['adjusted'], message: 'adjusted 只能与 date 一起使用（讲话给了日期、会后又调整时才写；请删除，或补上讲话原来的 date）' });
    }
    if (deadline.adjusted !== undefined && deadline.adjusted.date === deadline.date) {
      context.addIssue({ code: 'custom', path: ['adjusted', 'date'], message: `调整后的日期与 date 相同（${deadline.date}）：时限没有变，请删除 adjusted` });
    }
    if (deadline.offsetDays !== undefined && deadline.milestone === undefined) {
      context.addIssue({ code: 'custom', path: ['offsetDays'], message: 'offsetDays 只能与 milestone 一起使用（请删除，或补上 milestone）' });
    }
  })
  .transform((deadline): Deadline => {
    const { text } = deadline;
    if (deadline.date !== undefined && deadline.adjusted !== undefined) {
      // The decision names a full date: its year is the office's, not inferred from the speech.
      const { date, reason, decidedOn } = deadline.adjusted;
      return { kind: 'date', date, yearInferred: false, text, adjusted: { from: deadline.date, reason, decidedOn } };
    }
    if (deadline.date !== undefined) return { kind: 'date', date: deadline.date, yearInferred: deadline.yearInferred ?? false, text };
    if (deadline.milestone !== undefined) return { kind: 'milestone', milestone: deadline.milestone, offsetDays: deadline.offsetDays ?? 0, text };
    if (deadline.immediate !== undefined) return { kind: 'immediate', text };
    if (deadline.start !== undefined) return { kind: 'start', text };
    return { kind: 'unspecified', text };
  });

/**
 * A date moved after the meeting, as pages show it: `from` is the speech's date (the deadline's
 * `date` is the decided one, so every page, export and calendar uses it without knowing).
 */
export type Adjustment = {
  from: string;
  reason: string;
  decidedOn: string;
};

/** A validated deadline. */
export type Deadline =
  | { kind: 'date'; date: string; yearInferred: boolean; text: string; adjusted?: Adjustment }
  | { kind: 'milestone'; milestone: string; offsetDays: number; text: string }
  | { kind: 'immediate'; text: string }
  | { kind: 'start'; text: string }
  | { kind: 'unspecified'; text: string };

export type DeadlineInput = z.input<typeof DeadlineSchema>;
