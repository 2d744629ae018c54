/**
 * The shape of tasks.json and units.json, for other systems to read. Versioned: a breaking change
 * bumps `version`. The JSON Schema published beside them (tasks.schema.json, units.schema.json)
 * is generated from these.
 */
import { z } from 'astro/zod';
import { DEADLINE_KINDS } from './deadline.ts';

/** The version of the JSON exports' shape. */
export const EXPORT_VERSION = 1;

const Unit = z.object({ id: z.string(), name: z.string() });

/** One task as exported. */
export const TaskExportSchema = z.object({
  id: z.string().describe('任务 id（稳定，可作主键）'),
  title: z.string().describe('任务名称'),
  meeting: z
    .object({ id: z.string(), title: z.string(), date: z.string().nullable().describe('会议日期 YYYY-MM-DD；原稿未载明为 null') })
    .describe('任务所出自的会议'),
  directive: z.string().describe('所属要求 id'),
  status: z.string().describe('状态：未开始、进行中、已完成、已销号、长期坚持'),
  responsibilities: z.array(z.object({ unit: z.string(), role: z.string(), who: z.string().optional() })).describe('责任单位与角色'),
  lead: z.array(Unit).describe('牵头单位'),
  support: z.array(Unit).describe('配合及其他角色的单位'),
  deadline: z.object({
    kind: z.enum(DEADLINE_KINDS),
    text: z.string().describe('讲话原话'),
    date: z.string().nullable().describe('解析出的日期 YYYY-MM-DD；未定为 null'),
    milestone: z.string().optional(),
    inferred: z.boolean().describe('日期或年份为推断'),
  }),
  acceptance: z.string().describe('销号要求'),
  source: z.object({ meeting: z.string(), quote: z.string(), paragraph: z.string().nullable() }),
  url: z.string().describe('任务页面地址（相对站点根或绝对地址）'),
});

/** tasks.json. */
export const TasksExportSchema = z.object({
  version: z.literal(EXPORT_VERSION),
  generated: z.string().describe('构建日期'),
  tasks: z.array(TaskExportSchema),
});

/** units.json. */
export const UnitsExportSchema = z.object({
  version: z.literal(EXPORT_VERSION),
  generated: z.string(),
  units: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      short: z.string().nullable(),
      kind: z.string(),
      aliases: z.array(z.string()),
      members: z.array(z.string()).nullable().describe('单位组的直接成员；非单位组为 null'),
      groups: z.array(z.string()).describe('所属单位组（含间接）'),
      tasks: z.object({ lead: z.array(z.string()), support: z.array(z.string()), viaGroup: z.array(z.string()) }),
      url: z.string(),
    }),
  ),
});

export type TaskExport = z.output<typeof TaskExportSchema>;
export type TasksExport = z.output<typeof TasksExportSchema>;
export type UnitsExport = z.output<typeof UnitsExportSchema>;
