/** The progress part of the site index (src/data/progress.ts), on the inline fixture's reports and sign-off. */
import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { fixtureEntries } from './fixture';

const { progress } = indexSite(fixtureEntries());

describe('site.progress', () => {
  it('lists the units that report on a task, leads first, with how the task reaches them', () => {
    expect(progress.forTask('zhenggai').map(({ unit, role, via, state }) => ({ unit, role, via, state }))).toEqual([
      { unit: 'b', role: '牵头', via: 'bumen', state: null },
      { unit: 'a', role: '配合', via: undefined, state: null },
    ]);
    // c only supervises 成立专班 (督办): it does not report on it.
    expect(progress.forTask('zhuanban').map((cell) => cell.unit)).toEqual(['b']);
    // Within a role, in the site's order of units (by name: 丙镇, 区甲局, 区乙局).
    expect(progress.forTask('zicha').map((cell) => [cell.unit, cell.via])).toEqual([['c', 'all'], ['a', 'all'], ['b', 'all']]);
    expect(progress.forTask('nope')).toEqual([]);
  });

  it('gives each task and unit its state, last report, words, decision and confirmed deadline', () => {
    expect(progress.of('taizhang', 'a')).toEqual({
      task: 'taizhang',
      unit: 'a',
      role: '牵头',
      via: undefined,
      state: '推进中',
      lastReported: '2022-05-15',
      latest: {
        report: 'a/2022-05-15',
        line: { task: 'taizhang', state: '推进中', progress: '台账已整理一半。', problems: '部分资料缺失。', nextSteps: '5月20日前补齐。', evidence: [], checklist: { taizhang: ['zhenshi'] } },
      },
      signedOff: undefined,
      returned: undefined,
      due: '2022-05-24',
      history: [{ kind: 'report', date: '2022-05-15', state: '推进中', report: progress.of('taizhang', 'a')!.latest }],
    });
    const signed = progress.of('koujing', 'a')!;
    expect([signed.state, signed.lastReported, signed.signedOff, signed.due]).toEqual(['已销号', '2022-05-15', { date: '2022-05-16', note: '经核查，口径统一。' }, '2022-06-01']);
    expect(signed.history.map((step) => `${step.date} ${step.kind === 'report' ? step.state : step.decision}`)).toEqual(['2022-05-16 同意销号', '2022-05-15 申请销号']);
    expect(progress.of('taizhang', 'b')).toMatchObject({ state: null, lastReported: null, latest: undefined, history: [] });
    expect(progress.of('zhuanban', 'c')).toBeUndefined();
  });

  it('sums each task\'s status up from its units; 长期坚持 stays the task\'s own', () => {
    expect(['changqi', 'zhuanban', 'koujing', 'zhenggai', 'taizhang', 'zicha'].map((task) => progress.status(task))).toEqual(['长期坚持', '已完成', '已销号', '未开始', '进行中', '未开始']);
  });

  it('gives each unit its tasks, its reports newest first, and what the reporting cycle counts from', () => {
    const a = progress.forUnit('a');
    // In the site's order of tasks: by directive, then where the speech assigns them.
    expect(a.tasks.map((cell) => cell.task)).toEqual(['zicha', 'taizhang', 'zhenggai', 'koujing']);
    expect([a.reports.map((report) => report.id), a.lastReport, a.expected, a.since]).toEqual([['a/2022-05-15'], '2022-05-15', true, '2022-05-10']);
    const c = progress.forUnit('c');
    expect([c.tasks.map((cell) => cell.task), c.reports, c.lastReport, c.expected, c.since]).toEqual([['zicha', 'changqi'], [], null, true, '2022-05-10']);
    expect(progress.forUnit('bumen')).toEqual({ unit: 'bumen', tasks: [], reports: [], lastReport: null, expected: false, since: null });
    expect([progress.units, progress.cycleDays]).toEqual([['c', 'a', 'b'], 7]);
  });
});
