/** The task list's filters: read from and written to the URL, applied and sorted (src/lib/taskFilter.ts). */
import { describe, expect, it } from 'vitest';
import { compareRows, decodeRoles, encodeRoles, filterToSearch, matches, parseFilter, type FilterRow } from '~/lib/taskFilter';

describe('task filters', () => {
  const known = { units: new Set(['gongan', 'all']), roles: ['牵头', '配合'], statuses: ['未开始', '已销号'] };
  const row = (roles: Record<string, string>, due: string | null, status = '未开始', order = 0): FilterRow => ({
    roles: new Map(Object.entries(roles)), status, due, order, dueKey: due === null ? '3' : `0 ${due}`,
  });

  it('reads and writes the URL, dropping unknown values and defaults', () => {
    const filter = parseFilter('?unit=gongan&role=牵头&status=完成&window=7&sort=deadline&x=1', known);
    expect(filter).toEqual({ unit: 'gongan', role: '牵头', window: '7', sort: 'deadline' });
    expect(filterToSearch(filter)).toBe('?unit=gongan&role=%E7%89%B5%E5%A4%B4&window=7&sort=deadline');
    expect(filterToSearch(parseFilter('?unit=nobody&window=365', known))).toBe('');
  });

  it('filters by unit and role together, status, and deadline window', () => {
    const today = '2022-05-17';
    const secondment = row({ gongan: '牵头', huanbao: '配合' }, '2022-05-19');
    expect(matches(secondment, { unit: 'gongan', sort: 'source' }, today)).toBe(true);
    expect(matches(secondment, { unit: 'gongan', role: '配合', sort: 'source' }, today)).toBe(false);
    expect(matches(secondment, { role: '配合', sort: 'source' }, today)).toBe(true);
    expect(matches(secondment, { status: '已销号', sort: 'source' }, today)).toBe(false);
    expect(matches(secondment, { window: '7', sort: 'source' }, today)).toBe(true);
    expect(matches(secondment, { window: 'overdue', sort: 'source' }, today)).toBe(false);
    expect(matches(secondment, { window: 'overdue', sort: 'source' }, '2022-05-20')).toBe(true);
    expect(matches(row({ gongan: '牵头' }, '2022-05-10', '已销号'), { window: 'overdue', sort: 'source' }, today)).toBe(false);
    expect(matches(row({ gongan: '牵头' }, null), { window: 'undated', sort: 'source' }, today)).toBe(true);
    expect(matches(row({ gongan: '牵头' }, null), { window: '30', sort: 'source' }, today)).toBe(false);
  });

  it('sorts by deadline or by the speech, and round-trips roles through a data attribute', () => {
    const a = row({}, '2022-06-01', '未开始', 1);
    const b = row({}, null, '未开始', 0);
    expect([a, b].sort((x, y) => compareRows(x, y, 'deadline'))).toEqual([a, b]);
    expect([a, b].sort((x, y) => compareRows(x, y, 'source'))).toEqual([b, a]);
    const roles = new Map([['gongan', '牵头'], ['ge-bankuai', '配合']]);
    expect(decodeRoles(encodeRoles(roles))).toEqual(roles);
  });
});
