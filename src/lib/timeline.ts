/**
 * The deadline timeline, in the order a reader acts on it: "会后立即" first (the most urgent),
 * then dated deadlines in date order (a milestone with a date becomes one dated group; a date
 * whose year is not confirmed keeps its place but is its own group), then the milestones without a
 * date, and last what has no time limit: starts ("今天会议以后") and the deadlines the speech did
 * not set. "会后立即" and "今天会议以后" count from the meeting that said them, so they are grouped
 * meeting by meeting.
 */
import type { Deadline } from '../schemas/deadline.ts';
import type { ResolvedDeadline } from './deadline.ts';

/** One task on the timeline. */
export interface TimelineTask {
  id: string;
  deadline: Deadline;
  resolved: ResolvedDeadline;
  /** The meeting that set it: "会后立即" and starts are grouped by it. */
  meeting?: string | undefined;
}

/**
 * A group of the timeline. `date` is set once known; `pending` when that date (or its year) is
 * inferred and waits for an editor to confirm it; `meeting` is the meeting its tasks count from.
 */
export type TimelineGroup =
  | { kind: 'immediate'; meeting: string | undefined; tasks: TimelineTask[] }
  | { kind: 'date'; date: string; pending: boolean; tasks: TimelineTask[] }
  | { kind: 'milestone'; milestone: string; date: string | null; pending: boolean; tasks: TimelineTask[] }
  | { kind: 'start'; meeting: string | undefined; tasks: TimelineTask[] }
  | { kind: 'unspecified'; tasks: TimelineTask[] };

/** The sections of the timeline, in page order. */
export const TIMELINE_SECTIONS = ['immediate', 'dated', 'undated', 'unspecified'] as const;
export type TimelineSection = (typeof TIMELINE_SECTIONS)[number];

/** The timeline: each section a list of groups, in order. */
export type Timeline = Record<TimelineSection, TimelineGroup[]>;

/** The tasks under each meeting, meetings in the order their first task comes. */
function byMeeting<K extends 'immediate' | 'start'>(kind: K, tasks: readonly TimelineTask[]): { kind: K; meeting: string | undefined; tasks: TimelineTask[] }[] {
  const groups = new Map<string | undefined, { kind: K; meeting: string | undefined; tasks: TimelineTask[] }>();
  for (const task of tasks) {
    const group = groups.get(task.meeting) ?? { kind, meeting: task.meeting, tasks: [] };
    group.tasks.push(task);
    groups.set(task.meeting, group);
  }
  return [...groups.values()];
}

/**
 * Builds the timeline in one pass over the tasks (order within a group is kept). Tasks come in
 * the site's order, meeting by meeting, so the "会后立即" and start groups come oldest meeting first.
 */
export function buildTimeline(tasks: readonly TimelineTask[], milestoneOrder: readonly string[]): Timeline {
  const byDate = new Map<string, TimelineGroup & { kind: 'date' }>();
  const byMilestone = new Map<string, TimelineGroup & { kind: 'milestone' }>();
  const immediate: TimelineTask[] = [];
  const start: TimelineTask[] = [];
  const unspecified: TimelineTask[] = [];
  for (const task of tasks) {
    const { deadline, resolved } = task;
    if (deadline.kind === 'milestone') {
      let group = byMilestone.get(deadline.milestone);
      if (group === undefined) {
        group = { kind: 'milestone', milestone: deadline.milestone, date: resolved.date, pending: resolved.inferred, tasks: [] };
        byMilestone.set(deadline.milestone, group);
      }
      group.tasks.push(task);
    } else if (deadline.kind === 'immediate') {
      immediate.push(task);
    } else if (deadline.kind === 'start') {
      start.push(task);
    } else if (deadline.kind === 'unspecified' || resolved.date === null) {
      unspecified.push(task);
    } else {
      // A confirmed date and the same date with its year unconfirmed are shown apart.
      const key = `${resolved.date} ${resolved.inferred}`;
      const group = byDate.get(key) ?? { kind: 'date', date: resolved.date, pending: resolved.inferred, tasks: [] };
      group.tasks.push(task);
      byDate.set(key, group);
    }
  }
  const milestoneGroups = [...byMilestone.values()];
  const dated: TimelineGroup[] = [...byDate.values(), ...milestoneGroups.filter((group) => group.date !== null)].sort(
    (a, b) => a.date!.localeCompare(b.date!) || Number(a.pending) - Number(b.pending),
  );
  const rank = (id: string) => {
    const index = milestoneOrder.indexOf(id);
    return index === -1 ? milestoneOrder.length : index;
  };
  const undated = milestoneGroups.filter((group) => group.date === null).sort((a, b) => rank(a.milestone) - rank(b.milestone));
  return {
    immediate: byMeeting('immediate', immediate),
    dated,
    undated,
    unspecified: [
      ...byMeeting('start', start),
      ...(unspecified.length === 0 ? [] : [{ kind: 'unspecified', tasks: unspecified } as const]),
    ],
  };
}

/**
 * A sort key that puts deadlines in the order a reader acts on them, the timeline's: "会后立即"
 * first (the earlier meeting's first, an undated meeting's before any), then by date, then those
 * hanging on a milestone without a date (in `milestoneRank` order), then starts without an end,
 * then the unset ones.
 */
export function deadlineSortKey(deadline: Deadline, resolved: ResolvedDeadline, milestoneRank = 0): string {
  if (deadline.kind === 'immediate') return `0 ${resolved.date ?? ''}`;
  if (resolved.date !== null) return `1 ${resolved.date}`;
  if (deadline.kind === 'milestone') return `2 ${String(milestoneRank).padStart(6, '0')}`;
  if (deadline.kind === 'start') return '3';
  return '4';
}

/** A group on one page of the timeline, in its section; `continued` when it began on an earlier page. */
export interface TimelineBlock {
  section: TimelineSection;
  group: TimelineGroup;
  continued: boolean;
}

/**
 * The timeline in pages of at most `size` tasks, section by section. A group longer than the
 * room left on a page continues on the next one.
 */
export function pageTimeline(timeline: Timeline, size: number): TimelineBlock[][] {
  const pages: TimelineBlock[][] = [[]];
  let room = size;
  for (const section of TIMELINE_SECTIONS) {
    for (const group of timeline[section]) {
      let first = 0;
      while (first < group.tasks.length) {
        if (room === 0) {
          pages.push([]);
          room = size;
        }
        const tasks = group.tasks.slice(first, first + room);
        pages.at(-1)!.push({ section, group: { ...group, tasks }, continued: first > 0 });
        first += tasks.length;
        room -= tasks.length;
      }
    }
  }
  return pages;
}
