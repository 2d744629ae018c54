/**
 * A unit's report on its petition cases (办理情况) on one date: for each case, where its handling
 * stands, what the unit found (调查核实情况, 是否属实), what it did (处理和整改情况) and whom it
 * held to account. One file per unit and date, content/casework/<unit-id>/<YYYY-MM-DD>.yaml, the
 * way task reports are kept: the unit and the date are the path, a case's handling is the latest
 * report on it, and every earlier report stays as its history. Written by
 * `npm run import -- casework` from the unit's returned case sheet, or by hand.
 */
import type { z } from 'astro/zod';
import { CaseIdSchema } from './case.ts';
import { CASE_TRUTHS, CONCLUDED_STATES, HANDLING_STATES } from './caseState.ts';
import { oneOf, PlainTextSchema, strictRecord } from './common.ts';

export { CASE_STATES, CASE_TRUTHS, CONCLUDED_STATES, HANDLING_STATES, type CaseState, type CaseTruth, type HandlingState } from './caseState.ts';

/** What each field required of a concluded case is called on the sheet. */
const FIELD_NAMES = { verification: '调查核实情况', truth: '是否属实', handling: '处理和整改情况' } as const;

/** One case a report speaks of. */
export const CaseworkLineSchema = strictRecord({
  /** 受理编号 of a case the unit is responsible for (牵头 or 配合). */
  case: CaseIdSchema.describe('受理编号：本单位牵头或配合办理的交办件'),
  /** 办理中 | 阶段性办结 | 已办结. */
  state: oneOf(HANDLING_STATES, '办理状态').describe(`办理状态：${HANDLING_STATES.join('、')}`),
  /** 调查核实情况. Required once concluded. */
  verification: PlainTextSchema.optional().describe('调查核实情况；阶段性办结、已办结时必填'),
  /** 是否属实. Required once concluded. */
  truth: oneOf(CASE_TRUTHS, '是否属实').optional().describe(`是否属实：${CASE_TRUTHS.join('、')}；阶段性办结、已办结时必填`),
  /** 处理和整改情况. Required once concluded. */
  handling: PlainTextSchema.optional().describe('处理和整改情况；阶段性办结、已办结时必填'),
  /** 责任人被处理情况 (可选). */
  accountability: PlainTextSchema.optional().describe('责任人被处理情况（可选）'),
}).superRefine((line, context) => {
  if (!CONCLUDED_STATES.has(line.state)) return;
  const missing = (['verification', 'truth', 'handling'] as const).filter((field) => line[field] === undefined);
  for (const field of missing) {
    context.addIssue({ code: 'custom', path: [field], message: `办理状态为“${line.state}”时须填写 ${field}（${FIELD_NAMES[field]}）` });
  }
});

/** content/casework/<unit-id>/<YYYY-MM-DD>.yaml — the unit and the date are the file's path. */
export const CaseworkSchema = strictRecord({
  /** 责任人: who in the unit answers for the report. */
  reporter: PlainTextSchema.optional().describe('责任人（可选），如“王某某”'),
  /** The sheet it was imported from. */
  sheet: PlainTextSchema.optional().describe('导入来源：办理情况表格的文件名（导入时自动填写）'),
  /** The cases reported on. */
  cases: CaseworkLineSchema.array()
    .min(1, { error: 'cases 至少要有一项（本次报送的交办件及其办理情况）' })
    .superRefine((lines, context) => {
      const seen = new Set<string>();
      lines.forEach((line, index) => {
        if (seen.has(line.case)) context.addIssue({ code: 'custom', path: [index, 'case'], message: `受理编号 "${line.case}" 在本次报送中出现两次（请合并为一项）` });
        seen.add(line.case);
      });
    })
    .describe('本次报送的交办件，每件一项'),
});

export type CaseworkLine = z.output<typeof CaseworkLineSchema>;
export type CaseworkInput = z.input<typeof CaseworkSchema>;
export type Casework = z.output<typeof CaseworkSchema>;
