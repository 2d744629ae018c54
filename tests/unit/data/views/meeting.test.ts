import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { meetingPage } from '~/data/views/meeting';
import { milestonesPage } from '~/data/views/milestones';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());

describe('meetingPage', () => {
  it('numbers the transcript and lists the paragraphs no task reflects, with why', () => {
    const view = meetingPage(site, 'm');
    expect(view.paragraphs.map((paragraph) => paragraph.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(view.paragraphs[3]?.omitted).toBe(true);
    expect(view.unreflected).toEqual([{ paragraph: 'p1', why: '称呼语。' }]);
  });

  it('refuses an unknown id', () => {
    expect(() => meetingPage(site, 'nothing')).toThrow('meetingPage: no entry "nothing"');
  });
});

describe('milestonesPage', () => {
  it('lists the milestones in the index order, each at the paragraph that names it', () => {
    expect(milestonesPage(site).rows.map(({ milestone, paragraph }) => [milestone.id, paragraph?.id])).toEqual([
      ['jinzhu', 'p2'],
      ['xiachen', 'p2'],
      ['changqi', 'p3'],
    ]);
  });
});
