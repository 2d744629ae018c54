/** The derived views behind the reading pages: due states, timeline, matrix, filters, countdown. */
import { describe, expect, it } from 'vitest';
import type { Deadline } from '~/schemas/deadline';
import { daysBetween } from '~/lib/dates';
import { dueState } from '~/lib/dueState';
import { buildMatrix } from '~/lib/matrix';
import { nextMilestone } from '~/lib/milestones';
import { compareRows, decodeRoles, encodeRoles, filterToSearch, matches, parseFilter, type FilterRow } from '~/lib/taskFilter';
import { buildTimeline, deadlineSortKey } from '~/lib/timeline';
import { memberUnits, rolesReached } from '~/lib/units';
import { containingGroups } from '~/lib/groups';

describe('dueState', () => {
  it('is overdue after the day, soon within 3 days, later beyond, done when closed', () => {
    expect(dueState('2022-05-19', '2022-05-20', '未开始')).toBe('overdue');
    expect(dueState('2022-05-19', '2022-05-19', '进行中')).toBe('soon');
    expect(dueState('2022-05-19', '2022-05-16', '未开始')).toBe('soon');
    expect(dueState('2022-05-19', '2022-05-15', '未开始')).toBe('later');
    expect(dueState('2022-05-19', '2022-06-01', '已销号')).toBe('done');
    expect(daysBetween('2022-02-27', '2022-03-01')).toBe(2);
  });
});

const date = (d: string): Deadline => ({ kind: 'date', date: d, yearInferred: false, text: d });
const tasks = [
  { id: 'late', deadline: date('2022-06-01'), resolved: { date: '2022-06-01', inferred: false } },
  { id: 'soon', deadline: date('2022-05-19'), resolved: { date: '2022-05-19', inferred: true } },
  { id: 'xiachen', deadline: { kind: 'milestone', milestone: 'xiachen', offsetDays: 0, text: '下沉督察之前' }, resolved: { date: null, inferred: false } },
  { id: 'jinzhu', deadline: { kind: 'milestone', milestone: 'jinzhu', offsetDays: -1, text: '进驻前一天' }, resolved: { date: '2022-05-25', inferred: false } },
  { id: 'now', deadline: { kind: 'immediate', text: '会后立即' }, resolved: { date: null, inferred: false } },
  { id: 'ever', deadline: { kind: 'unspecified', text: '今后' }, resolved: { date: null, inferred: false } },
] as const satisfies readonly { id: string; deadline: Deadline; resolved: { date: string | null; inferred: boolean } }[];

describe('buildTimeline', () => {
  it('puts dates and dated milestones in order, then undated milestones and 会后立即, then the unset', () => {
    const timeline = buildTimeline(tasks, ['jinzhu', 'xiachen']);
    expect(timeline.dated.map((group) => [group.kind, 'date' in group ? group.date : null, group.tasks.map((task) => task.id)])).toEqual([
      ['date', '2022-05-19', ['soon']],
      ['milestone', '2022-05-25', ['jinzhu']],
      ['date', '2022-06-01', ['late']],
    ]);
    expect(timeline.undated.map((group) => [group.kind, group.tasks.map((task) => task.id)])).toEqual([
      ['milestone', ['xiachen']],
      ['immediate', ['now']],
    ]);
    expect(timeline.unspecified.map((task) => task.id)).toEqual(['ever']);
  });

  it('sorts deadlines for action: dated, milestone, immediate, unset', () => {
    const keys = tasks.map((task) => [deadlineSortKey(task.deadline, task.resolved), task.id] as const).sort(([a], [b]) => a.localeCompare(b));
    expect(keys.map(([, id]) => id)).toEqual(['soon', 'jinzhu', 'late', 'xiachen', 'now', 'ever']);
  });
});

describe('buildMatrix', () => {
  it('gives a column to each named unit, in index order, and each cell its role', () => {
    const matrix = buildMatrix(
      [
        { id: 't1', responsibilities: [{ unit: 'b', role: '牵头' }, { unit: 'a', role: '配合' }] },
        { id: 't2', responsibilities: [{ unit: 'c', role: '督办' }] },
      ],
      ['a', 'b', 'c', 'unused'],
    );
    expect(matrix.units).toEqual(['a', 'b', 'c']);
    expect(matrix.rows.map((row) => [row.taskId, Object.fromEntries(row.roles)])).toEqual([
      ['t1', { b: '牵头', a: '配合' }],
      ['t2', { c: '督办' }],
    ]);
  });
});

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

  it('reaches the members of a named group with the role of the group, unless named themselves', () => {
    const membersOf = memberUnits(containingGroups(new Map([['all', ['gongan', 'huanbao']]])));
    const roles = rolesReached({ id: 't', responsibilities: [{ unit: 'all', role: '牵头' }, { unit: 'huanbao', role: '配合' }] }, membersOf);
    expect(Object.fromEntries(roles)).toEqual({ all: '牵头', huanbao: '配合', gongan: '牵头' });
  });
});

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

describe('chineseNumeral', () => {
  it('numbers the points as the speech does', async () => {
    const { chineseNumeral } = await import('~/lib/numerals');
    expect([1, 4, 10, 12, 20, 99].map(chineseNumeral)).toEqual(['一', '四', '十', '十二', '二十', '九十九']);
    expect(chineseNumeral(0)).toBe('0');
    expect(chineseNumeral(100)).toBe('100');
  });
});

describe('paging', () => {
  it('splits lists and the timeline into pages, continuing long groups', async () => {
    const { paginate, pageParam, pageNumber, pagePath } = await import('~/lib/paging');
    const { pageTimeline } = await import('~/lib/timeline');
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
    expect([pageParam(1), pageParam(3), pageNumber(undefined), pageNumber('page/3'), pagePath('tasks/', 1), pagePath('tasks/', 2)]).toEqual([undefined, 'page/3', 1, 3, 'tasks/', 'tasks/page/2/']);
    const timeline = buildTimeline(tasks, ['jinzhu', 'xiachen']);
    const pages = pageTimeline(timeline, 2);
    expect(pages.map((page) => page.map((block) => [block.section, block.group.tasks.map((task) => task.id).join('+'), block.continued]))).toEqual([
      [['dated', 'soon', false], ['dated', 'jinzhu', false]],
      [['dated', 'late', false], ['undated', 'xiachen', false]],
      [['undated', 'now', false], ['unspecified', 'ever', false]],
    ]);
    const big = pageTimeline({ dated: [{ kind: 'date', date: '2022-05-19', tasks: [...tasks] }], undated: [], unspecified: [] }, 4);
    expect(big.map((page) => page.map((block) => [block.group.tasks.length, block.continued]))).toEqual([[[4, false]], [[2, true]]]);
  });
});
