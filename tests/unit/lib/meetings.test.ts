/** Meetings in time and their short names (src/lib/meetings.ts). */
import { describe, expect, it } from 'vitest';
import { meetingShortTitle, meetingsInOrder } from '~/lib/meetings';

const meeting = (id: string, date: string | null) => ({ id, data: { date } });

describe('meetingsInOrder', () => {
  it('puts the meetings oldest first, an undated record before every dated one', () => {
    const given = [meeting('tuijin', '2022-07-15'), meeting('huitou', '2022-09-01'), meeting('anpai', null), meeting('fankui', '2022-06-20')];
    expect(meetingsInOrder(given).map((entry) => entry.id)).toEqual(['anpai', 'fankui', 'tuijin', 'huitou']);
    // The list given is left as it was.
    expect(given.map((entry) => entry.id)).toEqual(['tuijin', 'huitou', 'anpai', 'fankui']);
  });

  it('keeps the order given for meetings on the same day, and for undated ones', () => {
    const given = [meeting('b', '2022-07-15'), meeting('z', null), meeting('a', '2022-07-15'), meeting('y', null)];
    expect(meetingsInOrder(given).map((entry) => entry.id)).toEqual(['z', 'y', 'b', 'a']);
  });
});

describe('meetingShortTitle', () => {
  it('takes the meeting out of a speech\'s title', () => {
    expect(meetingShortTitle('区委书记在迎接省环保督察工作安排会议上的主持致辞')).toBe('迎接省环保督察工作安排会议');
    expect(meetingShortTitle('区长在全区省环保督察整改推进会上的讲话')).toBe('全区省环保督察整改推进会');
  });

  it('keeps a title of another form whole', () => {
    expect(meetingShortTitle('整改推进会会议纪要')).toBe('整改推进会会议纪要');
  });
});
