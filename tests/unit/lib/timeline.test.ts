/** Deadlines in the order to act on them, grouped by date or milestone, and cut into pages (src/lib/timeline.ts). */
import { describe, expect, it } from 'vitest';
import type { Deadline } from '~/schemas/deadline';
import { buildTimeline, deadlineSortKey, pageTimeline, type Timeline, type TimelineGroup, type TimelineTask } from '~/lib/timeline';

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

  it('groups 会后立即 and starts by the meeting that set them, meetings in the order their tasks come', () => {
    const immediate = { kind: 'immediate', text: '会后立即' } as const;
    const start = { kind: 'start', text: '今天会议以后' } as const;
    const undated = { date: null, inferred: false };
    const byMeeting = buildTimeline(
      [
        { id: 'a1', deadline: immediate, resolved: { date: '2022-05-10', inferred: false }, meeting: 'anpai' },
        { id: 'a2', deadline: start, resolved: undated, meeting: 'anpai' },
        { id: 't1', deadline: start, resolved: undated, meeting: 'tuijin' },
        { id: 't2', deadline: immediate, resolved: { date: '2022-07-15', inferred: false }, meeting: 'tuijin' },
        { id: 'a3', deadline: immediate, resolved: { date: '2022-05-10', inferred: false }, meeting: 'anpai' },
      ],
      [],
    );
    const outline = (groups: readonly TimelineGroup[]) => groups.map((group) => [group.kind, 'meeting' in group ? group.meeting : null, ids(group)]);
    expect(outline(byMeeting.immediate)).toEqual([
      ['immediate', 'anpai', ['a1', 'a3']],
      ['immediate', 'tuijin', ['t2']],
    ]);
    expect(outline(byMeeting.unspecified)).toEqual([
      ['start', 'anpai', ['a2']],
      ['start', 'tuijin', ['t1']],
    ]);
    // Without a meeting, one group each, as before.
    expect(outline(timeline.immediate)).toEqual([['immediate', undefined, ['now']]]);
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

  it('puts 会后立即 first even once the meeting date is known, an earlier meeting\'s first and an undated one\'s before all', () => {
    const immediate = { kind: 'immediate', text: '会后立即落实' } as const;
    const keys = [
      deadlineSortKey(date('2022-05-01'), { date: '2022-05-01', inferred: false }),
      deadlineSortKey(immediate, { date: '2022-07-15', inferred: false }),
      deadlineSortKey(immediate, { date: '2022-05-10', inferred: false }),
      deadlineSortKey(immediate, { date: null, inferred: false }),
    ];
    expect(keys).toEqual(['1 2022-05-01', '0 2022-07-15', '0 2022-05-10', '0 ']);
    expect([...keys].sort()).toEqual(['0 ', '0 2022-05-10', '0 2022-07-15', '1 2022-05-01']);
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
