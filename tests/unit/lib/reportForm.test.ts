/**
 * The 报送 page's report (src/lib/reportForm.ts): what it keeps on the device, how two copies
 * merge, what it refuses to download, and the CSV it downloads, read back by the importer as the
 * office reads it (src/import/report.ts) on the fixture site.
 */
import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { readCsv } from '~/import/csv';
import { FIELDS, HEADERS } from '~/import/format';
import { importReportSheet } from '~/import/report';
import { emptyReport, formProblems, isFilled, mergeReports, parseReport, reportFormCsv, reportKey, serializeReport, type FormReport, type FormTask, type FormWords } from '~/lib/reportForm';
import { t } from '~/i18n/t';
import { fixtureEntries } from '../data/fixture';

const WORDS: FormWords = { ...HEADERS, ...FIELDS, noState: t('reportForm.noState'), noProgress: t('reportForm.noProgress'), noDate: t('reportForm.noDate') };

const task = (number: number, title: string, id: string, fields: Partial<FormTask> = {}): [string, FormTask] => [
  id,
  { state: '', progress: '', problems: '', nextSteps: '', number, title, link: `https://duban.example.invalid/ducha/tasks/${id}/`, t: 1, ...fields },
];

const report = (tasks: [string, FormTask][], fields: Partial<FormReport> = {}): FormReport => ({ reporter: '王某某', date: '2022-05-20', t: 1, tasks: new Map(tasks), ...fields });

describe('storage', () => {
  it('reads back what it writes, and anything else as an empty report', () => {
    const saved = report([task(2, '报送台账', 'taizhang', { state: '推进中', progress: '已收集。' }), task(1, '原型', '__proto__', { state: '未启动' })]);
    expect(parseReport(serializeReport(saved))).toEqual(saved);
    for (const raw of [null, '', '{', '[]', '{"v":2,"tasks":{}}', '{"v":1,"tasks":{"a":3}}']) expect(parseReport(raw).tasks.size, String(raw)).toBe(0);
    expect(reportKey('a')).toBe('duban.report.v1:a');
  });

  it('merges two copies task by task, the newer edit winning', () => {
    const older = report([task(1, '完成自查', 'zicha', { state: '推进中', t: 5 }), task(2, '报送台账', 'taizhang', { state: '未启动', t: 9 })], { reporter: '甲', t: 5 });
    const newer = report([task(1, '完成自查', 'zicha', { state: '已完成', progress: '完毕。', t: 7 }), task(2, '报送台账', 'taizhang', { state: '推进中', t: 3 })], { reporter: '乙', t: 2 });
    const merged = mergeReports(older, newer);
    expect([merged.reporter, merged.tasks.get('zicha')!.state, merged.tasks.get('taizhang')!.state]).toEqual(['甲', '已完成', '未启动']);
    expect(mergeReports(emptyReport(), older)).toEqual(older);
  });
});

describe('before downloading', () => {
  it('asks for a state wherever anything is written, 进展情况 for a claim of completion, and a date', () => {
    const filled = report([task(3, '完成整改', 'zhenggai', { problems: '人手不足。' }), task(1, '完成自查', 'zicha', { state: '申请销号', progress: ' ' }), task(2, '报送台账', 'taizhang')], { date: '' });
    expect(formProblems(filled, WORDS)).toEqual(['请填写填报日期', '第1项“完成自查”：完成情况为“申请销号”时须填写进展情况', '第3项“完成整改”：请选择完成情况']);
    expect([isFilled(filled.tasks.get('taizhang')!), isFilled(filled.tasks.get('zhenggai')!)]).toEqual([false, true]);
  });
});

describe('the CSV', () => {
  it('is read back by the importer as the unit wrote it', () => {
    const filled = report([
      task(4, '统一口径', 'koujing', { state: '申请销号', progress: '口径已统一，\n"印发"通知。' }),
      task(1, '完成自查', 'zicha', { state: '推进中', nextSteps: '=下周完成' }),
      task(2, '报送台账', 'taizhang'),
    ]);
    const csv = reportFormCsv('区甲局', filled, WORDS);
    expect(csv.split('\r\n').slice(0, 4)).toEqual(['\uFEFF填报单位：,区甲局', '填报日期：,2022-05-20', '', '序号,任务,完成情况,进展情况,存在问题,下步打算,责任人,链接']);
    const read = readCsv(new TextEncoder().encode(csv), 100);
    if (!read.ok) throw new Error(read.message);
    expect(importReportSheet([read.table], indexSite(fixtureEntries()), { today: '2022-05-25' })).toEqual({
      unit: 'a',
      date: '2022-05-20',
      tasks: [
        { task: 'zicha', words: { state: '推进中', progress: undefined, problems: undefined, nextSteps: '=下周完成' } },
        { task: 'koujing', words: { state: '申请销号', progress: '口径已统一，\n"印发"通知。', problems: undefined, nextSteps: undefined } },
      ],
      reporter: '王某某',
      unfilled: [],
      problems: [],
      notes: [],
    });
  });
});
