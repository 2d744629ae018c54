/** A task's state for a unit, and the reader's-date judgements (src/lib/progress.ts). */
import { describe, expect, it } from 'vitest';
import {
  currentProgress,
  inOrder,
  isOverdue,
  isUnreported,
  progressCounts,
  reportingUnits,
  reportsAfterSignOff,
  summaryStatus,
  type ProgressEvent,
} from '~/lib/progress';
import type { Role } from '~/schemas/responsibility';

type Event = ProgressEvent<string>;
const report = (date: string, state: '未启动' | '推进中' | '已完成' | '申请销号', name = date): Event => ({ kind: 'report', date, state, report: name });
const decision = (date: string, decision: '同意销号' | '退回', note?: string): Event => ({ kind: 'decision', date, decision, note });

describe('reportingUnits', () => {
  it('keeps the units that do the work: 牵头 and 配合, never a group itself', () => {
    const reached = new Map<string, Role>([['a', '牵头'], ['g', '牵头'], ['b', '配合'], ['c', '督办'], ['d', '审核']]);
    expect([...reportingUnits(reached, (id) => id === 'g')]).toEqual([['a', '牵头'], ['b', '配合']]);
  });
});

describe('currentProgress', () => {
  it('is nothing before the first report', () => {
    expect(currentProgress([])).toEqual({ state: null, latest: undefined, signedOff: undefined, returned: undefined });
  });

  it('takes the latest report, in date order whatever the order given', () => {
    const current = currentProgress([report('2022-05-20', '已完成'), report('2022-05-13', '推进中')]);
    expect([current.state, current.latest?.report]).toEqual(['已完成', '2022-05-20']);
  });

  it('is 已销号 once signed off, and the office decides after the report of the same day', () => {
    const current = currentProgress([decision('2022-05-20', '同意销号', '齐全。'), report('2022-05-20', '申请销号')]);
    expect(current).toMatchObject({ state: '已销号', signedOff: { date: '2022-05-20', note: '齐全。' }, returned: undefined });
  });

  it('goes back to 推进中 with the note when sent back, until the unit reports again', () => {
    const returned = [report('2022-05-13', '申请销号'), decision('2022-05-14', '退回', '缺名单。')];
    expect(currentProgress(returned)).toMatchObject({ state: '推进中', returned: { date: '2022-05-14', note: '缺名单。' }, signedOff: undefined });
    expect(currentProgress([...returned, report('2022-05-20', '申请销号')])).toMatchObject({ state: '申请销号', returned: undefined });
  });

  it('orders events by date, a report before a decision on one day', () => {
    expect(inOrder([decision('2022-05-20', '同意销号'), report('2022-05-20', '申请销号'), report('2022-05-13', '推进中')]).map((event) => event.kind)).toEqual(['report', 'report', 'decision']);
  });
});

describe('reportsAfterSignOff', () => {
  it('finds a report after a sign-off that stands, and none after a 退回 reopens the task', () => {
    const events = [report('2022-05-13', '申请销号'), decision('2022-05-16', '同意销号'), report('2022-05-16', '已完成', 'same day'), report('2022-05-20', '推进中', 'after')];
    expect(reportsAfterSignOff(events).map(({ event, signedOffOn }) => [event.report, signedOffOn])).toEqual([['after', '2022-05-16']]);
    expect(reportsAfterSignOff([...events, decision('2022-05-18', '退回', '重新办理。')])).toEqual([]);
  });
});

describe('summaryStatus', () => {
  it('sums up the units: 未开始, 进行中, 已完成 (all claim it), 已销号 (all signed off); 长期坚持 stays', () => {
    expect(summaryStatus(false, [])).toBe('未开始');
    expect(summaryStatus(false, [null, '未启动'])).toBe('未开始');
    expect(summaryStatus(false, [null, '推进中'])).toBe('进行中');
    expect(summaryStatus(false, ['已完成', '已销号'])).toBe('已完成');
    expect(summaryStatus(false, ['申请销号', null])).toBe('进行中');
    expect(summaryStatus(false, ['已销号', '已销号'])).toBe('已销号');
    expect(summaryStatus(true, ['已销号'])).toBe('长期坚持');
  });
});

describe('the reader\'s date', () => {
  it('is 逾期 past a confirmed deadline until the office signs off', () => {
    expect(isOverdue('2022-05-19', false, '2022-05-19')).toBe(false);
    expect(isOverdue('2022-05-19', false, '2022-05-20')).toBe(true);
    expect(isOverdue('2022-05-19', true, '2022-05-20')).toBe(false);
    expect(isOverdue(null, false, '2022-05-20')).toBe(false);
  });

  it('is 未报送 once the last report, or the start, is older than the cycle', () => {
    expect(isUnreported('2022-05-13', '2022-05-10', '2022-05-20', 7)).toBe(false);
    expect(isUnreported('2022-05-13', '2022-05-10', '2022-05-21', 7)).toBe(true);
    expect(isUnreported(null, '2022-05-10', '2022-05-17', 7)).toBe(false);
    expect(isUnreported(null, '2022-05-10', '2022-05-18', 7)).toBe(true);
    expect(isUnreported(null, null, '2030-01-01', 7)).toBe(false);
  });

  it('counts a unit\'s tasks for the 进度总览, overdue on top of the state', () => {
    const cells = [
      { state: '已销号' as const, due: '2022-05-01' },
      { state: '申请销号' as const, due: '2022-05-01' },
      { state: '已完成' as const, due: null },
      { state: '推进中' as const, due: '2022-06-01' },
      { state: null, due: '2022-05-01' },
      { state: '未启动' as const, due: null },
    ];
    expect(progressCounts(cells, '2022-05-20')).toEqual({ signedOff: 1, claimed: 2, underway: 1, notStarted: 2, overdue: 2 });
  });
});
