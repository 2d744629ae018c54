/**
 * One unit's page — what it must do, by when, and who in it must act — and its full task list.
 * Tasks it leads, tasks it supports, tasks it carries out as a member of a group (listed in full
 * once, on the group's own list), its deadlines in order, its checklists. Its recent changes are
 * `unitChanges()` in ./changes.ts.
 */
import { calendarCounts, dueDate, isTimed, type CalendarCounts } from '../../lib/deadline.ts';
import { paginate } from '../../lib/paging.ts';
import { NO_ASSIGNMENTS, type Assignment } from '../../lib/units.ts';
import { buildDate } from '../build.ts';
import { entryOf, unitName } from '../content.ts';
import type { ChecklistEntry, DepartmentEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { unitProgress, type UnitProgressView } from './unitProgress.ts';
import { assignedTasks, meetingsOf, roleLabel, taskRows, type MeetingLabel, type TaskRow } from './taskRows.ts';

/** Deadlines (and people who must act) shown inline; a longer list links to the unit's own page of them. */
export const UNIT_INLINE = 4;
/**
 * Rows of each task table shown inline (its tasks as 牵头, as 配合, as a group's member); a longer
 * table links to the unit's full, paged task list. Two: the page has a weight budget (40 KB),
 * and a row of a table is the heaviest thing on it (~0.7 KB; three rows each made the bench's
 * busiest unit 42 KB).
 */
export const UNIT_TABLE_ROWS = 2;

/** A list of the unit's tasks as shown on its page: the first rows, and whether there are more. */
export interface UnitTaskList {
  rows: readonly TaskRow[];
  count: number;
  more: boolean;
}

/** What a unit page shows. */
export interface UnitPage {
  unit: DepartmentEntry;
  /** A group of units (it has members): no downloads, and checklists as plain links. */
  isGroup: boolean;
  /** The groups it belongs to, directly or not. */
  groups: readonly string[];
  lead: UnitTaskList;
  /** It alone leads every task shown in `lead`: its table needs no lead column (a link to this page per row). */
  leadsAlone: boolean;
  support: UnitTaskList;
  viaGroup: UnitTaskList;
  /** Tasks that name the unit itself (lead + support): the length of its full list. */
  namedCount: number;
  /**
   * Per group, how many of its tasks the unit carries out as its member, in order of first
   * appearance: "作为“各板块各部门”成员落实 27 项".
   */
  viaGroups: readonly { id: string; name: string; count: number }[];
  /** Its first deadlines in the order to act on them (starts and standing rules left out). */
  deadlines: readonly TaskRow[];
  /** More deadlines than shown: the link goes to the unit's own deadlines page. */
  moreDeadlines: boolean;
  /** Its deadlines with a time limit, all told (the length of its deadlines page). */
  timed: number;
  /** Tasks without a time limit, starts included (counted, not listed among the deadlines). */
  untimed: number;
  /** Tasks whose deadline has a confirmed date (in its calendar). */
  dated: number;
  /** Deadlines left out of its calendar: without a date, or waiting for it to be confirmed. */
  calendar: CalendarCounts;
  /** The first tasks that name who in the unit must act, with the unit's part in each. */
  who: readonly { who: string; taskId: string; title: string; label: string | undefined }[];
  checklists: readonly ChecklistEntry[];
  /** The meetings its tasks come from, in the site's order, with how many tasks each gave it. */
  meetings: readonly UnitMeeting[];
  /** Its tasks come from several meetings: each list names each task's meeting. */
  byMeeting: boolean;
  /** Its progress: states counted, last report, 未报送, overdue tasks, report history. */
  progress: UnitProgressView;
  /** The date 逾期 and 未报送 are judged on without JavaScript: the build's. */
  asOf: string;
}

/** A meeting that gave a unit tasks, and how many (led, supported, or reaching it through a group). */
export type UnitMeeting = MeetingLabel & { count: number };

/** The meetings the tasks reaching unit `id` come from, in the site's order, with how many each gave it. */
export function unitMeetings(site: Site, id: string): UnitMeeting[] {
  const { lead, support, viaGroup } = site.relations.assignments.get(id) ?? NO_ASSIGNMENTS;
  const tasks = assignedTasks(site, [...lead, ...support, ...viaGroup]);
  const counts = Map.groupBy(tasks, (task) => task.data.source.meeting);
  return meetingsOf(site, tasks).map((meeting) => ({ ...meeting, count: counts.get(meeting.id)!.length }));
}

/** The view of unit `id`'s page, its 逾期 and 未报送 judged on `today` (the build's date unless given). */
export function unitPage(site: Site, id: string, today: string = buildDate): UnitPage {
  const { content, relations } = site;
  const unit = entryOf(content.departmentById, id, 'unitPage');
  const assignments = relations.assignments.get(id) ?? NO_ASSIGNMENTS;
  const all: Assignment[] = [...assignments.lead, ...assignments.support, ...assignments.viaGroup];
  const own = new Map(all.map((item) => [item.taskId, item]));
  const viaName = (item: Assignment) => (item.via === undefined ? undefined : unitName(content, item.via));
  const list = (items: readonly Assignment[], withRole: boolean): UnitTaskList => ({
    rows: taskRows(site, assignedTasks(site, items.slice(0, UNIT_TABLE_ROWS)), withRole ? { own } : {}),
    count: items.length,
    more: items.length > UNIT_TABLE_ROWS,
  });

  const timed = all.filter((item) => isTimed(content.taskById.get(item.taskId)!.data.deadline));
  const byDeadline = [...timed].sort((a, b) => relations.dueKeys.get(a.taskId)!.localeCompare(relations.dueKeys.get(b.taskId)!));
  const viaCounts = new Map<string, number>();
  for (const item of assignments.viaGroup) viaCounts.set(item.via!, (viaCounts.get(item.via!) ?? 0) + 1);
  const calendar = calendarCounts(all.map((item) => ({ deadline: content.taskById.get(item.taskId)!.data.deadline, resolved: relations.deadlines.get(item.taskId)! })));
  const meetings = unitMeetings(site, id);
  const lead = list(assignments.lead, false);

  return {
    unit,
    isGroup: unit.data.members !== undefined,
    groups: relations.groupsByUnit.get(id) ?? [],
    lead,
    leadsAlone: lead.rows.every((row) => row.leads.length === 1 && row.leads[0] === id),
    support: list(assignments.support, true),
    viaGroup: list(assignments.viaGroup, true),
    namedCount: assignments.lead.length + assignments.support.length,
    viaGroups: [...viaCounts].map(([group, count]) => ({ id: group, name: unitName(content, group), count })),
    deadlines: taskRows(site, assignedTasks(site, byDeadline.slice(0, UNIT_INLINE)), { own }),
    moreDeadlines: timed.length > UNIT_INLINE,
    timed: timed.length,
    untimed: all.length - timed.length,
    dated: all.filter((item) => dueDate(relations.deadlines.get(item.taskId)!) !== null).length,
    calendar,
    who: all
      .filter((item): item is Assignment & { who: string } => item.who !== undefined)
      .slice(0, UNIT_INLINE)
      .map((item) => {
        const via = viaName(item);
        return { who: item.who, taskId: item.taskId, title: content.taskById.get(item.taskId)!.data.title, label: via === undefined ? undefined : roleLabel(item.role, via) };
      }),
    checklists: relations.checklistsByUnit.get(id) ?? [],
    meetings,
    byMeeting: meetings.length > 1,
    progress: unitProgress(site, id, today),
    asOf: today,
  };
}

/** One page of a unit's full task list (a type, not an interface: Astro's page props need one). */
export type UnitTaskListPage = {
  unit: DepartmentEntry;
  rows: readonly TaskRow[];
  /** The unit's tasks come from several meetings: the list names each task's meeting. */
  byMeeting: boolean;
  page: number;
  pages: number;
};

/**
 * Every page of every unit's full task list: the tasks that name the unit (lead, then support),
 * a page at a time. Tasks reaching it through a group are on that group's list, not copied here.
 */
export function unitTaskListPages(site: Site): UnitTaskListPage[] {
  return site.content.departments.flatMap((unit) => {
    const assignments = site.relations.assignments.get(unit.id) ?? NO_ASSIGNMENTS;
    const named = [...assignments.lead, ...assignments.support];
    const own = new Map(named.map((item) => [item.taskId, item]));
    const pages = paginate(named);
    const byMeeting = unitMeetings(site, unit.id).length > 1;
    return pages.map((items, index) => ({
      unit,
      byMeeting,
      page: index + 1,
      pages: pages.length,
      // Made when the page renders: see "Rows made late" in ../../lib/paging.ts.
      get rows() {
        return taskRows(site, assignedTasks(site, items), { own });
      },
    }));
  });
}

/** The static paths of every per-unit route (its page, feed, calendar and sheets): one per unit and group. */
export function unitPaths(site: Site): { params: { id: string } }[] {
  return site.content.departments.map((unit) => ({ params: { id: unit.id } }));
}
