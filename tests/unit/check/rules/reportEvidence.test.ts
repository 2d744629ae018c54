import { describe, expect, it } from 'vitest';
import { reportEvidence } from '~/check/rules/reportEvidence';
import { reporting } from '~/config';
import { meeting, problems, task, unit } from '../inlineSite';

const base = { meetings: { m: meeting() }, departments: { a: unit() }, tasks: { t: task() } };
const report = (...files: string[]) => ({
  tasks: [{ task: 't', state: '推进中', progress: '附材料。', evidence: [...files.map((file) => ({ title: '材料', file })), { title: '动态', url: 'https://intranet.example/a' }] }],
});

describe('reportEvidence', () => {
  it('accepts files beside the report within the limit, and links', () => {
    expect(problems(reportEvidence, { ...base, reports: { 'a/2022-05-20': report('mingdan.pdf') } }, { attachments: { 'content/reports/a/2022-05-20.yaml': { 'mingdan.pdf': reporting.maxEvidenceBytes } } })).toEqual([]);
  });

  it('names a file missing or too large, and a file the report does not name', () => {
    expect(problems(reportEvidence, { ...base, reports: { 'a/2022-05-20': report('ming-dan.pdf', 'scan.pdf'), 'a/2022-05-21': report('a.pdf') } }, {
      attachments: { 'content/reports/a/2022-05-20.yaml': { 'mingdan.pdf': 10, 'scan.pdf': reporting.maxEvidenceBytes + 1 } },
    })).toEqual([
      'content/reports/a/2022-05-20.yaml: content/reports/a/2022-05-20/ 中的文件 "mingdan.pdf" 没有列在任何任务的 evidence 中（请列出，或删除该文件）',
      'content/reports/a/2022-05-20.yaml: tasks[0].evidence[0].file: 佐证材料 "ming-dan.pdf" 不存在（文件应放在 content/reports/a/2022-05-20/ 下；是否想写 "mingdan.pdf"？）',
      'content/reports/a/2022-05-20.yaml: tasks[0].evidence[1].file: 佐证材料 "scan.pdf" 过大（5121 KB，上限 5120 KB）：请压缩后再放入，或存放在内网后改用 url 链接',
      'content/reports/a/2022-05-21.yaml: tasks[0].evidence[0].file: 佐证材料 "a.pdf" 不存在（文件应放在 content/reports/a/2022-05-21/ 下；该目录不存在或为空）',
    ]);
  });
});
