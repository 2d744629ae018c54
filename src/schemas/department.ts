/** A unit of the district (a department, a 板块, a leader) or a group of units (各板块各部门). */
import { z } from 'astro/zod';
import { EditorNoteSchema, oneOf, PlainTextSchema, refTo, strictRecord } from './common.ts';
import { SourceSchema } from './source.ts';

/**
 * What kind of unit it is. `街道` and `镇` are the district's sub-district units, named one by one
 * once later meetings address them (a 整改推进会 assigns tasks to two 街道). `党委政府` is the
 * district Party committee and government as one commanding body (区委区政府), not a leader in
 * person (`区领导`). `单位组` marks a group: its `members` are other units or groups.
 */
export const DEPARTMENT_KINDS = ['职能部门', '板块', '街道', '镇', '党委政府', '区领导', '议事协调机构', '督查问责机构', '外部单位', '单位组'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** content/departments/<id>.yaml — the file name is the unit's id. */
export const DepartmentSchema = strictRecord({
  /** Full name as staff write it: `区公安分局`. */
  name: PlainTextSchema.describe('单位全称，如“区公安分局”'),
  /** The short form used in speeches and tables: `公安`. */
  short: PlainTextSchema.optional().describe('简称，如“公安”（讲话中的说法）'),
  /** 职能部门 | 板块 | 街道 | 镇 | 党委政府 | 区领导 | 议事协调机构 | 督查问责机构 | 外部单位 | 单位组. */
  kind: oneOf(DEPARTMENT_KINDS, '单位类型').describe(`单位类型：${DEPARTMENT_KINDS.join('、')}`),
  /** Other names staff may search for: `[公安局, 公安]`. */
  aliases: z.array(PlainTextSchema).default([]).describe('别名，供搜索用，如 [公安局, 公安]'),
  /** Only for kind 单位组: the ids of the member units or groups. */
  members: z.array(refTo('departments')).optional().describe('成员单位：仅单位组填写，成员单位或单位组的 id 列表'),
  /** Only for groups: why the member list is empty or partial (required when it is empty). */
  membersNote: PlainTextSchema.optional().describe('成员说明：仅单位组填写，成员为空或不全时说明原因'),
  /** Anything readers should know about the unit, in one or two sentences. */
  note: PlainTextSchema.optional().describe('备注（工作人员可见）'),
  /**
   * For editors only, never on staff pages: how the entry was made from the speech — a full name
   * the editor expanded from the speech's short form (区公安分局 for “公安”), what to verify.
   */
  editorNote: EditorNoteSchema.optional(),
  /** Where the speech names the unit. */
  source: SourceSchema.describe('出处：讲话中提到该单位的会议和原文'),
})
  .refine((unit) => (unit.kind === '单位组') === (unit.members !== undefined), {
    error: (issue) => {
      const unit = issue.input as { kind?: string };
      return unit.kind === '单位组'
        ? '单位组必须填写 members（成员单位 id 列表；成员未知时写 members: [] 并填写 membersNote）'
        : `只有单位组（kind: 单位组）可以填写 members（当前类型为“${String(unit.kind)}”：删除 members，或把 kind 改为 单位组）`;
    },
    path: ['members'],
  })
  .refine((unit) => unit.members === undefined || unit.members.length > 0 || unit.membersNote !== undefined, {
    error: '成员为空的单位组须填写 membersNote，说明为何成员未列明',
    path: ['membersNote'],
  });

export type DepartmentInput = z.input<typeof DepartmentSchema>;
export type Department = z.output<typeof DepartmentSchema>;
