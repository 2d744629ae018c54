/**
 * The deadline timeline: every deadline in date order, relative ones under their milestone, then
 * undated milestones and "会后立即" without a meeting date, then those the speech did not set; a
 * page at a time, a long group continuing on the next page.
 */
import { t } from '../../i18n/t.ts';
import { PAGE_SIZE } from '../../lib/paging.ts';
import { buildTimeline, pageTimeline, type TimelineBlock, type TimelineGroup } from '../../lib/timeline.ts';
import type { Site } from '../site.ts';
import { taskRows, type TaskRow } from './taskRows.ts';

/** One group of deadlines under its heading. */
export interface TimelineGroupView {
  heading: string;
  /** It began on an earlier page (its heading says “续”). */
  continued: boolean;
  /** Deadlines the speech did not set: shown by their wording alone. */
  unspecified: boolean;
  rows: readonly TaskRow[];
}

/** A section of a timeline page (已有日期, 日期未定, 讲话未规定时限). */
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

const SECTIONS = [
  ['dated', 'timeline.dated'],
  ['undated', 'timeline.undated'],
  ['unspecified', 'timeline.unspecified'],
] as const;

/** Every page of the timeline. */
export function timelinePages(site: Site): TimelinePage[] {
  const { content, relations } = site;
  const timeline = buildTimeline(
    content.tasks.map((task) => ({ id: task.id, deadline: task.data.deadline, resolved: relations.deadlines.get(task.id)! })),
    content.milestones.map((milestone) => milestone.id),
  );
  const heading = (group: TimelineGroup): string => {
    switch (group.kind) {
      case 'date':
        return group.date;
      case 'milestone': {
        const name = content.milestoneById.get(group.milestone)?.data.name ?? group.milestone;
        return group.date === null ? t('timeline.milestoneUndated', { name }) : t('timeline.milestoneDated', { name, date: group.date });
      }
      case 'immediate':
        return t('timeline.immediate');
      case 'unspecified':
        return t('timeline.unspecifiedGroup', { count: group.tasks.length });
    }
  };
  const pages = pageTimeline(timeline, PAGE_SIZE);
  return pages.map((blocks, index) => ({
    sections: SECTIONS.flatMap(([id, title]) => {
      const here = blocks.filter((block) => block.section === id);
      if (here.length === 0) return [];
      const groups = here.map((block) => ({
        heading: heading(block.group) + (block.continued ? t('timeline.continued') : ''),
        continued: block.continued,
        unspecified: block.group.kind === 'unspecified',
        rows: taskRows(site, block.group.tasks.map((item) => content.taskById.get(item.id)!)),
      }));
      return [{ id, title: t(title), groups }];
    }),
    page: index + 1,
    pages: pages.length,
  }));
}
