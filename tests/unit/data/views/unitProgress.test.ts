import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { unitPage } from '~/data/views/unit';
import { unitProgress, unitProgressPages } from '~/data/views/unitProgress';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());

describe('unitProgress', () => {
  it('counts the unit’s tasks by state, says when it last reported and whether it is 未报送', () => {
    const view = unitProgress(site, 'a', '2022-05-20');
    expect(view.total).toBe(site.progress.forUnit('a').tasks.length);
    expect(view.counts).toEqual({ signedOff: 1, claimed: 0, underway: 1, notStarted: view.total - 2, overdue: 0 });
    expect([view.lastReport, view.unreported, view.reports]).toEqual([{ date: '2022-05-15', text: '2022年5月15日' }, { days: 0, from: '2022-05-15', cycle: 7 }, 1]);
    expect(view.history).toEqual([{ date: '2022-05-15', text: '2022年5月15日', path: 'reports/a/#d2022-05-15', count: 2 }]);
  });

  it('on a later day, lists the overdue tasks and the days without a report', () => {
    const view = unitProgress(site, 'a', '2022-05-27');
    expect([view.counts.overdue, view.overdue.map((row) => [row.task, row.overdue]), view.unreported?.days]).toEqual([1, [['taizhang', 3]], 12]);
    expect([view.dues, unitProgress(site, 'a', '2022-05-20').dues]).toEqual(['', '2022-05-24']);
  });

  it('counts 未报送 from the meeting for a unit that never reported', () => {
    const view = unitProgress(site, 'c', '2022-05-20');
    expect([view.lastReport, view.unreported, view.history]).toEqual([undefined, { days: 10, from: '2022-05-10', cycle: 7 }, []]);
  });
});

describe('unitProgressPages', () => {
  it('gives every reporting unit a page of its tasks and states', () => {
    const pages = unitProgressPages(site, '2022-05-20');
    expect(pages.map((page) => [page.unit.id, page.rows.length, page.pages])).toEqual(site.progress.units.map((unit) => [unit, site.progress.forUnit(unit).tasks.length, 1]));
    expect(pages[0]!.asOf).toBe('2022-05-20');
  });
});

describe('unitPage', () => {
  it('sums up the unit’s progress on the given day: a task claimed done is overdue until signed off', () => {
    const view = unitPage(site, 'b', '2022-05-20');
    expect([view.asOf, view.progress.counts, view.progress.lastReport?.date]).toEqual(['2022-05-20', { signedOff: 0, claimed: 1, underway: 0, notStarted: view.progress.total - 1, overdue: 1 }, '2022-05-14']);
  });
});
