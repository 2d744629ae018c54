/** The task list's filters: read from and written to the URL, applied and sorted (src/lib/taskFilter.ts). */
import { describe, expect, it } from 'vitest';
import { compareRows, decodeStandings, encodeStandings, filterToSearch, matches, parseFilter, type FilterRow } from '~/lib/taskFilter';
import type { Standing } from '~/lib/units';

describe('task filters', () => {
  const known = { meetings: new Set(['yingcha', 'tuijin']), units: new Set(['gongan', 'zhujian', 'all']), statuses: ['未开始', '已销号'] };
  const row = (standings: Record<string, Standing>, due: string | null, status = '未开始', order = 0, meeting = 'yingcha'): FilterRow => ({
    meeting,
    standings: new Map(Object.entries(standings)), status, due, order, dueKey: due === null ? '4' : `1 ${due}`,
  });

  it('reads and writes the URL, dropping unknown values and defaults', () => {
    const filter = parseFilter('?unit=gongan&role=member&status=完成&window=7&sort=deadline&x=1', known);
    expect(filter).toEqual({ unit: 'gongan', role: 'member', window: '7', sort: 'deadline' });
    expect(filterToSearch(filter)).toBe('?unit=gongan&role=member&window=7&sort=deadline');
    // A link shared before roles became standings ("role=牵头") filters nothing rather than failing.
    expect(filterToSearch(parseFilter('?unit=nobody&role=牵头&window=365', known))).toBe('');
  });

  it('tells the tasks a unit leads itself from those it carries out as a member of a group', () => {
    const today = '2022-05-17';
    // 住建局 leads the secondment itself, and reaches a task addressed to 各板块各部门 as a member.
    const secondment = row({ zhujian: 'lead', huanbao: 'support' }, '2022-05-19');
    const groupTask = row({ all: 'lead', zhujian: 'member', gongan: 'member' }, null);
    const filter = (role?: Standing) => [secondment, groupTask].filter((item) => matches(item, { unit: 'zhujian', ...(role === undefined ? {} : { role }), sort: 'source' }, today));
    expect(filter()).toEqual([secondment, groupTask]);
    expect(filter('lead')).toEqual([secondment]);
    expect(filter('member')).toEqual([groupTask]);
    expect(filter('support')).toEqual([]);
    // Without a unit, a standing matches a task that holds it for any unit.
    expect(matches(secondment, { role: 'support', sort: 'source' }, today)).toBe(true);
    expect(matches(secondment, { role: 'member', sort: 'source' }, today)).toBe(false);
  });

  it('filters by status and by deadline window, on the confirmed date alone', () => {
    const today = '2022-05-17';
    const secondment = row({ gongan: 'lead' }, '2022-05-19');
    expect(matches(secondment, { status: '已销号', sort: 'source' }, today)).toBe(false);
    expect(matches(secondment, { window: '7', sort: 'source' }, today)).toBe(true);
    expect(matches(secondment, { window: 'overdue', sort: 'source' }, today)).toBe(false);
    expect(matches(secondment, { window: 'overdue', sort: 'source' }, '2022-05-20')).toBe(true);
    expect(matches(row({ gongan: 'lead' }, '2022-05-10', '已销号'), { window: 'overdue', sort: 'source' }, today)).toBe(false);
    // A date whose year waits for confirmation reaches the filter as no date: never overdue.
    expect(matches(row({ gongan: 'lead' }, null), { window: 'overdue', sort: 'source' }, '2026-11-29')).toBe(false);
    expect(matches(row({ gongan: 'lead' }, null), { window: 'undated', sort: 'source' }, today)).toBe(true);
    expect(matches(row({ gongan: 'lead' }, null), { window: '30', sort: 'source' }, today)).toBe(false);
  });

  it('filters by meeting, first in the URL; a meeting the site does not have filters nothing', () => {
    const filter = parseFilter('?unit=gongan&meeting=tuijin', known);
    expect(filter).toEqual({ meeting: 'tuijin', unit: 'gongan', sort: 'source' });
    expect(filterToSearch(filter)).toBe('?meeting=tuijin&unit=gongan');
    expect(parseFilter('?meeting=huikan', known)).toEqual({ sort: 'source' });
    const first = row({ gongan: 'lead' }, '2022-05-19');
    const second = row({ gongan: 'lead' }, '2022-07-31', '未开始', 1, 'tuijin');
    expect([first, second].filter((item) => matches(item, filter, '2022-07-16'))).toEqual([second]);
    expect([first, second].filter((item) => matches(item, { meeting: 'yingcha', role: 'lead', sort: 'source' }, '2022-07-16'))).toEqual([first]);
  });

  it('sorts by deadline or by the speech, and round-trips standings through a data attribute', () => {
    const a = row({}, '2022-06-01', '未开始', 1);
    const b = row({}, null, '未开始', 0);
    expect([a, b].sort((x, y) => compareRows(x, y, 'deadline'))).toEqual([a, b]);
    expect([a, b].sort((x, y) => compareRows(x, y, 'source'))).toEqual([b, a]);
    const standings = new Map<string, Standing>([['gongan', 'lead'], ['ge-bankuai', 'support'], ['zhujian', 'member']]);
    expect(encodeStandings(standings)).toBe('gongan:lead ge-bankuai:support zhujian:member');
    expect(decodeStandings(encodeStandings(standings))).toEqual(standings);
    expect(decodeStandings('gongan:牵头 zhujian:member stray')).toEqual(new Map([['zhujian', 'member']]));
  });
});
