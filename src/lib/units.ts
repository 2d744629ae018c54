/**
 * What each unit must do: the tasks it leads, those it takes another role in, and those that
 * reach it through a group it belongs to (各板块各部门 → every member unit). Built once for all
 * units, so a unit page never scans every task.
 */
import type { Role } from '../schemas/responsibility.ts';

/** The role that leads a task (a task has at least one). */
export const LEAD_ROLE: Role = '牵头';

/** The minimum of a task this needs: its id and who is responsible. */
export interface TaskLike {
  id: string;
  responsibilities: readonly { unit: string; role: Role; who?: string | undefined }[];
}

/** The units that lead a task (牵头), in the order the task names them. */
export function leadUnits(task: Pick<TaskLike, 'responsibilities'>): string[] {
  return task.responsibilities.filter((line) => line.role === LEAD_ROLE).map((line) => line.unit);
}

/** The units named in any other role (配合、督办等单位), in the order the task names them. */
export function supportUnits(task: Pick<TaskLike, 'responsibilities'>): string[] {
  return task.responsibilities.filter((line) => line.role !== LEAD_ROLE).map((line) => line.unit);
}

/** One task as seen from one unit. */
export interface Assignment {
  taskId: string;
  role: Role;
  who: string | undefined;
  /** The group through which it reaches the unit; undefined when the unit is named itself. */
  via: string | undefined;
}

/** A unit's tasks, by how they reach it. */
export interface UnitAssignments {
  lead: Assignment[];
  support: Assignment[];
  viaGroup: Assignment[];
}

/**
 * Unit id → its assignments, from every task: under the units a task names (by role), and under
 * every member of a named group unless that member is named itself. `unitsByGroup` is
 * `memberUnits(containingGroups(members))`. Units with no tasks are absent; use `?? NO_ASSIGNMENTS`.
 */
export function assignTasks(tasks: readonly TaskLike[], unitsByGroup: ReadonlyMap<string, readonly string[]>): Map<string, UnitAssignments> {
  const byUnit = new Map<string, UnitAssignments>();
  const of = (unit: string): UnitAssignments => {
    let entry = byUnit.get(unit);
    if (entry === undefined) {
      entry = { lead: [], support: [], viaGroup: [] };
      byUnit.set(unit, entry);
    }
    return entry;
  };
  for (const task of tasks) {
    const named = new Set(task.responsibilities.map((line) => line.unit));
    // Members already reached through an earlier group of this task: listed once, under the first.
    // A set per task, not a search of the member's list, which holds a thousand tasks on a large site.
    const reached = new Set<string>();
    for (const line of task.responsibilities) {
      const item = { taskId: task.id, role: line.role, who: line.who };
      (line.role === LEAD_ROLE ? of(line.unit).lead : of(line.unit).support).push({ ...item, via: undefined });
      for (const member of unitsByGroup.get(line.unit) ?? []) {
        if (named.has(member) || reached.has(member)) continue; // named in its own right: shown there, not twice
        reached.add(member);
        of(member).viaGroup.push({ ...item, via: line.unit });
      }
    }
  }
  return byUnit;
}

/** The empty result, for units without tasks. */
export const NO_ASSIGNMENTS: UnitAssignments = Object.freeze({ lead: [], support: [], viaGroup: [] }) as UnitAssignments;

/** Group id → every unit it reaches, nested groups included; the reverse of `containingGroups`. */
export function memberUnits(containing: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const unitsByGroup = new Map<string, string[]>();
  for (const [unit, groups] of containing) {
    for (const group of groups) {
      const list = unitsByGroup.get(group) ?? [];
      list.push(unit);
      unitsByGroup.set(group, list);
    }
  }
  return unitsByGroup;
}

/**
 * How a task stands to a unit, in the words staff use: 本单位牵头 (`lead`, named as 牵头), 配合
 * (`support`, named in any other role: 配合、督办等), or 作为成员单位落实 (`member`, reached as a
 * member of a group the task names — never counted or shown as the unit's own 牵头).
 */
export const STANDINGS = ['lead', 'support', 'member'] as const;
export type Standing = (typeof STANDINGS)[number];

/** The standing of a unit named in `role` itself, or reached through a group (`viaGroup`). */
export function standingOf(role: Role, viaGroup: boolean): Standing {
  if (viaGroup) return 'member';
  return role === LEAD_ROLE ? 'lead' : 'support';
}

/**
 * Every unit a task reaches and how: the units it names by their role, then the members of named
 * groups as `member` unless named themselves. What the task list filters on.
 */
export function standingsReached(task: TaskLike, unitsByGroup: ReadonlyMap<string, readonly string[]>): Map<string, Standing> {
  const named = new Set(task.responsibilities.map((line) => line.unit));
  return new Map([...rolesReached(task, unitsByGroup)].map(([unit, role]) => [unit, standingOf(role, !named.has(unit))]));
}

/**
 * Every unit a task reaches and its role there: the units it names, then the members of named
 * groups (with the group's role) unless named themselves.
 */
export function rolesReached(task: TaskLike, unitsByGroup: ReadonlyMap<string, readonly string[]>): Map<string, Role> {
  const roles = new Map<string, Role>(task.responsibilities.map((line) => [line.unit, line.role]));
  for (const line of task.responsibilities) {
    for (const member of unitsByGroup.get(line.unit) ?? []) if (!roles.has(member)) roles.set(member, line.role);
  }
  return roles;
}
