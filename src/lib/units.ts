/**
 * What each unit must do: the tasks it leads, those it takes another role in, and those that
 * reach it through a group it belongs to (各板块各部门 → every member unit). Built once for all
 * units, so a unit page never scans every task.
 */
import type { Role } from '../schemas/responsibility.ts';
import { groupsOf, type MemberMap } from './groups.ts';

/** The minimum of a task this needs: its id and who is responsible. */
export interface TaskLike {
  id: string;
  responsibilities: readonly { unit: string; role: Role; who?: string | undefined }[];
}

/** One task as seen from one unit. */
export interface UnitTask {
  taskId: string;
  role: Role;
  who: string | undefined;
  /** The group through which it reaches the unit; undefined when the unit is named itself. */
  via: string | undefined;
}

/** A unit's tasks, by how they reach it. */
export interface UnitTasks {
  lead: UnitTask[];
  support: UnitTask[];
  viaGroup: UnitTask[];
}

/** Tasks per unit id. Units with no tasks are absent; use `?? EMPTY`. */
export function tasksByUnit(tasks: readonly TaskLike[], members: MemberMap): Map<string, UnitTasks> {
  const containing = groupsOf(members);
  const byUnit = new Map<string, UnitTasks>();
  const of = (unit: string): UnitTasks => {
    let entry = byUnit.get(unit);
    if (entry === undefined) {
      entry = { lead: [], support: [], viaGroup: [] };
      byUnit.set(unit, entry);
    }
    return entry;
  };
  const membersOf = membersByGroup(containing);
  for (const task of tasks) {
    const named = new Set(task.responsibilities.map((line) => line.unit));
    for (const line of task.responsibilities) {
      const item = { taskId: task.id, role: line.role, who: line.who };
      (line.role === '牵头' ? of(line.unit).lead : of(line.unit).support).push({ ...item, via: undefined });
      for (const member of membersOf.get(line.unit) ?? []) {
        if (named.has(member)) continue; // named in its own right: shown there, not twice
        const list = of(member).viaGroup;
        if (!list.some((existing) => existing.taskId === task.id)) list.push({ ...item, via: line.unit });
      }
    }
  }
  return byUnit;
}

/** The empty result, for units without tasks. */
export const NO_TASKS: UnitTasks = Object.freeze({ lead: [], support: [], viaGroup: [] }) as UnitTasks;

/** Group id → every unit it reaches, nested groups included; from `groupsOf`'s reverse map. */
export function membersByGroup(containing: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const membersOf = new Map<string, string[]>();
  for (const [unit, groups] of containing) {
    for (const group of groups) {
      const list = membersOf.get(group) ?? [];
      list.push(unit);
      membersOf.set(group, list);
    }
  }
  return membersOf;
}

/**
 * Every unit a task reaches and its role there: the units it names, then the members of named
 * groups (with the group's role) unless named themselves. What the task list filters on.
 */
export function rolesReached(task: TaskLike, membersOf: ReadonlyMap<string, readonly string[]>): Map<string, Role> {
  const roles = new Map<string, Role>(task.responsibilities.map((line) => [line.unit, line.role]));
  for (const line of task.responsibilities) {
    for (const member of membersOf.get(line.unit) ?? []) if (!roles.has(member)) roles.set(member, line.role);
  }
  return roles;
}
