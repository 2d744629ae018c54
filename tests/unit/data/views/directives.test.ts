import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { directiveIndex } from '~/data/views/directives';
import { fixtureEntries } from '../fixture';
import { withSecondMeeting } from '../secondMeeting';

const outline = (groups: ReturnType<typeof directiveIndex>) =>
  groups.map((group) => [group.meeting.title, group.meeting.dateText, group.directives.map((directive) => [directive.id, directive.heading, directive.taskCount])]);

describe('directiveIndex', () => {
  it('lists the directives under their meeting, numbered as the speech numbers them', () => {
    expect(outline(directiveIndex(indexSite(fixtureEntries())))).toEqual([
      ['测试会议', '2022年5月10日', [['zhenggai', '一、要抓好整改', 3], ['tongyi', '二、要统一口径', 3]]],
    ]);
  });

  it('with several meetings, groups them by meeting, oldest first, so two 二、 are never side by side unnamed', () => {
    const groups = directiveIndex(indexSite(withSecondMeeting()));
    expect(outline(groups)).toEqual([
      ['测试会议', '2022年5月10日', [['zhenggai', '一、要抓好整改', 3], ['tongyi', '二、要统一口径', 3]]],
      ['区长在整改推进会上的讲话', '2022年7月15日', [['jiakuai', '一、要加快整改', 2], ['dubang', '二、要严格督办', 1]]],
    ]);
    expect(groups[1]!.directives[0]!.summary).toBe('加快整改。');
  });

  it('leaves out a meeting that gave no directives', () => {
    const entries = withSecondMeeting();
    const directives = entries.directives.filter((directive) => directive.data.meeting !== 'm2');
    const tasks = entries.tasks.filter((task) => task.data.source.meeting !== 'm2');
    expect(directiveIndex(indexSite({ ...entries, directives, tasks })).map((group) => group.meeting.id)).toEqual(['m']);
  });
});
