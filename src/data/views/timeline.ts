/**
 * The deadline timeline, in the order a reader acts on it: "会后立即", then every dated deadline in
 * date order (relative ones under their milestone), then the milestones without a date, then what
 * has no time limit (starts, and deadlines the speech did not set); a page at a time, a long group
 * continuing on the next page. The district's timeline holds every task; a unit with more
 * deadlines than its page shows has its own, holding every deadline that reaches it. Where the site
 * has several meetings, "会后立即" and the starts are grouped by meeting, each heading naming it.
 */
import { t, type StringKey } from '../../i18n/t.ts';
import { isTimed } from '../../lib/deadline.ts';
import { PAGE_SIZE } from '../../lib/paging.ts';
import { buildTimeline, pageTimeline, TIMELINE_SECTIONS, type TimelineBlock, type TimelineGroup } from '../../lib/timeline.ts';
import { NO_ASSIGNMENTS } from '../../lib/units.ts';
import type { DepartmentEntry, TaskEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { proseDate } from '../build.ts';
import { monthDay } from './deadline.ts';
import { meetingShort, severalMeetings } from './meetings.ts';
import { taskRows, type TaskRow, type TaskRowOptions } from './taskRows.ts';
import { UNIT_INLINE } from './unit.ts';

/** One group of deadlines under its heading. */
export interface TimelineGroupView {
  heading: string;
  /** It began on an earlier page (its heading says “续”). */
  continued: boolean;
  /** Deadlines the speech did not set: shown by their wording alone. */
  unspecified: boolean;
  rows: readonly TaskRow[];
}

/** A section of a timeline page (会后立即, 已有日期, 日期未定, 讲话未规定时限). */
export interface TimelineSectionView {
  id: TimelineBlock['section'];
  title: string;
  groups: readonly TimelineGroupView[];
}

/** One page of the timeline: its sections that have groups on it (a type: Astro's page props need one). */
export type TimelinePage = {
  sections: readonly TimelineSectionView[];
  page: number;
  pages: number;
};

/** One page of a unit's own timeline (its deadlines page). */
export type UnitTimelinePage = TimelinePage & { unit: DepartmentEntry };

const SECTION_TITLES: Record<TimelineBlock['section'], StringKey> = {
  immediate: 'timeline.immediateSection',
  dated: 'timeline.dated',
  undated: 'timeline.undated',
  unspecified: 'timeline.unspecified',
};

/** The pages of the timeline of `tasks` (in the speech's order); `options` as for `taskRows`. */
function timelineOf(site: Site, tasks: readonly TaskEntry[], options: TaskRowOptions = {}): TimelinePage[] {
  const { content, relations } = site;
  const timeline = buildTimeline(
    tasks.map((task) => ({ id: task.id, deadline: task.data.deadline, resolved: relations.deadlines.get(task.id)!, meeting: task.data.source.meeting })),
    content.milestones.map((milestone) => milestone.id),
  );
  // With one meeting, which meeting goes without saying; with several, each group names its own.
  const meeting = (id: string | undefined) => (severalMeetings(content) && id !== undefined ? meetingShort(content, id) : undefined);
  const heading = (group: TimelineGroup): string => {
    switch (group.kind) {
      case 'immediate': {
        const named = meeting(group.meeting);
        const date = group.tasks[0]?.resolved.date ?? null;
        if (named === undefined) return date === null ? t('timeline.immediateUndated') : t('timeline.immediate');
        return date === null ? t('timeline.immediateOfUndated', { meeting: named }) : t('timeline.immediateOf', { meeting: named, date: proseDate(date) });
      }
      case 'date':
        return group.pending ? t('timeline.yearPending', { date: monthDay(group.date) }) : proseDate(group.date);
      case 'milestone': {
        const name = content.milestoneById.get(group.milestone)?.data.name ?? group.milestone;
        if (group.date === null) return t('timeline.milestoneUndated', { name });
        return t(group.pending ? 'timeline.milestonePending' : 'timeline.milestoneDated', { name, date: proseDate(group.date) });
      }
      case 'start': {
        const named = meeting(group.meeting);
        return named === undefined ? t('timeline.startGroup', { count: group.tasks.length }) : t('timeline.startGroupOf', { count: group.tasks.length, meeting: named });
      }
      case 'unspecified':
        return t('timeline.unspecifiedGroup', { count: group.tasks.length });
    }
  };
  const pages = pageTimeline(timeline, PAGE_SIZE);
  return pages.map((blocks, index) => ({
    page: index + 1,
    pages: pages.length,
    // Made when the page renders: see "Rows made late" in ../../lib/paging.ts.
    get sections() {
      return TIMELINE_SECTIONS.flatMap((id) => {
        const here = blocks.filter((block) => block.section === id);
        if (here.length === 0) return [];
        const groups = here.map((block) => ({
          heading: heading(block.group) + (block.continued ? t('timeline.continued') : ''),
          continued: block.continued,
          unspecified: block.group.kind === 'unspecified',
          rows: taskRows(site, block.group.tasks.map((item) => content.taskById.get(item.id)!), options),
        }));
        return [{ id, title: t(SECTION_TITLES[id]), groups }];
      });
    },
  }));
}

/** Every page of the district's timeline. */
export function timelinePages(site: Site): TimelinePage[] {
  return timelineOf(site, site.content.tasks);
}

/**
 * Every page of the unit timelines, where a unit page's "全部时限" link goes: for each unit with
 * more deadlines than its page lists (`UNIT_INLINE`), every deadline that reaches it — tasks that
 * name it and those it carries out as a member of a group — each with the unit's part in it.
 * Starts and standing rules have no time limit: they stay on the unit page's task lists.
 */
export function unitTimelinePages(site: Site): UnitTimelinePage[] {
  const { content, relations } = site;
  return content.departments.flatMap((unit) => {
    const assignments = relations.assignments.get(unit.id) ?? NO_ASSIGNMENTS;
    const own = new Map([...assignments.lead, ...assignments.support, ...assignments.viaGroup].map((item) => [item.taskId, item]));
    const tasks = content.tasks.filter((task) => own.has(task.id) && isTimed(task.data.deadline));
    if (tasks.length <= UNIT_INLINE) return [];
    // Not spread: that would make the page's sections now rather than when it renders.
    return timelineOf(site, tasks, { own }).map((page) => Object.assign(page, { unit }));
  });
}
