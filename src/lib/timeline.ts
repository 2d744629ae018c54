/**
 * The deadline timeline: dated deadlines in date order (a milestone with a date becomes one dated
 * group), then the milestones without a date, then "会后立即" when the meeting's date is unknown,
 * then the deadlines the speech did not set.
 */
import type { Deadline } from '../schemas/deadline.ts';
import type { ResolvedDeadline } from './deadline.ts';

/** One task on the timeline. */
export interface TimelineTask {
  id: string;
  deadline: Deadline;
  resolved: ResolvedDeadline;
}

/** A group of the timeline. `date` is set for dated groups only. */
export type TimelineGroup =
  | { kind: 'date'; date: string; tasks: TimelineTask[] }
  | { kind: 'milestone'; milestone: string; date: string | null; tasks: TimelineTask[] }
  | { kind: 'immediate'; tasks: TimelineTask[] }
  | { kind: 'unspecified'; tasks: TimelineTask[] };

/** The four sections of the timeline page, each a list of groups. */
export interface Timeline {
  dated: TimelineGroup[];
  undated: TimelineGroup[];
  unspecified: TimelineTask[];
}

/** Builds the timeline in one pass over the tasks (order within a group is kept). */
export function buildTimeline(tasks: readonly TimelineTask[], milestoneOrder: readonly string[]): Timeline {
  const byDate = new Map<string, TimelineGroup & { kind: 'date' }>();
  const byMilestone = new Map<string, TimelineGroup & { kind: 'milestone' }>();
  const immediate: TimelineTask[] = [];
  const unspecified: TimelineTask[] = [];
  for (const task of tasks) {
    const { deadline, resolved } = task;
    if (deadline.kind === 'milestone') {
      let group = byMilestone.get(deadline.milestone);
      if (group === undefined) {
        group = { kind: 'milestone', milestone: deadline.milestone, date: resolved.date === null ? null : resolved.date, tasks: [] };
        byMilestone.set(deadline.milestone, group);
      }
      group.tasks.push(task);
    } else if (deadline.kind === 'unspecified') {
      unspecified.push(task);
    } else if (resolved.date === null) {
      immediate.push(task);
    } else {
      const group = byDate.get(resolved.date) ?? { kind: 'date', date: resolved.date, tasks: [] };
      group.tasks.push(task);
      byDate.set(resolved.date, group);
    }
  }
  const milestoneGroups = [...byMilestone.values()];
  const dated: TimelineGroup[] = [...byDate.values(), ...milestoneGroups.filter((group) => group.date !== null)].sort(
    (a, b) => groupDate(a).localeCompare(groupDate(b)),
  );
  const rank = (id: string) => {
    const index = milestoneOrder.indexOf(id);
    return index === -1 ? milestoneOrder.length : index;
  };
  const undated: TimelineGroup[] = milestoneGroups.filter((group) => group.date === null).sort((a, b) => rank(a.milestone) - rank(b.milestone));
  if (immediate.length > 0) undated.push({ kind: 'immediate', tasks: immediate });
  return { dated, undated, unspecified };
}

function groupDate(group: TimelineGroup): string {
  return 'date' in group && group.date !== null ? group.date : '';
}

/**
 * A sort key that puts deadlines in the order a reader acts on them: by date, then those hanging
 * on an undated milestone, then "会后立即" with no date, then the unset ones.
 */
export function deadlineSortKey(deadline: Deadline, resolved: ResolvedDeadline): string {
  if (resolved.date !== null) return `0 ${resolved.date}`;
  if (deadline.kind === 'milestone') return `1 ${deadline.milestone}`;
  if (deadline.kind === 'immediate') return '2';
  return '3';
}

/** A group on one page of the timeline, in its section; `continued` when it began on an earlier page. */
export interface TimelineBlock {
  section: 'dated' | 'undated' | 'unspecified';
  group: TimelineGroup;
  continued: boolean;
}

/**
 * The timeline in pages of at most `size` tasks, in order: dated, undated, unspecified. A group
 * longer than the room left on a page continues on the next one.
 */
export function pageTimeline(timeline: Timeline, size: number): TimelineBlock[][] {
  const blocks: [TimelineBlock['section'], TimelineGroup][] = [
    ...timeline.dated.map((group) => ['dated', group] as [TimelineBlock['section'], TimelineGroup]),
    ...timeline.undated.map((group) => ['undated', group] as [TimelineBlock['section'], TimelineGroup]),
    ...(timeline.unspecified.length === 0 ? [] : [['unspecified', { kind: 'unspecified', tasks: timeline.unspecified }] as [TimelineBlock['section'], TimelineGroup]]),
  ];
  const pages: TimelineBlock[][] = [[]];
  let room = size;
  for (const [section, group] of blocks) {
    let start = 0;
    while (start < group.tasks.length) {
      if (room === 0) {
        pages.push([]);
        room = size;
      }
      const tasks = group.tasks.slice(start, start + room);
      pages.at(-1)!.push({ section, group: { ...group, tasks }, continued: start > 0 });
      start += tasks.length;
      room -= tasks.length;
    }
  }
  return pages;
}
