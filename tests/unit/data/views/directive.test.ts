import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { directivePage } from '~/data/views/directive';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());

describe('directivePage', () => {
  it('numbers the directive as the speech does and links it and its requirements to their paragraphs', () => {
    const view = directivePage(site, 'zhenggai');
    expect([view.heading, view.paragraph?.id]).toEqual(['一、要抓好整改', 'p2']);
    expect(view.requirements.map((requirement) => [requirement.id, requirement.title, requirement.paragraph?.id])).toEqual([['zicha', '完成自查', 'p2']]);
  });

  it('lists its tasks in the speech order and names, for search, the units and groups they name', () => {
    const view = directivePage(site, 'tongyi');
    expect(view.tasks.map((row) => row.id)).toEqual(['koujing', 'zhuanban', 'changqi']);
    expect(view.search).toEqual({ units: ['区甲局', '区乙局', '丙镇'], groups: [] });
  });

  it('refuses an unknown id', () => {
    expect(() => directivePage(site, 'nothing')).toThrow('directivePage: no entry "nothing"');
  });
});
