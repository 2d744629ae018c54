/**
 * A unit's progress report (报送, 交账) on one date: for each task it reports on, a state, what was
 * done, what stands in the way, what comes next, and the evidence. One file per unit and date,
 * content/reports/<unit-id>/<YYYY-MM-DD>.yaml: the unit and the date come from the path alone (the
 * reader gives the entry the id `<unit-id>/<date>`), so no file can contradict where it lies.
 * Written by hand or by `npm run import -- report` from the unit's returned sheet.
 */
import { z } from 'astro/zod';
import { oneOf, PlainTextSchema, refTo, SlugSchema, strictRecord, typeMessage } from './common.ts';

// The states live in their own module, which browser code can import without zod.
export { REPORT_STATES, STATES_NEEDING_PROGRESS, type ReportState } from './reportState.ts';
import { REPORT_STATES, STATES_NEEDING_PROGRESS } from './reportState.ts';

/**
 * An evidence file's name: one file in the report's own folder, no path (no `/`, `\` or `..`),
 * not hidden, none of the characters Windows refuses in a name.
 */
const EVIDENCE_FILE = /^(?!\.)[^/\\:*?"<>|\u0000-\u001F\u007F]+$/;

/** One piece of evidence (佐证材料): a title and either a file beside the report or a link. */
export const EvidenceSchema = strictRecord({
  /** What it is, as the unit names it: `抽调人员名单`. */
  title: PlainTextSchema.describe('材料名称，如“抽调人员名单”'),
  /**
   * A file in the report's own folder, content/reports/<unit>/<date>/ (`mingdan.pdf`): the name
   * only, no folder. Its size is limited (src/config.ts, `reporting.maxEvidenceBytes`).
   */
  file: z
    .string({ error: (issue) => typeMessage(issue.input, '文件名（文本）') })
    .trim()
    .regex(EVIDENCE_FILE, {
      error: (issue) => `文件名 "${String(issue.input)}" 无效：只写文件名，不带目录（文件放在与报送文件同名的目录下），不以“.”开头，不含斜杠、冒号、星号、问号、引号、尖括号、竖线等符号`,
    })
    .optional()
    .describe('佐证材料文件名（不带目录），文件放在 content/reports/<单位 id>/<日期>/ 下，如 mingdan.pdf；与 url 二选一'),
  /** A link to where it is kept (`http://` or `https://`), when the file is not in the repository. */
  url: z
    .httpUrl({ error: (issue) => `链接 "${String(issue.input)}" 无效：须为完整的网址，以 http:// 或 https:// 开头` })
    .optional()
    .describe('佐证材料的网址（http:// 或 https:// 开头）；与 file 二选一'),
}).refine((evidence) => (evidence.file === undefined) !== (evidence.url === undefined), {
  error: '佐证材料须填写 file（报送目录下的文件名）或 url（网址）二者之一，且只填一个',
  path: ['file'],
});

/**
 * A snapshot of the unit's ticks on checklists: checklist id → the ids of the items ticked
 * (`lianluo-wangluo: [zongxietiaoren]`). The checklist must apply to the task's unit.
 */
export const ChecklistTicksSchema = z
  .record(SlugSchema, z.array(SlugSchema))
  .describe('核查清单勾选情况：清单 id → 已勾选的条目 id 列表，如 lianluo-wangluo: [zongxietiaoren]');

/** One task a report speaks of. */
export const ReportTaskSchema = strictRecord({
  /** The task's id (a file name under content/tasks/): a task that reaches this unit. */
  task: refTo('tasks').describe('任务（填任务 id，即 content/tasks/ 下的文件名，不含扩展名）；须是本单位承担的任务（直接或经单位组）'),
  /** 完成情况: 未启动 | 推进中 | 已完成 | 申请销号. */
  state: oneOf(REPORT_STATES, '完成情况').describe(`完成情况：${REPORT_STATES.join('、')}`),
  /** 进展情况: what has been done. Required for 已完成 and 申请销号. */
  progress: PlainTextSchema.optional().describe('进展情况：已做了什么、成效如何；完成情况为“已完成”或“申请销号”时必填'),
  /** 存在问题. */
  problems: PlainTextSchema.optional().describe('存在问题（可选）'),
  /** 下步打算. */
  nextSteps: PlainTextSchema.optional().describe('下步打算（可选）'),
  /** 佐证材料: files beside the report, or links. */
  evidence: z.array(EvidenceSchema).default([]).describe('佐证材料（可选）：每项 title 加 file 或 url'),
  /** Optional: the ticks on the task's checklists as of the report's date. */
  checklist: ChecklistTicksSchema.optional(),
}).refine((task) => !STATES_NEEDING_PROGRESS.has(task.state) || task.progress !== undefined, {
  error: (issue) => `完成情况为“${String((issue.input as { state?: unknown }).state)}”时须填写 progress（进展情况：做了什么、成效如何）`,
  path: ['progress'],
});

/** content/reports/<unit-id>/<YYYY-MM-DD>.yaml — the unit and the date are the file's path. */
export const ReportSchema = strictRecord({
  /** 责任人: who in the unit answers for the report. */
  reporter: PlainTextSchema.optional().describe('责任人（可选），如“王某某”'),
  /** The sheet it was imported from (written by `npm run import`). */
  source: PlainTextSchema.optional().describe('导入来源：报送所依据的表格文件名（导入时自动填写）'),
  /** The tasks reported on, each once. */
  tasks: z
    .array(ReportTaskSchema)
    .min(1, { error: 'tasks 至少要有一项（本次报送的任务及其完成情况）' })
    .superRefine((tasks, context) => {
      const seen = new Set<string>();
      tasks.forEach((task, index) => {
        if (seen.has(task.task)) {
          context.addIssue({ code: 'custom', path: [index, 'task'], message: `任务 "${task.task}" 在本次报送中出现两次（请合并为一项）` });
        }
        seen.add(task.task);
      });
    })
    .describe('本次报送的任务，每个任务一项'),
});

export type EvidenceInput = z.input<typeof EvidenceSchema>;
export type Evidence = z.output<typeof EvidenceSchema>;
export type ReportTaskInput = z.input<typeof ReportTaskSchema>;
export type ReportTask = z.output<typeof ReportTaskSchema>;
export type ReportInput = z.input<typeof ReportSchema>;
export type Report = z.output<typeof ReportSchema>;

/** A report's unit and date, from its entry id `<unit>/<date>` (the file's path). */
export function reportKey(id: string): { unit: string; date: string } {
  const slash = id.indexOf('/');
  return { unit: id.slice(0, slash), date: id.slice(slash + 1) };
}

/** Where an evidence file of report `id` lies, from the project root. */
export function evidencePath(id: string, file: string): string {
  return `content/reports/${id}/${file}`;
}
