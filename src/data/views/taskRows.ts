/**
 * The rows of a task table (<TaskTable>): what each row shows, and for the filterable task list
 * what the filter script reads. Shared by every view that lists tasks.
 */
import { t } from '../../i18n/t.ts';
import { dueDate, type ResolvedDeadline } from '../../lib/deadline.ts';
import { encodeStandings } from '../../lib/taskFilter.ts';
import { LEAD_ROLE, leadUnits, supportUnits, type Assignment } from '../../lib/units.ts';
import type { Deadline } from '../../schemas/deadline.ts';
import type { Role } from '../../schemas/responsibility.ts';
import type { TaskStatus } from '../../schemas/taskStatus.ts';
import { unitName } from '../content.ts';
import type { TaskEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { meetingLabel, type MeetingLabel } from './meetings.ts';

// unit.ts and tasks.ts name a list's meetings with the type beside `meetingsOf`.
export type { MeetingLabel } from './meetings.ts';

/** One task as a table row. */
export interface TaskRow {
  id: string;
  title: string;
  status: TaskStatus;
  deadline: Deadline;
  resolved: ResolvedDeadline;
  /** The id of the meeting that assigned it: "会后立即" and "今天会议以后" count from its date. */
  meeting: string;
  /** Units that lead it (牵头). */
  leads: readonly string[];
  /** Units named in another role. */
  supports: readonly string[];
  /**
   * On a unit's list: the unit's own role, the name of the group it came through if any, and how
   * that reads (`roleLabel`): 牵头, 配合, 作为“各板块各部门”成员落实.
   */
  own?: { role: Role; viaName: string | undefined; label: string };
  /** On the filterable list: the row's data for the filter script; `due` only when confirmed. */
  filter?: { standings: string; due: string; dueKey: string; order: number };
}

/** How to build the rows. */
export interface TaskRowOptions {
  /** The viewing unit's assignment per task id (a unit's lists). */
  own?: ReadonlyMap<string, Pick<Assignment, 'role' | 'via'>>;
  /** Add what the filter script reads. */
  filterable?: boolean;
}

/** The rows for `tasks`, in the order given. */
export function taskRows(site: Site, tasks: readonly TaskEntry[], options: TaskRowOptions = {}): TaskRow[] {
  const { relations } = site;
  return tasks.map((task, index) => {
    const resolved = relations.deadlines.get(task.id)!;
    const row: TaskRow = {
      id: task.id,
      title: task.data.title,
      status: site.progress.status(task.id),
      deadline: task.data.deadline,
      resolved,
      meeting: task.data.source.meeting,
      leads: leadUnits(task.data),
      supports: supportUnits(task.data),
    };
    const own = options.own?.get(task.id);
    if (own !== undefined) {
      const viaName = own.via === undefined ? undefined : unitName(site.content, own.via);
      row.own = { role: own.role, viaName, label: roleLabel(own.role, viaName) };
    }
    if (options.filterable === true) {
      row.filter = { standings: encodeStandings(relations.standings.get(task.id)!), due: dueDate(resolved) ?? '', dueKey: relations.dueKeys.get(task.id)!, order: index };
    }
    return row;
  });
}

/**
 * A unit's part in a task, in the site's one vocabulary: its role when the task names it (牵头,
 * 配合, 督办 …); as a member of the group the task names, 作为“各板块各部门”成员落实 (or 作为“…”成员配合
 * for a group in another role) — never 牵头, which would count the group's task as the unit's own.
 */
export function roleLabel(role: Role, viaName: string | undefined): string {
  if (viaName === undefined) return role;
  return role === LEAD_ROLE ? t('role.member', { group: viaName }) : t('role.memberIn', { group: viaName, role });
}

/** The tasks of some assignments, by id, in the same order. */
export function assignedTasks(site: Site, items: readonly Assignment[]): TaskEntry[] {
  return items.map((item) => site.content.taskById.get(item.taskId)!);
}

/**
 * The meetings `tasks` come from, in the order of the site's meetings. A list names each task's
 * meeting only when there are two or more: with one, every row would repeat the same title.
 */
export function meetingsOf(site: Site, tasks: readonly TaskEntry[]): MeetingLabel[] {
  const used = new Set(tasks.map((task) => task.data.source.meeting));
  return site.content.meetings.filter((meeting) => used.has(meeting.id)).map((meeting) => meetingLabel(site.content, meeting.id));
}
