/**
 * The round trip of a unit's case sheet (交办件办理情况表): what the download carries so that it
 * can come back filled in, written by src/data/views/caseSheet.ts and read by ./casework.ts. One
 * definition for both sides, as ./format.ts is for the task sheet, whose hidden key column, facts
 * sheet (the unit and the date) and 填报日期 line it shares.
 *
 * The columns: 序号, 受理编号 (visible, and again in the hidden key column that identifies the row
 * whatever a unit does to the visible one), 批次, 交办问题基本情况 (masked), 本单位 (牵头/配合),
 * 办理时限; then the handling a unit fills in: 办理状态 and 是否属实 as drop-down lists, 调查核实情况,
 * 处理和整改情况, 责任人被处理情况.
 */
import { t } from '../i18n/t.ts';
import { CASE_TRUTHS, HANDLING_STATES } from '../schemas/caseState.ts';
import { HEADERS as TASK_HEADERS } from './format.ts';

const [NUMBER, ID, BATCH, SUMMARY, ROLE, DUE, STATE, VERIFICATION, TRUTH, HANDLING, ACCOUNTABILITY] = t('cases.import.columns').split(',') as [string, string, string, string, string, string, string, string, string, string, string];

/** The headers of the case sheet, as the export writes them and the importer looks for them. */
export const CASEWORK_HEADERS = {
  number: NUMBER,
  id: ID,
  batch: BATCH,
  summary: SUMMARY,
  role: ROLE,
  due: DUE,
  state: STATE,
  verification: VERIFICATION,
  truth: TRUTH,
  handling: HANDLING,
  accountability: ACCOUNTABILITY,
  /** The hidden key column: the task sheet's, holding a 受理编号 here. */
  key: TASK_HEADERS.key,
} as const;

/** The handling columns a unit fills in, in the sheet's order. */
export const HANDLING_COLUMNS = ['state', 'verification', 'truth', 'handling', 'accountability'] as const;

/** The drop-down lists of the sheet: 办理状态 and 是否属实. */
export const CASEWORK_CHOICES = {
  state: { values: HANDLING_STATES, message: t('cases.import.choices', { choices: HANDLING_STATES.join('、') }) },
  truth: { values: CASE_TRUTHS, message: t('cases.import.choices', { choices: CASE_TRUTHS.join('、') }) },
} as const;
