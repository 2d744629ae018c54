/**
 * The words of petition cases (交办信访件), on their own so that browser code (the reader's-date
 * judgements on the ledger) can name them without loading zod and the schemas.
 */

/**
 * Where a case is in its handling: 已交办 until a responsible unit reports on it, then what the
 * latest report says. The office's 销号 is recorded beside it, not as a state.
 */
export const CASE_STATES = ['已交办', '办理中', '阶段性办结', '已办结'] as const;
/** One of `CASE_STATES`. */
export type CaseState = (typeof CASE_STATES)[number];

/** The states a unit reports (已交办 is where a case starts, never reported). */
export const HANDLING_STATES = ['办理中', '阶段性办结', '已办结'] as const;
/** One of `HANDLING_STATES`. */
export type HandlingState = (typeof HANDLING_STATES)[number];

/** The states that close a case for the unit (办结): the report must say what was found and done. */
export const CONCLUDED_STATES: ReadonlySet<string> = new Set<HandlingState>(['阶段性办结', '已办结']);

/** 是否属实, as the disclosure table prints it. */
export const CASE_TRUTHS = ['属实', '部分属实', '不属实'] as const;
/** One of `CASE_TRUTHS`. */
export type CaseTruth = (typeof CASE_TRUTHS)[number];
