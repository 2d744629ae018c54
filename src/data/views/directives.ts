/**
 * The directive index: the directives meeting by meeting, oldest meeting first, each under its
 * meeting's title and date. Every meeting numbers its points from 一 again, so a number is only
 * read under the meeting that gave it: two "二、" never stand side by side unnamed.
 */
import type { Site } from '../site.ts';
import { directiveHeading } from './directive.ts';
import { meetingFacts, type MeetingFacts } from './meetings.ts';

/** A directive in a list: "一、要抓好整改", its summary, and how many tasks it has. */
export interface DirectiveItem {
  id: string;
  heading: string;
  summary: string;
  taskCount: number;
}

/** One meeting's directives. */
export interface DirectiveGroup {
  meeting: MeetingFacts;
  /** By number. */
  directives: readonly DirectiveItem[];
}

/** The directives of meeting `id`, by number, as lists show them. */
export function meetingDirectives(site: Site, id: string): DirectiveItem[] {
  const { relations } = site;
  return (relations.directivesByMeeting.get(id) ?? []).map((directive) => ({
    id: directive.id,
    heading: directiveHeading(directive),
    summary: directive.data.summary,
    taskCount: relations.tasksByDirective.get(directive.id)?.length ?? 0,
  }));
}

/** The view of the directive index: a group per meeting that gave directives. */
export function directiveIndex(site: Site): DirectiveGroup[] {
  return site.content.meetings.flatMap((meeting) => {
    const directives = meetingDirectives(site, meeting.id);
    return directives.length === 0 ? [] : [{ meeting: meetingFacts(site, meeting), directives }];
  });
}
