/** Who does what in a task: a unit and its role, and who in the unit must act. */
import type { z } from 'astro/zod';
import { oneOf, PlainTextSchema, refTo, strictRecord } from './common.ts';

/** 牵头 leads; 配合 supports; 督办 supervises; 问责 holds to account; 审核 signs off. */
export const ROLES = ['牵头', '配合', '督办', '问责', '审核'] as const;
export type Role = (typeof ROLES)[number];

/** One line of `responsibilities:` in a task. */
export const ResponsibilitySchema = strictRecord({
  /** The unit's id (a file name under content/departments/), or a group's id. */
  unit: refTo('departments', '单位'),
  /** 牵头 | 配合 | 督办 | 问责 | 审核. */
  role: oneOf(ROLES, '角色').describe(`角色：${ROLES.join('、')}`),
  /** Who in the unit must act, in the speech's words: 主要负责同志, 一把手, 总协调人, 联络员. */
  who: PlainTextSchema.optional().describe('具体落实人员：单位内由谁落实（按讲话原话），如“主要负责同志”“一把手”'),
});

export type ResponsibilityInput = z.input<typeof ResponsibilitySchema>;
export type Responsibility = z.output<typeof ResponsibilitySchema>;
