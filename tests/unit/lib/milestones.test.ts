/** The next milestone, for the home page's countdown (src/lib/milestones.ts). */
import { describe, expect, it } from 'vitest';
import { nextMilestone } from '~/lib/milestones';

describe('nextMilestone', () => {
  it('is the earliest dated milestone from today on, or none', () => {
    const milestones = [
      { id: 'a', name: '进驻', date: '2022-05-25' },
      { id: 'b', name: '下沉', date: null },
      { id: 'c', name: '反馈', date: '2022-05-20' },
    ];
    expect(nextMilestone(milestones, '2022-05-18')?.id).toBe('c');
    expect(nextMilestone(milestones, '2022-05-20')?.id).toBe('c');
    expect(nextMilestone(milestones, '2022-05-21')?.id).toBe('a');
    expect(nextMilestone(milestones, '2022-06-01')).toBeUndefined();
  });
});
