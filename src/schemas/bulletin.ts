/**
 * A 督查通报 the office issues: its 期号 is the file name (`content/bulletins/3.yaml` is 第3期),
 * the file holds what the office decides — the date, the 整改期限, its own remarks, whom it is
 * copied to. The figures of its body are never written here: they are computed from the content
 * as of the bulletin's date, so an issued bulletin reads the same on every later build.
 */
import { z } from 'astro/zod';
import { IsoDateSchema, PlainTextSchema, strictRecord } from './common.ts';

/** content/bulletins/<期号>.yaml — the file name is the issue number: `1.yaml`, `2.yaml`. */
export const BulletinSchema = strictRecord({
  /** The day it is issued, `YYYY-MM-DD`: the figures are those of this day. */
  date: IsoDateSchema.describe('印发日期，YYYY-MM-DD；通报中的数字按这一天的情况计算'),
  /** The day by which the units named must have put things right (限期整改). */
  rectifyBy: IsoDateSchema.describe('整改期限，YYYY-MM-DD：被通报单位须在此日前整改到位并报送整改情况'),
  /** What the office adds in its own words, one paragraph per item, printed under 工作要求. */
  remarks: z.array(PlainTextSchema).default([]).describe('督查中心的意见和要求，每项一段，印在“下步工作要求”中'),
  /** Who receives a copy (抄送), as the 版记 prints them: `区委、区政府主要领导`. */
  cc: z.array(PlainTextSchema).default([]).describe('抄送机关或领导，每项一个，如“区委、区政府主要领导”'),
  /** The issuing office, when it is not the default (区两办督查中心). */
  issuer: PlainTextSchema.optional().describe('印发机关，不填则为区两办督查中心'),
}).refine((bulletin) => bulletin.rectifyBy > bulletin.date, {
  error: '整改期限 rectifyBy 须晚于印发日期 date（请改为印发日期之后的日期）',
  path: ['rectifyBy'],
});

export type BulletinInput = z.input<typeof BulletinSchema>;
export type Bulletin = z.output<typeof BulletinSchema>;
