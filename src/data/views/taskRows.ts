/**
 * The rows of a task table (<TaskTable>): what each row shows, and for the filterable task list
 * what the filter script reads. Shared by every view that lists tasks.
 */
import type { ResolvedDeadline } from '../../lib/deadline.ts';
import { encodeRoles } from '../../lib/taskFilter.ts';
import { leadUnits, supportUnits, type Assignment } from '../../lib/units.ts';
import type { Deadline } from '../../schemas/deadline.ts';
import type { Role } from '../../schemas/responsibility.ts';
import type { TaskStatus } from '../../schemas/taskStatus.ts';
import { unitName } from '../content.ts';
import type { TaskEntry } from '../entries.ts';
import type { Site } from '../site.ts';

/** One task as a table row. */
export interface TaskRow {
  id: string;
  title: string;
  status: TaskStatus;
  deadline: Deadline;
  resolved: ResolvedDeadline;
  /** Units that lead it (牵头). */
  leads: readonly string[];
  /** Units named in another role. */
  supports: readonly string[];
  /** On a unit's list: the unit's own role, and the name of the group it came through if any. */
  own?: { role: Role; viaName: string | undefined };
  /** On the filterable list: the row's data for the filter script. */
  filter?: { roles: string; due: string; dueKey: string; order: number };
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
      status: task.data.status,
      deadline: task.data.deadline,
      resolved,
      leads: leadUnits(task.data),
      supports: supportUnits(task.data),
    };
    const own = options.own?.get(task.id);
    if (own !== undefined) row.own = { role: own.role, viaName: own.via === undefined ? undefined : unitName(site.content, own.via) };
    if (options.filterable === true) {
      row.filter = { roles: encodeRoles(relations.reach.get(task.id)!), due: resolved.date ?? '', dueKey: relations.dueKeys.get(task.id)!, order: index };
    }
    return row;
  });
}

/** The tasks of some assignments, by id, in the same order. */
export function assignedTasks(site: Site, items: readonly Assignment[]): TaskEntry[] {
  return items.map((item) => site.content.taskById.get(item.taskId)!);
}
