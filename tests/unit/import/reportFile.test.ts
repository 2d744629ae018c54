/**
 * What an import writes (src/import/reportFile.ts): merged with the file of the same unit and day,
 * in the unit's order, the same bytes for the same import, and YAML that reads back as written.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { mergeReport, reportFilePath, reportYaml } from '~/import/reportFile';
import { ReportSchema, type ReportInput } from '~/schemas/report';

const ORDER = ['zicha', 'taizhang', 'zhenggai', 'koujing'];

const existing: ReportInput = {
  reporter: '王某某',
  source: '区甲局-任务分解表.xlsx',
  tasks: [
    { task: 'koujing', state: '推进中', progress: '口径初定。', problems: '意见未齐。', evidence: [{ title: '会议纪要', file: 'jiyao.pdf' }], checklist: { taizhang: ['zhenshi'], zhenban: ['chengli'] } },
    { task: 'zicha', state: '推进中', progress: '方案已印发。' },
  ],
};

describe('mergeReport', () => {
  it('writes a new report in the unit’s order', () => {
    const merged = mergeReport(undefined, { reporter: '李某某', source: 'a.xlsx', tasks: [{ task: 'koujing', words: { state: '未启动' } }, { task: 'zicha', words: { state: '推进中', progress: '开展中。' } }] }, ORDER);
    expect(merged).toEqual({
      report: { reporter: '李某某', source: 'a.xlsx', tasks: [{ task: 'zicha', state: '推进中', progress: '开展中。' }, { task: 'koujing', state: '未启动' }] },
      changed: [
        { task: 'zicha', before: undefined, after: '推进中' },
        { task: 'koujing', before: undefined, after: '未启动' },
      ],
      same: [],
      kept: [],
    });
  });

  it('gives a task the unit’s new words, emptying what it emptied, keeping evidence; keeps tasks it does not speak of', () => {
    const merged = mergeReport(existing, { source: 'b.csv', tasks: [{ task: 'koujing', words: { state: '申请销号', progress: '口径已统一。' } }, { task: 'taizhang', words: { state: '推进中' } }] }, ORDER);
    expect(merged.report).toEqual({
      reporter: '王某某',
      source: '区甲局-任务分解表.xlsx、b.csv',
      tasks: [
        { task: 'zicha', state: '推进中', progress: '方案已印发。' },
        { task: 'taizhang', state: '推进中' },
        { task: 'koujing', state: '申请销号', progress: '口径已统一。', evidence: [{ title: '会议纪要', file: 'jiyao.pdf' }], checklist: { taizhang: ['zhenshi'], zhenban: ['chengli'] } },
      ],
    });
    expect([merged.changed, merged.same, merged.kept]).toEqual([
      [
        { task: 'taizhang', before: undefined, after: '推进中' },
        { task: 'koujing', before: '推进中', after: '申请销号' },
      ],
      [],
      ['zicha'],
    ]);
  });

  it('replaces the ticks of the checklists imported, and enters a task with ticks only in the state they show', () => {
    const merged = mergeReport(existing, { source: 'c.csv', tasks: [{ task: 'koujing', checklist: { taizhang: [] }, stateIfNew: '未启动' }, { task: 'zhenggai', checklist: { taizhang: ['koujing'] }, stateIfNew: '推进中' }] }, ORDER);
    expect(merged.report.tasks.find((task) => task.task === 'koujing')).toEqual({ ...existing.tasks[0], checklist: { taizhang: [], zhenban: ['chengli'] } });
    expect(merged.report.tasks.find((task) => task.task === 'zhenggai')).toEqual({ task: 'zhenggai', state: '推进中', checklist: { taizhang: ['koujing'] } });
  });

  it('changes nothing when the import says what the file says', () => {
    const merged = mergeReport(existing, { source: '区甲局-任务分解表.xlsx', tasks: [{ task: 'zicha', words: { state: '推进中', progress: '方案已印发。' } }] }, ORDER);
    expect([merged.changed, merged.same, merged.kept]).toEqual([[], ['zicha'], ['koujing']]);
    expect(reportYaml(mergeReport(merged.report, { source: '区甲局-任务分解表.xlsx', tasks: [] }, ORDER).report)).toBe(reportYaml(merged.report));
  });
});

describe('reportYaml', () => {
  it('reads back as written, whatever the text holds, and passes the schema', () => {
    const report: ReportInput = {
      reporter: 'true',
      source: '- 1: #2.xlsx',
      tasks: [{ task: 'zicha', state: '推进中', progress: '第一行：已完成\n第二行 # 不是注释\n', problems: '2022-05-20', nextSteps: '"引号" \'单引号\' null' }],
    };
    const text = reportYaml(report);
    expect(yaml.load(text, { schema: yaml.CORE_SCHEMA })).toEqual(report);
    expect(ReportSchema.safeParse(yaml.load(text, { schema: yaml.CORE_SCHEMA })).success).toBe(true);
    expect(reportFilePath('a', '2022-05-20')).toBe('content/reports/a/2022-05-20.yaml');
  });
});
