/** Deadlines in order, grouped by date or milestone, and cut into pages (src/lib/timeline.ts). */
import { describe, expect, it } from 'vitest';
import type { Deadline } from '~/schemas/deadline';
import { buildTimeline, deadlineSortKey, pageTimeline } from '~/lib/timeline';

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

describe('pageTimeline', () => {
  it('splits the timeline into pages, continuing long groups', () => {
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
