/**
 * All content, loaded once per build and indexed for the pages: lookups by id, tasks in the
 * order the speech gives them, each unit's tasks. Pages call `loadSite()`; the work is done on the
 * first call and shared by every page after it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { entryChanges, type EntryChange, type EntryRef } from '~/lib/changes';
import type { Commit } from '~/lib/gitLog';
import { routes } from '~/lib/paths';
import { readHistory } from './history';
import { resolveDeadline, type MilestoneDate, type ResolvedDeadline } from '~/lib/deadline';
import { groupsOf } from '~/lib/groups';
import { deadlineSortKey } from '~/lib/timeline';
import { membersByGroup, rolesReached, tasksByUnit, type UnitTasks } from '~/lib/units';
import type { Role } from '~/schemas/responsibility';
import { parseTranscript, quotePosition, findQuote, type Paragraph } from '~/lib/transcript';

export type Meeting = CollectionEntry<'meetings'>;
export type Directive = CollectionEntry<'directives'>;
export type Task = CollectionEntry<'tasks'>;
export type Department = CollectionEntry<'departments'>;
export type Checklist = CollectionEntry<'checklists'>;
export type Milestone = CollectionEntry<'milestones'>;

/** Everything a page may need, indexed. */
export interface Site {
  meetings: Meeting[];
  directives: Directive[];
  tasks: Task[];
  departments: Department[];
  checklists: Checklist[];
  milestones: Milestone[];
  meeting: Map<string, Meeting>;
  directive: Map<string, Directive>;
  task: Map<string, Task>;
  department: Map<string, Department>;
  checklist: Map<string, Checklist>;
  milestone: Map<string, Milestone>;
  /** Transcript paragraphs per meeting id. */
  paragraphs: Map<string, Paragraph[]>;
  /** Per unit id: tasks it leads, supports, or receives through a group. */
  unitTasks: Map<string, UnitTasks>;
  /** Per unit id: the groups that contain it, directly or not. */
  groupsOf: Map<string, string[]>;
  /** Per task id: the resolved deadline. */
  deadline: Map<string, ResolvedDeadline>;
  /** Per task id: a key that sorts deadlines for action (see `deadlineSortKey`). */
  dueKey: Map<string, string>;
  /** Per task id: every unit it reaches (members of named groups included) and the role there. */
  reach: Map<string, Map<string, Role>>;
  /** Per directive id: its tasks, in the speech's order. */
  tasksOf: Map<string, Task[]>;
  /** Per checklist id: the units and groups it applies to, members of groups included. */
  checklistUnits: Map<string, string[]>;
  /** Per unit or group id: the checklists that apply to it (directly or through a group). */
  checklistsOf: Map<string, Checklist[]>;
  /** Per checklist id: the tasks that name it. */
  tasksWithChecklist: Map<string, Task[]>;
  /** Tasks whose deadline has no date yet. */
  undatedCount: number;
  /** Recent content changes, newest first, each with the units it concerns. */
  changes: EntryChange[];
  /** Per unit id: the recent changes that concern it, newest first. */
  changesOf: Map<string, EntryChange[]>;
  /** The last commit that changed a content file, if the history knows it. */
  lastChange: (file: string) => Commit | undefined;
  /** The title and page of an entry (undefined once it is gone). */
  describe: (entry: EntryRef) => { title: string; path: string } | undefined;
  /** Names of units by id, for search filters (unknown ids are left out). */
  unitNames: (ids: Iterable<string>) => string[];
  /** The paragraph a source quote falls in, or undefined. */
  paragraphOf: (source: { meeting: string; quote: string }) => Paragraph | undefined;
}

let cached: Promise<Site> | undefined;

/** Loads and indexes all content (once). */
export function loadSite(): Promise<Site> {
  cached ??= build();
  return cached;
}

const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((entry) => [entry.id, entry]));

/** Adds `value` to the list under `key`. */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

async function build(): Promise<Site> {
  const [meetings, directives, allTasks, departments, checklists, milestones] = await Promise.all([
    getCollection('meetings'),
    getCollection('directives'),
    getCollection('tasks'),
    getCollection('departments'),
    getCollection('checklists'),
    getCollection('milestones'),
  ]);
  const paragraphs = new Map(meetings.map((meeting) => [meeting.id, parseTranscript(meeting.body ?? '')]));
  const paragraphOf = (source: { meeting: string; quote: string }) => findQuote(paragraphs.get(source.meeting) ?? [], source.quote);

  directives.sort((a, b) => a.data.number - b.data.number);
  // Milestones: by date; those without one in the order the speech mentions them.
  const mentioned = (milestone: Milestone) => quotePosition(paragraphs.get(milestone.data.source.meeting) ?? [], milestone.data.source.quote);
  milestones.sort((a, b) => (a.data.date ?? '9999').localeCompare(b.data.date ?? '9999') || mentioned(a) - mentioned(b));
  const directiveOrder = new Map(directives.map((directive, index) => [directive.id, index]));
  const position = (task: Task) => quotePosition(paragraphs.get(task.data.source.meeting) ?? [], task.data.source.quote);
  const tasks = [...allTasks].sort(
    (a, b) => (directiveOrder.get(a.data.directive) ?? 0) - (directiveOrder.get(b.data.directive) ?? 0) || position(a) - position(b) || a.id.localeCompare(b.id),
  );

  const members = new Map(departments.filter((unit) => unit.data.members !== undefined).map((unit) => [unit.id, unit.data.members!]));

  const milestoneDates = new Map<string, MilestoneDate>(milestones.map((m) => [m.id, { date: m.data.date, dateIsInferred: m.data.dateIsInferred }]));
  const meeting = byId(meetings);
  const departmentById = byId(departments);
  const deadline = new Map(
    tasks.map((task) => [task.id, resolveDeadline(task.data.deadline, milestoneDates, meeting.get(task.data.source.meeting)?.data.date ?? null)]),
  );

  const containing = groupsOf(members);
  const membersOf = membersByGroup(containing);
  const tasksOf = new Map<string, Task[]>(directives.map((directive) => [directive.id, []]));
  const reach = new Map(tasks.map((task) => [task.id, rolesReached({ id: task.id, responsibilities: task.data.responsibilities }, membersOf)]));
  for (const task of tasks) append(tasksOf, task.data.directive, task);

  const history = readHistory();
  const checklistById = byId(checklists);
  const checklistUnits = new Map(
    checklists.map((checklist) => [checklist.id, [...new Set(checklist.data.appliesTo.flatMap((id) => [id, ...(membersOf.get(id) ?? [])]))]]),
  );
  const checklistsOf = new Map<string, Checklist[]>();
  for (const checklist of checklists) for (const unit of checklistUnits.get(checklist.id)!) append(checklistsOf, unit, checklist);
  const tasksWithChecklist = new Map<string, Task[]>();
  for (const task of tasks) if (task.data.checklist !== undefined) append(tasksWithChecklist, task.data.checklist, task);
  const unitsOf = (entry: EntryRef): string[] => {
    switch (entry.collection) {
      case 'tasks':
        return [...(reach.get(entry.id)?.keys() ?? [])];
      case 'departments':
        return [entry.id];
      case 'checklists':
        return checklistUnits.get(entry.id) ?? [];
      default:
        return [];
    }
  };
  const taskById = byId(tasks);
  const directiveById = byId(directives);
  const describe = (entry: EntryRef) => {
    switch (entry.collection) {
      case 'tasks': {
        const task = taskById.get(entry.id);
        return task && { title: task.data.title, path: routes.task(task.id) };
      }
      case 'departments': {
        const unit = departmentById.get(entry.id);
        return unit && { title: unit.data.name, path: routes.unit(unit.id) };
      }
      case 'checklists': {
        const checklist = checklistById.get(entry.id);
        return checklist && { title: checklist.data.title, path: routes.checklist(checklist.id) };
      }
      case 'directives': {
        const directive = directiveById.get(entry.id);
        return directive && { title: directive.data.title, path: routes.directive(directive.id) };
      }
      case 'meetings': {
        const found = meeting.get(entry.id);
        return found && { title: found.data.title, path: routes.meeting(found.id) };
      }
      case 'milestones':
        return { title: '', path: routes.milestones() };
      default:
        return undefined;
    }
  };
  const changes = entryChanges(history.recent, unitsOf);
  const changesOf = new Map<string, EntryChange[]>();
  for (const change of changes) for (const unit of change.units) append(changesOf, unit, change);

  return {
    meetings,
    directives,
    tasks,
    departments: [...departments].sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN')),
    checklists,
    milestones,
    meeting,
    directive: directiveById,
    task: taskById,
    department: departmentById,
    checklist: checklistById,
    milestone: byId(milestones),
    paragraphs,
    unitTasks: tasksByUnit(tasks.map((task) => ({ id: task.id, responsibilities: task.data.responsibilities })), members),
    groupsOf: containing,
    deadline,
    dueKey: new Map(tasks.map((task) => [task.id, deadlineSortKey(task.data.deadline, deadline.get(task.id)!)])),
    reach,
    tasksOf,
    paragraphOf,
    checklistUnits,
    checklistsOf,
    tasksWithChecklist,
    undatedCount: tasks.filter((task) => deadline.get(task.id)!.date === null).length,
    changes,
    changesOf,
    lastChange: (file) => history.last.get(file),
    describe,
    unitNames: (ids) => [...ids].flatMap((id) => {
      const unit = departmentById.get(id);
      return unit === undefined ? [] : [unit.data.name];
    }),
  };
}
