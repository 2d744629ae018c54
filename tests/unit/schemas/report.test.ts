/** A unit's progress report, content/reports/<unit>/<date>.yaml (src/schemas/report.ts). */
import { describe, expect, it } from 'vitest';
import { editorErrorMap } from '~/schemas/messages';
import { REPORT_STATES, ReportSchema } from '~/schemas/report';

const report = {
  reporter: '王某某',
  tasks: [{ task: 'choudiao-zhudian', state: '推进中', progress: '已抽调3名同志。' }],
};

/** What `npm run check` says of `data`: one `path: message` line per issue. */
const issues = (data: unknown): string[] =>
  ReportSchema.safeParse(data, { error: editorErrorMap }).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('ReportSchema', () => {
  it('takes the format the importer writes, evidence empty by default', () => {
    expect(REPORT_STATES).toEqual(['未启动', '推进中', '已完成', '申请销号']);
    expect(ReportSchema.parse(report)).toEqual({ reporter: '王某某', tasks: [{ task: 'choudiao-zhudian', state: '推进中', progress: '已抽调3名同志。', evidence: [] }] });
    const full = {
      source: '区住建局-任务分解表.xlsx',
      tasks: [{
        task: 'choudiao-zhudian',
        state: '申请销号',
        progress: '已完成。',
        problems: '无。',
        nextSteps: '继续坚持。',
        evidence: [{ title: '名单', file: '抽调人员名单.pdf' }, { title: '工作动态', url: 'https://intranet.example/a' }],
        checklist: { 'lianluo-wangluo': ['zongxietiaoren'] },
      }],
    };
    expect(ReportSchema.parse(full)).toEqual(full);
  });

  it('needs 进展情况 for a task claimed done, and each task once', () => {
    expect(issues({ tasks: [{ task: 'a', state: '已完成' }, { task: 'b', state: '申请销号', progress: '完成。' }, { task: 'b', state: '推进中' }] })).toEqual([
      'tasks.0.progress: 完成情况为“已完成”时须填写 progress（进展情况：做了什么、成效如何）',
      'tasks.2.task: 任务 "b" 在本次报送中出现两次（请合并为一项）',
    ]);
  });

  it('names a near-miss state, an unknown field, and an empty list', () => {
    expect(issues({ tasks: [{ task: 'a', state: '完成', progess: 'x' }] })).toEqual([
      'tasks.0.state: 完成情况 "完成" 不在可选值中（可选：未启动、推进中、已完成、申请销号；是否想写 "已完成"？）',
      'tasks.0: 未知字段 "progess"（是否想写 "progress"？）',
    ]);
    expect(issues({ tasks: [] })).toEqual(['tasks: tasks 至少要有一项（本次报送的任务及其完成情况）']);
  });

  it('takes evidence as a file beside the report or a web address, never both or a path', () => {
    const evidence = (item: Record<string, unknown>) => issues({ tasks: [{ task: 'a', state: '推进中', evidence: [item] }] });
    expect(evidence({ title: '名单', file: '../../secret.pdf' })).toEqual([
      'tasks.0.evidence.0.file: 文件名 "../../secret.pdf" 无效：只写文件名，不带目录（文件放在与报送文件同名的目录下），不以“.”开头，不含斜杠、冒号、星号、问号、引号、尖括号、竖线等符号',
    ]);
    expect(evidence({ title: '名单', url: 'ftp://x.example/a' })).toEqual(['tasks.0.evidence.0.url: 链接 "ftp://x.example/a" 无效：须为完整的网址，以 http:// 或 https:// 开头']);
    expect(evidence({ title: '名单' })).toEqual(['tasks.0.evidence.0.file: 佐证材料须填写 file（报送目录下的文件名）或 url（网址）二者之一，且只填一个']);
    expect(evidence({ title: '名单', file: 'a.pdf', url: 'https://x.example/a' })).toEqual(['tasks.0.evidence.0.file: 佐证材料须填写 file（报送目录下的文件名）或 url（网址）二者之一，且只填一个']);
  });
});
