/**
 * A batch of petition cases (交办信访件) as the inspection team hands it over: one file per batch,
 * content/cases/<批次>.yaml (`content/cases/3.yaml` is 第3批), holding the batch's 交办日期 and its
 * cases with what the team wrote and whom the district made responsible. `npm run import -- cases`
 * writes it from the team's sheet, and rewrites it when a corrected sheet arrives, so a pull
 * request shows a batch, or a correction to it, as one file.
 *
 * What the units find and do (调查核实, 处理和整改) is not written here: each unit reports it in
 * its own dated files (content/casework/, ./casework.ts), the way it reports on tasks, so a
 * corrected batch can never overwrite a unit's later report, and the history of a case's handling
 * stays in the repository. The office's own acts on a case, 公开 and 销号, are fields of the
 * case, which the importer keeps as they are.
 */
import { z } from 'astro/zod';
import { cases } from '../config.ts';
import { IsoDateSchema, oneOf, PlainTextSchema, refTo, strictRecord, typeMessage } from './common.ts';

/** A 受理编号 as the team writes it: ASCII letters, digits and hyphens (`D3SX202209200001`). */
export const CASE_ID_PATTERN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/** 受理编号: the team's id of a case, unique across every batch, never changed. */
export const CaseIdSchema = z
  .string({ error: (issue) => typeMessage(issue.input, '受理编号（文本）') })
  .trim()
  .regex(CASE_ID_PATTERN, {
    error: (issue) => `受理编号 "${String(issue.input)}" 无效：只能有英文字母、数字和连字符（全角字符请改为半角），如 D3SX202209200001`,
  });

/** The office's 销号 of a case: when, and what it verified. */
export const CaseSignoffSchema = strictRecord({
  /** When the office signed the case off: `2022-10-08`. */
  date: IsoDateSchema.describe('销号日期，YYYY-MM-DD'),
  /** What the office verified (现场核查、材料审核). */
  note: PlainTextSchema.optional().describe('说明（可选）：核查情况'),
});

/** One case of a batch. */
export const CaseSchema = strictRecord({
  /** 受理编号. */
  id: CaseIdSchema.describe('受理编号，如 D3SX202209200001（督察组编号，全区唯一，不再更改）'),
  /** 来源: 来电, 来信, or where an earlier case came from. */
  source: oneOf(cases.sources, '来源').describe(`来源：${cases.sources.join('、')}`),
  /** 重点关注: the team or the office marked it for close attention. */
  focus: z.boolean({ error: (issue) => typeMessage(issue.input, '是/否（true/false）') }).default(false).describe('重点关注：是填 true，否则不填'),
  /** 行政区域: the 街道, 镇 or 板块 the case lies in, a unit of this site. */
  region: refTo('departments', '行政区域').describe('行政区域：所在街道、镇或板块的单位 id（content/departments/ 下的文件名，不含扩展名）'),
  /** 污染类型: one or more. A case naming two is counted under both. */
  types: z
    .array(oneOf(cases.pollutionTypes, '污染类型'))
    .min(1, { error: `types 至少要有一项（污染类型，可选：${cases.pollutionTypes.join('、')}）` })
    .describe(`污染类型：一项或多项，可选 ${cases.pollutionTypes.join('、')}`),
  /** 行业类别, as the team names it: `餐饮业`. */
  industry: PlainTextSchema.optional().describe('行业类别（可选），如“餐饮业”'),
  /** 交办问题基本情况: what the complaint says. */
  summary: PlainTextSchema.describe('交办问题基本情况：信访人反映的主要问题'),
  /** 牵头 units: they answer for the case. */
  lead: z.array(refTo('departments', '牵头单位')).min(1, { error: 'lead 至少要有一个单位（牵头责任单位的 id）' }).describe('牵头责任单位：单位 id 列表'),
  /** 配合 units. */
  assist: z.array(refTo('departments', '配合单位')).default([]).describe('配合单位（可选）：单位 id 列表'),
  /** 办理时限, when it is not the batch's date plus `cases.dueDays` (src/config.ts). */
  due: IsoDateSchema.optional().describe(`办理时限（可选），YYYY-MM-DD；不填则为交办日期后 ${cases.dueDays} 天`),
  /**
   * Names of people (举报人 and others) that the case's text holds and nothing public may show:
   * they are masked on every page and download, as phone and ID numbers are without being listed.
   */
  personalNames: z.array(PlainTextSchema).default([]).describe('需遮盖的个人姓名（举报人等），公开的页面和下载中一律以“某”代替'),
  /** 公开: the day the office published the case's result. */
  published: IsoDateSchema.optional().describe('公开日期（可选），YYYY-MM-DD：填写后列入该批次的公开情况一览表'),
  /** 销号 by the office. */
  signedOff: CaseSignoffSchema.optional().describe('销号（可选）：date 销号日期，note 核查情况'),
});

/** content/cases/<批次>.yaml — the file name is the batch number: `1.yaml`, `2.yaml`. */
export const CaseBatchSchema = strictRecord({
  /** 交办日期: the day the team handed the batch over. */
  date: IsoDateSchema.describe('交办日期，YYYY-MM-DD'),
  /** The sheet it was imported from (written by `npm run import -- cases`). */
  sheet: PlainTextSchema.optional().describe('导入来源：交办表格的文件名（导入时自动填写）'),
  /** The cases, each 受理编号 once. */
  cases: z
    .array(CaseSchema)
    .min(1, { error: 'cases 至少要有一件（本批次的交办件）' })
    .superRefine((list, context) => {
      const seen = new Map<string, number>();
      list.forEach((item, index) => {
        const first = seen.get(item.id);
        if (first !== undefined) context.addIssue({ code: 'custom', path: [index, 'id'], message: `受理编号 "${item.id}" 与第 ${first + 1} 件重复（每件只写一次：请合并或删去一件）` });
        else seen.set(item.id, index);
      });
    })
    .describe('本批次的交办件，每件一项'),
});

export type CaseInput = z.input<typeof CaseSchema>;
export type Case = z.output<typeof CaseSchema>;
export type CaseBatchInput = z.input<typeof CaseBatchSchema>;
export type CaseBatch = z.output<typeof CaseBatchSchema>;
