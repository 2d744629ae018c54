/** A unit's checklist progress as a text or CSV report (src/lib/progressReport.ts). */
import { describe, expect, it } from 'vitest';
import { textHash } from '~/lib/checklistProgress';
import { progressCsv, progressText, type ReportWords } from '~/lib/progressReport';

const items = [
  { id: 'a', text: '没有全面检查的不放过', hash: textHash('没有全面检查的不放过') },
  { id: 'b', text: '没有落实责任的不放过', hash: textHash('没有落实责任的不放过') },
];

const words: ReportWords = { unitLabel: '单位：', dateLabel: '日期：', done: '已完成', notDone: '未完成', stale: '内容已更新，请复核', noteLabel: '备注：', csvColumns: '清单,单位,序号,条目,状态,复核,备注,更新日期' };
const report = {
  checklist: '五个不放过',
  unit: '区公安分局',
  date: '2022-05-17',
  items: [
    { ...items[0]!, done: true, note: '=1+1', at: '2022-05-17', stale: false },
    { ...items[1]!, done: true, note: '含"引号",逗号\n换行', at: '2022-05-16', stale: true },
  ],
};

describe('reports', () => {
  it('summarise as plain text', () => {
    expect(progressText(report, words)).toBe(
      '五个不放过（2 / 2）\n单位：区公安分局　日期：2022-05-17\n\n1. [✓] 没有全面检查的不放过（已完成）\n   备注：=1+1\n2. [✓] 没有落实责任的不放过（已完成，内容已更新，请复核）\n   备注：含"引号",逗号\n换行\n',
    );
  });

  it('export a CSV with BOM, quoting and no live formulas', () => {
    const csv = progressCsv(report, words);
    expect(csv.startsWith('\uFEFF清单,单位,序号,条目,状态,复核,备注,更新日期\r\n')).toBe(true);
    expect(csv).toContain("\r\n五个不放过,区公安分局,1,没有全面检查的不放过,已完成,,'=1+1,2022-05-17\r\n");
    expect(csv).toContain('五个不放过,区公安分局,2,没有落实责任的不放过,已完成,内容已更新，请复核,"含""引号"",逗号\n换行",2022-05-16\r\n');
  });
});
