/**
 * The words of progress: a report's states and the office's decisions, on their own so that
 * browser code (the reader's-date judgements) can name them without loading zod and the schemas.
 */

/** 完成情况 as a unit reports it: 未启动 | 推进中 | 已完成 | 申请销号 (asking the office to sign off). */
export const REPORT_STATES = ['未启动', '推进中', '已完成', '申请销号'] as const;
/** One of `REPORT_STATES`. */
export type ReportState = (typeof REPORT_STATES)[number];

/** The states that claim the work is done: a report in one of them must say what was done (进展情况). */
export const STATES_NEEDING_PROGRESS: ReadonlySet<string> = new Set<ReportState>(['已完成', '申请销号']);

/** The office's decision on a unit's task (销号): 同意销号 signs it off; 退回 sends it back to work. */
export const SIGNOFF_DECISIONS = ['同意销号', '退回'] as const;
/** One of `SIGNOFF_DECISIONS`. */
export type SignoffDecision = (typeof SIGNOFF_DECISIONS)[number];
