/**
 * The home page: "我的单位" checklist progress, the deadlines the browser narrows to what is due
 * now, the current meeting's points and the earlier meetings, the latest changes. What depends on
 * the reader's date stays in the browser; the page carries enough for it to choose from.
 */
import type { EntryChange } from '../../lib/changes.ts';
import { dueDate } from '../../lib/deadline.ts';
import { chineseCount } from '../../lib/numerals.ts';
import { CLOSED_STATUSES } from '../../schemas/taskStatus.ts';
import type { MeetingEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { checklistsByUnitId } from './checklist.ts';
import { meetingDirectives, type DirectiveItem } from './directives.ts';
import { meetingFacts, type MeetingFacts } from './meetings.ts';
import { taskRows, type TaskRow } from './taskRows.ts';

/** How many deadlines the page carries on each side of the build date. */
export const HOME_DUE_SPAN = 40;
/** How many recent changes it lists. */
export const HOME_RECENT = 6;

/** What the home page shows. */
export interface HomePage {
  /** Every checklist, for the progress of the unit remembered on this device. */
  checklistIds: readonly string[];
  /** Unit id → the checklists that apply to it (directly or through its groups). */
  applies: Record<string, string[]>;
  /**
   * Open tasks whose deadline has a confirmed date, in deadline order, for the browser to narrow
   * down (a date waiting for its year to be confirmed raises no alarm).
   */
  due: readonly TaskRow[];
  /**
   * The current meeting — the latest (`meetingsInOrder`: an undated record counts as the earliest)
   * — with its points, numbered as it numbers them; undefined only on a site without meetings.
   */
  current: (MeetingFacts & { directives: readonly DirectiveItem[]; points: string }) | undefined;
  /** The meetings before it, latest first; empty with one meeting. */
  earlier: readonly MeetingFacts[];
  /** The latest changes. */
  recent: readonly EntryChange[];
  taskCount: number;
  checklistCount: number;
}

/** The current meeting's facts and points. */
function currentMeeting(site: Site, meeting: MeetingEntry): NonNullable<HomePage['current']> {
  const facts = meetingFacts(site, meeting);
  return { ...facts, directives: meetingDirectives(site, meeting.id), points: chineseCount(facts.directiveCount) };
}

/**
 * The home page's view. The page cannot know "today" when it is built, and must not list every
 * dated task of a large site: it carries the earliest open deadlines and the first ones on or
 * after `builtOn`; the browser shows those overdue or due within 7 days. The timeline has them all.
 */
export function homePage(site: Site, builtOn: string): HomePage {
  const { content, relations, history } = site;
  const due = (task: { id: string }) => dueDate(relations.deadlines.get(task.id)!);
  const open = content.tasks
    .filter((task) => due(task) !== null && !CLOSED_STATUSES.has(site.progress.status(task.id)))
    .sort((a, b) => due(a)!.localeCompare(due(b)!));
  const fromBuild = open.findIndex((task) => due(task)! >= builtOn);
  const current = content.meetings.at(-1);
  const carried = [...new Set([...open.slice(0, HOME_DUE_SPAN), ...(fromBuild < 0 ? [] : open.slice(fromBuild, fromBuild + HOME_DUE_SPAN))])];
  return {
    checklistIds: content.checklists.map((checklist) => checklist.id),
    applies: checklistsByUnitId(site),
    due: taskRows(site, carried),
    current: current === undefined ? undefined : currentMeeting(site, current),
    earlier: content.meetings.slice(0, -1).reverse().map((meeting) => meetingFacts(site, meeting)),
    recent: history.changes.slice(0, HOME_RECENT),
    taskCount: content.tasks.length,
    checklistCount: content.checklists.length,
  };
}
