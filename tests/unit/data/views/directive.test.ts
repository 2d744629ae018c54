import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { directivePage } from '~/data/views/directive';
import { fixtureEntries } from '../fixture';
import { withSecondMeeting } from '../secondMeeting';

const site = indexSite(fixtureEntries());

describe('directivePage', () => {
  it('numbers the directive as the speech does and links it and its requirements to their paragraphs', () => {
    const view = directivePage(site, 'zhenggai');
    expect([view.heading, view.paragraph?.id]).toEqual(['一、要抓好整改', 'p2']);
    expect(view.requirements.map((requirement) => [requirement.id, requirement.title, requirement.paragraph?.id])).toEqual([['zicha', '完成自查', 'p2']]);
  });

  it('names the unit under whose command the work is done, with its words and their paragraph', () => {
    const entries = fixtureEntries();
    const command = { unit: 'all', quote: '各单位要在5月19日前完成自查' };
    const directives = entries.directives.map((entry) => (entry.id === 'zhenggai' ? { ...entry, data: { ...entry.data, command } } : entry));
    const view = directivePage(indexSite({ ...entries, directives }), 'zhenggai');
    expect(view.command).toEqual({ ...command, paragraph: expect.objectContaining({ id: 'p2' }) });
    expect(directivePage(site, 'zhenggai').command).toBeUndefined();
  });

  it('lists its tasks in the speech order and names, for search, the units and groups they name', () => {
    const view = directivePage(site, 'tongyi');
    expect(view.tasks.map((row) => row.id)).toEqual(['koujing', 'zhuanban', 'changqi']);
    expect(view.search).toEqual({ units: ['区甲局', '区乙局', '丙镇'], groups: [] });
  });

  it('names the meeting it was given at, whose numbering it follows', () => {
    const two = indexSite(withSecondMeeting());
    const second = directivePage(two, 'dubang');
    expect([second.heading, second.meeting.id, second.meeting.title, second.meeting.dateText]).toEqual(['二、要严格督办', 'm2', '区长在整改推进会上的讲话', '2022年7月15日']);
    const first = directivePage(two, 'tongyi');
    expect([first.heading, first.meeting.title]).toEqual(['二、要统一口径', '测试会议']);
  });

  it('refuses an unknown id', () => {
    expect(() => directivePage(site, 'nothing')).toThrow('directivePage: no entry "nothing"');
  });
});
