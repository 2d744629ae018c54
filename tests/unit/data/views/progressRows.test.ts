import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { progressRow, shortText } from '~/data/views/progressRows';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());
const row = (task: string, unit: string, today = '2022-05-20') => progressRow(site, site.progress.of(task, unit)!, today);

describe('progressRow', () => {
  it('shows a unit’s state, last report, 进展情况 and evidence, with 逾期 on the given day', () => {
    expect(row('taizhang', 'a')).toEqual({
      task: 'taizhang',
      title: '报送台账',
      unit: 'a',
      role: '牵头',
      label: 'underway',
      state: '推进中',
      decision: undefined,
      lastReported: { date: '2022-05-15', text: '2022年5月15日', path: 'reports/a/#d2022-05-15' },
      progress: { text: '台账已整理一半。', cut: false },
      evidence: [],
      due: '2022-05-24',
      signedOff: false,
      overdue: 0,
    });
    expect(row('taizhang', 'a', '2022-05-27').overdue).toBe(3);
  });

  it('says the office’s sign-off, links the evidence file, and is never overdue once signed off', () => {
    const koujing = row('koujing', 'a', '2022-06-05');
    expect([koujing.state, koujing.decision, koujing.evidence, koujing.overdue]).toEqual([
      '已销号',
      '2022年5月16日同意销号：经核查，口径统一。',
      [{ title: '口径清单', path: 'reports/a/2022-05-15/koujing.pdf', external: false }],
      0,
    ]);
  });

  it('names a unit reached through a group as a member, and one that has not reported as such', () => {
    const zicha = row('zicha', 'c');
    expect([zicha.role, zicha.state, zicha.lastReported, zicha.progress]).toEqual(['作为“各单位”成员落实', '尚未报送', undefined, undefined]);
  });
});

describe('shortText', () => {
  it('cuts at a number of characters, not UTF-16 units', () => {
    expect([shortText('一二三四', 4), shortText('一二三四五', 4), shortText('𠀀𠀀𠀀', 2)]).toEqual([
      { text: '一二三四', cut: false },
      { text: '一二三四…', cut: true },
      { text: '𠀀𠀀…', cut: true },
    ]);
  });
});
