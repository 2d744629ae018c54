import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { meetingDateText, meetingIndex, meetingLabel, meetingShort, severalMeetings } from '~/data/views/meetings';
import { fixtureEntries } from '../fixture';
import { withSecondMeeting } from '../secondMeeting';

describe('meetingIndex', () => {
  it('lists every meeting oldest first, with its date, host and what came from it', () => {
    expect(meetingIndex(indexSite(withSecondMeeting()))).toEqual([
      { id: 'm', title: '测试会议', date: '2022-05-10', short: '测试会议', dateText: '2022年5月10日', host: '区委书记', directiveCount: 2, taskCount: 6, checklistCount: 2 },
      { id: 'm2', title: '区长在整改推进会上的讲话', date: '2022-07-15', short: '整改推进会', dateText: '2022年7月15日', host: '区长', directiveCount: 2, taskCount: 3, checklistCount: 1 },
    ]);
  });

  it('puts a record without a date first, saying the record gives none', () => {
    expect(meetingIndex(indexSite(withSecondMeeting(null))).map((meeting) => [meeting.id, meeting.dateText])).toEqual([
      ['m2', '日期原稿未载明'],
      ['m', '2022年5月10日'],
    ]);
  });
});

describe('the facts other pages name a meeting by', () => {
  it('knows when a meeting must be named, and names it short', () => {
    const one = indexSite(fixtureEntries());
    const two = indexSite(withSecondMeeting());
    expect([severalMeetings(one.content), severalMeetings(two.content)]).toEqual([false, true]);
    expect([meetingShort(two.content, 'm2'), meetingShort(two.content, 'm'), meetingShort(two.content, 'nothing')]).toEqual(['整改推进会', '测试会议', 'nothing']);
    expect(meetingDateText(two.content.meetingById.get('m2')!)).toBe('2022年7月15日');
  });

  it('labels a meeting for task lists and exports by its title, with its date as prose writes it when the record gives one', () => {
    expect([meetingLabel(indexSite(withSecondMeeting()).content, 'm2'), meetingLabel(indexSite(withSecondMeeting(null)).content, 'm2')]).toEqual([
      { id: 'm2', title: '区长在整改推进会上的讲话', date: '2022-07-15', dateText: '2022年7月15日' },
      { id: 'm2', title: '区长在整改推进会上的讲话', date: null, dateText: undefined },
    ]);
  });
});
