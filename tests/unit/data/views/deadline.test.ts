import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { proseDate as longDate } from '~/data/build';
import { deadlineView, monthDay } from '~/data/views/deadline';
import { fixtureEntries } from '../fixture';
import { withSecondMeeting } from '../secondMeeting';

const site = indexSite(fixtureEntries());
const view = (id: string) => {
  const task = site.content.taskById.get(id)!;
  return deadlineView(site.content, task.data.deadline, site.relations.deadlines.get(id));
};
const none = { date: null, inferred: false };

describe('deadlineView', () => {
  it('gives a confirmed date in prose, with the date its due state counts from', () => {
    expect(view('taizhang')).toEqual({ date: '2022-05-24', dateText: '2022年5月24日', pending: undefined, due: '2022-05-24', waitsFor: undefined, kindLabel: undefined, meeting: undefined, undatedNote: undefined });
  });

  it('shows no guessed year and no due state while the year waits for confirmation', () => {
    expect(view('zicha')).toEqual({ date: null, dateText: undefined, pending: '年份待确认', due: null, waitsFor: undefined, kindLabel: undefined, meeting: undefined, undatedNote: undefined });
  });

  it('shows a milestone date that is only inferred, saying it waits for confirmation, with no due state', () => {
    const deadline = { kind: 'milestone', milestone: 'jinzhu', offsetDays: 0, text: '进驻前' } as const;
    expect(deadlineView(site.content, deadline, { date: '2022-05-25', inferred: true })).toMatchObject({ date: '2022-05-25', dateText: '2022年5月25日', pending: '日期待确认', due: null });
  });

  it('names the undated milestone a deadline waits for', () => {
    expect(view('zhenggai')).toEqual({ date: null, dateText: undefined, pending: undefined, due: null, waitsFor: { id: 'xiachen', name: '下沉督察' }, kindLabel: undefined, meeting: undefined, undatedNote: undefined });
  });

  it('adds the kind to an undated deadline only where the wording does not say it already', () => {
    expect([view('changqi').kindLabel, view('changqi').undatedNote]).toEqual(['未规定时限', '未规定时限']);
    expect(deadlineView(site.content, { kind: 'unspecified', text: '讲话未规定时限' }, none).kindLabel).toBeUndefined();
    expect(deadlineView(site.content, { kind: 'immediate', text: '立即' }, none).kindLabel).toBe('会后立即');
    expect(deadlineView(site.content, { kind: 'start', text: '今天会议以后' }, none)).toMatchObject({ kindLabel: '即行开展，讲话未规定完成时限', due: null });
    // 会后立即 with the meeting's date: the date says it all.
    expect(view('zhuanban')).toMatchObject({ date: '2022-05-10', due: '2022-05-10', kindLabel: undefined });
  });
});

describe('deadlineView with several meetings', () => {
  const two = indexSite(withSecondMeeting());
  const of = (id: string, meeting?: string) => {
    const task = two.content.taskById.get(id)!;
    return deadlineView(two.content, task.data.deadline, two.relations.deadlines.get(id), meeting ?? task.data.source.meeting);
  };

  it('names the meeting 会后立即 and 今天会议以后 count from, beside the date or the kind', () => {
    expect(of('tuijin')).toMatchObject({ date: '2022-07-15', dateText: '2022年7月15日', meeting: '整改推进会', undatedNote: undefined });
    expect(of('zhuanban')).toMatchObject({ date: '2022-05-10', meeting: '测试会议', undatedNote: undefined });
    expect(of('zhoubao')).toMatchObject({ date: null, meeting: '整改推进会', undatedNote: '整改推进会，即行开展，讲话未规定完成时限' });
  });

  it('names no meeting for a deadline of its own, nor where the meeting is not given, nor on a one-meeting site', () => {
    expect(of('wancheng')).toMatchObject({ meeting: undefined, undatedNote: undefined });
    expect(of('changqi')).toMatchObject({ meeting: undefined, undatedNote: '未规定时限' });
    const task = two.content.taskById.get('tuijin')!;
    expect(deadlineView(two.content, task.data.deadline, two.relations.deadlines.get('tuijin')).meeting).toBeUndefined();
    expect(deadlineView(site.content, { kind: 'immediate', text: '立即' }, none, 'm')).toMatchObject({ meeting: undefined, undatedNote: '会后立即' });
  });

  it('says the meeting of an undated record with the kind, in one bracket', () => {
    const undated = indexSite(withSecondMeeting(null));
    const task = undated.content.taskById.get('tuijin')!;
    expect(deadlineView(undated.content, task.data.deadline, undated.relations.deadlines.get('tuijin'), 'm2')).toMatchObject({ date: null, undatedNote: '整改推进会' });
  });
});

describe('dates in prose', () => {
  it('writes 2022年5月9日, and 5月9日 without its year', () => {
    expect([longDate('2022-05-09'), longDate('2022-12-31'), monthDay('2022-05-09')]).toEqual(['2022年5月9日', '2022年12月31日', '5月9日']);
  });
});
