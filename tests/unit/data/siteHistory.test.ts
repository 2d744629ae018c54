/**
 * The history part of the site index (src/data/siteHistory.ts) on a site that gained a second
 * meeting and two new 街道: a unit's changes start with the publication that added it.
 */
import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { changesPage, unitChanges } from '~/data/views/changes';
import { twoMeetingEntries } from './twoMeetings';

const site = indexSite(twoMeetingEntries());
/** A unit's changes as date, action and entry, newest first. */
const changesOf = (unit: string) => site.history.changesByUnit.get(unit)?.map((change) => `${change.commit.date} ${change.status} ${change.entry.collection}/${change.entry.id}`);

describe('a unit’s changes start when the unit exists', () => {
  it('credits a new 街道 with the publication that added it and later ones, not with older changes to tasks that reach it today', () => {
    // 完成自查 reaches 丁街道 today (各单位 → 各街道 → 丁街道); it was started on 6月1日, before 丁街道 existed.
    expect(changesOf('d')).toEqual([
      '2022-07-20 modified tasks/zicha',
      '2022-07-15 added departments/d',
      '2022-07-15 added departments/jiedao',
      '2022-07-15 modified departments/all',
      '2022-07-15 added tasks/tuijin',
    ]);
    expect(changesOf('jiedao')).toEqual(['2022-07-20 modified tasks/zicha', '2022-07-15 added departments/jiedao', '2022-07-15 modified departments/all']);
  });

  it('keeps every change for a unit that existed before the recent publications', () => {
    expect(changesOf('c')).toEqual([
      '2022-07-20 modified tasks/zicha',
      '2022-07-15 modified departments/all',
      '2022-06-01 modified tasks/zicha',
      '2022-05-12 added departments/c',
    ]);
  });

  it('leaves the new units off the older change itself, and out of the counts per unit', () => {
    const started = site.history.changes.find((change) => change.commit.hash === 'c1')!;
    expect([...started.units].sort()).toEqual(['a', 'all', 'b', 'bumen', 'c']);
    const done = site.history.changes.find((change) => change.commit.hash === 'c3')!;
    expect([...done.units].sort()).toEqual(['a', 'all', 'b', 'bumen', 'c', 'd', 'e', 'jiedao']);
    expect(changesPage(site).units.filter(({ id }) => id === 'd' || id === 'e')).toEqual([
      { id: 'd', count: 5 },
      { id: 'e', count: 4 },
    ]);
    expect(unitChanges(site, 'e').total).toBe(4);
  });
});
