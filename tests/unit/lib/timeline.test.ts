/** Deadlines in the order to act on them, grouped by date or milestone, and cut into pages (src/lib/timeline.ts). */
import { describe, expect, it } from 'vitest';
import type { Deadline } from '~/schemas/deadline';
import { buildTimeline, deadlineSortKey, pageTimeline, type Timeline, type TimelineTask } from '~/lib/timeline';

const date = (d: string, yearInferred = false): Deadline => ({ kind: 'date', date: d, yearInferred, text: d });
const tasks: TimelineTask[] = [
  { id: 'late', deadline: date('2022-06-01'), resolved: { date: '2022-06-01', inferred: false } },
  { id: 'guess', deadline: date('2022-05-19', true), resolved: { date: '2022-05-19', inferred: true } },
  { id: 'xiachen', deadline: { kind: 'milestone', milestone: 'xiachen', offsetDays: 0, text: '下沉督察之前' }, resolved: { date: null, inferred: false } },
  { id: 'jinzhu', deadline: { kind: 'milestone', milestone: 'jinzhu', offsetDays: -1, text: '进驻前一天' }, resolved: { date: '2022-05-25', inferred: false } },
  { id: 'now', deadline: { kind: 'immediate', text: '会后立即落实' }, resolved: { date: null, inferred: false } },
  { id: 'begun', deadline: { kind: 'start', text: '今天会议以后' }, resolved: { date: null, inferred: false } },
  { id: 'ever', deadline: { kind: 'unspecified', text: '今后' }, resolved: { date: null, inferred: false } },
  { id: 'sure', deadline: date('2022-05-19'), resolved: { date: '2022-05-19', inferred: false } },
  { id: 'fankui', deadline: { kind: 'milestone', milestone: 'fankui', offsetDays: 0, text: '反馈后' }, resolved: { date: null, inferred: false } },
];
const ids = (group: { tasks: readonly { id: string }[] }) => group.tasks.map((task) => task.id);

describe('buildTimeline', () => {
  const timeline = buildTimeline(tasks, ['jinzhu', 'xiachen', 'fankui']);

  it('puts 会后立即 first, then dates in order, a date still to be confirmed apart from the same date confirmed', () => {
    expect(timeline.immediate.map((group) => [group.kind, ids(group)])).toEqual([['immediate', ['now']]]);
    expect(timeline.dated.map((group) => [group.kind, 'date' in group ? group.date : null, 'pending' in group ? group.pending : null, ids(group)])).toEqual([
      ['date', '2022-05-19', false, ['sure']],
      ['date', '2022-05-19', true, ['guess']],
      ['milestone', '2022-05-25', false, ['jinzhu']],
      ['date', '2022-06-01', false, ['late']],
    ]);
  });

  it('puts milestones without a date after the dates, in milestone order, then starts and unset deadlines', () => {
    expect(timeline.undated.map((group) => [group.kind, ids(group)])).toEqual([
      ['milestone', ['xiachen']],
      ['milestone', ['fankui']],
    ]);
    expect(timeline.unspecified.map((group) => [group.kind, ids(group)])).toEqual([
      ['start', ['begun']],
      ['unspecified', ['ever']],
    ]);
  });

  it('leaves out the groups it has no task for', () => {
    expect(buildTimeline(tasks.slice(0, 1), [])).toEqual({
      immediate: [],
      dated: [{ kind: 'date', date: '2022-06-01', pending: false, tasks: [tasks[0]] }],
      undated: [],
      unspecified: [],
    });
  });
});

describe('deadlineSortKey', () => {
  it('sorts for action: 会后立即, then by date, then undated milestones in their order, then starts, then unset', () => {
    const rank = new Map([['jinzhu', 0], ['xiachen', 1], ['fankui', 2]]);
    const keyed = tasks.map((task) => [deadlineSortKey(task.deadline, task.resolved, task.deadline.kind === 'milestone' ? rank.get(task.deadline.milestone) : undefined), task.id] as const);
    expect(keyed.sort(([a], [b]) => a.localeCompare(b)).map(([, id]) => id)).toEqual(['now', 'guess', 'sure', 'jinzhu', 'late', 'xiachen', 'fankui', 'begun', 'ever']);
  });

  it('puts 会后立即 first even once the meeting date is known', () => {
    expect(deadlineSortKey({ kind: 'immediate', text: '会后立即落实' }, { date: '2022-05-10', inferred: false })).toBe('0');
    expect(deadlineSortKey(date('2022-05-01'), { date: '2022-05-01', inferred: false })).toBe('1 2022-05-01');
  });
});

describe('pageTimeline', () => {
  it('splits the timeline into pages section by section, continuing long groups', () => {
    const pages = pageTimeline(buildTimeline(tasks, ['jinzhu', 'xiachen', 'fankui']), 3);
    expect(pages.map((page) => page.map((block) => [block.section, ids(block.group).join('+'), block.continued]))).toEqual([
      [['immediate', 'now', false], ['dated', 'sure', false], ['dated', 'guess', false]],
      [['dated', 'jinzhu', false], ['dated', 'late', false], ['undated', 'xiachen', false]],
      [['undated', 'fankui', false], ['unspecified', 'begun', false], ['unspecified', 'ever', false]],
    ]);
    const big: Timeline = { immediate: [], dated: [{ kind: 'date', date: '2022-05-19', pending: false, tasks }], undated: [], unspecified: [] };
    expect(pageTimeline(big, 5).map((page) => page.map((block) => [block.group.tasks.length, block.continued]))).toEqual([[[5, false]], [[4, true]]]);
  });
});
