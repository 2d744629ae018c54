/**
 * The relations part of the site index: what links entries to each other once groups and
 * milestones are taken into account — whom a task reaches, which groups hold a unit, each task's
 * deadline as a date, the checklists of each unit, the tasks of each directive. Pure.
 */
import { resolveDeadline, type MilestoneDate, type ResolvedDeadline } from '../lib/deadline.ts';
import { containingGroups } from '../lib/groups.ts';
import { deadlineSortKey } from '../lib/timeline.ts';
import { assignTasks, memberUnits, rolesReached, standingsReached, type Standing, type UnitAssignments } from '../lib/units.ts';
import type { Role } from '../schemas/responsibility.ts';
import type { SiteContent } from './content.ts';
import type { ChecklistEntry, TaskEntry } from './entries.ts';

/** How entries relate, computed once for every page. */
export interface SiteRelations {
  /** Unit id → the groups that contain it, directly or not. */
  groupsByUnit: ReadonlyMap<string, readonly string[]>;
  /** Group id → every unit it reaches, nested groups included. */
  unitsByGroup: ReadonlyMap<string, readonly string[]>;
  /** Task id → every unit it reaches (members of named groups included) and the role there. */
  reach: ReadonlyMap<string, ReadonlyMap<string, Role>>;
  /** Task id → every unit it reaches and how: 本单位牵头, 配合, or 作为成员单位 (`standingsReached`). */
  standings: ReadonlyMap<string, ReadonlyMap<string, Standing>>;
  /** Unit id → the tasks it leads, supports, or receives through a group. */
  assignments: ReadonlyMap<string, UnitAssignments>;
  /** Task id → its deadline's date, when known. */
  deadlines: ReadonlyMap<string, ResolvedDeadline>;
  /** Task id → a key that sorts deadlines in the order a reader acts on them (`deadlineSortKey`). */
  dueKeys: ReadonlyMap<string, string>;
  /** Directive id → its tasks, in the speech's order (every directive has a list, maybe empty). */
  tasksByDirective: ReadonlyMap<string, readonly TaskEntry[]>;
  /** Checklist id → the units and groups it applies to, members of groups included. */
  checklistUnits: ReadonlyMap<string, readonly string[]>;
  /** Unit or group id → the checklists that apply to it, directly or through a group. */
  checklistsByUnit: ReadonlyMap<string, readonly ChecklistEntry[]>;
  /** Checklist id → the tasks that name it. */
  tasksByChecklist: ReadonlyMap<string, readonly TaskEntry[]>;
}

/** Adds `value` to the list under `key`. */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Relates the indexed content. */
export function indexRelations(content: SiteContent): SiteRelations {
  const members = new Map(content.departments.flatMap((unit) => (unit.data.members === undefined ? [] : [[unit.id, unit.data.members] as const])));
  const groupsByUnit = containingGroups(members);
  const unitsByGroup = memberUnits(groupsByUnit);
  const taskLikes = content.tasks.map((task) => ({ id: task.id, responsibilities: task.data.responsibilities }));

  const milestoneDates = new Map<string, MilestoneDate>(content.milestones.map((milestone) => [milestone.id, milestone.data]));
  const milestoneRank = new Map(content.milestones.map((milestone, index) => [milestone.id, index]));
  const deadlines = new Map(
    content.tasks.map((task) => [
      task.id,
      resolveDeadline(task.data.deadline, milestoneDates, content.meetingById.get(task.data.source.meeting)?.data.date ?? null),
    ]),
  );

  const tasksByDirective = new Map<string, TaskEntry[]>(content.directives.map((directive) => [directive.id, []]));
  for (const task of content.tasks) append(tasksByDirective, task.data.directive, task);

  const checklistUnits = new Map(
    content.checklists.map((checklist) => [checklist.id, [...new Set(checklist.data.appliesTo.flatMap((id) => [id, ...(unitsByGroup.get(id) ?? [])]))]]),
  );
  const checklistsByUnit = new Map<string, ChecklistEntry[]>();
  for (const checklist of content.checklists) for (const unit of checklistUnits.get(checklist.id) ?? []) append(checklistsByUnit, unit, checklist);
  const tasksByChecklist = new Map<string, TaskEntry[]>();
  for (const task of content.tasks) if (task.data.checklist !== undefined) append(tasksByChecklist, task.data.checklist, task);

  return {
    groupsByUnit,
    unitsByGroup,
    reach: new Map(taskLikes.map((task) => [task.id, rolesReached(task, unitsByGroup)])),
    standings: new Map(taskLikes.map((task) => [task.id, standingsReached(task, unitsByGroup)])),
    assignments: assignTasks(taskLikes, unitsByGroup),
    deadlines,
    dueKeys: new Map(
      content.tasks.map(({ id, data: { deadline } }) => [
        id,
        deadlineSortKey(deadline, deadlines.get(id)!, deadline.kind === 'milestone' ? milestoneRank.get(deadline.milestone) : undefined),
      ]),
    ),
    tasksByDirective,
    checklistUnits,
    checklistsByUnit,
    tasksByChecklist,
  };
}
