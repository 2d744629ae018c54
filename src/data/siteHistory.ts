/**
 * The history part of the site index: the recent content changes (最近更新) with the units each
 * concerns, per unit, the last change of each file ("最后更新"), and the date of the newest
 * change. A unit's changes start when the unit exists. Pure: git is read by `readHistory()`
 * before the index is built.
 */
import { entryChanges, type EntryChange, type EntryRef } from '../lib/changes.ts';
import type { Commit } from '../lib/gitLog.ts';
import { routes } from '../lib/paths.ts';
import type { SiteContent } from './content.ts';
import type { History } from './history.ts';
import type { SiteRelations } from './relations.ts';

/** What changed lately, and when each file last changed. */
export interface SiteHistory {
  /** Recent content changes, newest first, each with the units it concerns. */
  changes: readonly EntryChange[];
  /** Unit id → the recent changes that concern it, newest first. */
  changesByUnit: ReadonlyMap<string, readonly EntryChange[]>;
  /** File path (`content/tasks/x.md`) → the last commit that changed it, when git knows it. */
  lastChange: ReadonlyMap<string, Commit>;
  /** `YYYY-MM-DD` of the newest change to the content, when git knows it. */
  contentDate: string | undefined;
}

/** Indexes the history against the content it changed. */
export function indexHistory(history: History, relations: SiteRelations): SiteHistory {
  const withMembers = (id: string) => [id, ...(relations.unitsByGroup.get(id) ?? [])];
  // The units an entry reaches today, and those its versions named (a unit removed from a task
  // still hears that it was).
  const unitsOf = (entry: EntryRef, mentioned: readonly string[]): string[] => {
    const now = (() => {
      switch (entry.collection) {
        case 'tasks':
          return [...(relations.reach.get(entry.id)?.keys() ?? [])];
        case 'checklists':
          return [...(relations.checklistUnits.get(entry.id) ?? [])];
        default:
          return [];
      }
    })();
    return [...new Set([...now, ...mentioned.flatMap(withMembers)])];
  };
  const changes = sinceAdded(entryChanges(history.recent, unitsOf));
  const changesByUnit = new Map<string, EntryChange[]>();
  for (const change of changes) {
    for (const unit of change.units) {
      const list = changesByUnit.get(unit);
      if (list === undefined) changesByUnit.set(unit, [change]);
      else list.push(change);
    }
  }
  const dates = [...history.last.values()].map((commit) => commit.date).sort();
  return { changes, changesByUnit, lastChange: history.last, contentDate: dates.at(-1) };
}

/**
 * The changes with each unit kept only on those from the publication that added the unit on. A
 * unit is reached through today's groups: two 街道 added with a second meeting, and made members of
 * 各板块, would otherwise hear of every earlier change to a task addressed to 各板块 — made before
 * they existed. A unit added before the recent publications keeps all of them. `changes` is newest
 * first, and so are the publications in it.
 */
function sinceAdded(changes: readonly EntryChange[]): EntryChange[] {
  // Each publication's age: 0 for the newest.
  const age = new Map<string, number>();
  for (const { commit } of changes) if (!age.has(commit.hash)) age.set(commit.hash, age.size);
  // The publication that last added each unit (a unit removed and added again starts again).
  const added = new Map<string, number>();
  for (const change of changes) {
    if (change.entry.collection === 'departments' && change.status === 'added' && !added.has(change.entry.id)) added.set(change.entry.id, age.get(change.commit.hash)!);
  }
  if (added.size === 0) return [...changes];
  return changes.map((change) => {
    const at = age.get(change.commit.hash)!;
    const units = change.units.filter((unit) => at <= (added.get(unit) ?? Infinity));
    return units.length === change.units.length ? change : { ...change, units };
  });
}

/** The title and page of a changed entry as it stands today; undefined once the entry is gone. */
export function changedEntry(content: SiteContent, entry: EntryRef): { title: string; path: string } | undefined {
  const describe = <T extends { id: string }>(byId: ReadonlyMap<string, T>, title: (found: T) => string, path: (id: string) => string) => {
    const found = byId.get(entry.id);
    return found && { title: title(found), path: path(found.id) };
  };
  switch (entry.collection) {
    case 'tasks':
      return describe(content.taskById, (task) => task.data.title, routes.task);
    case 'departments':
      return describe(content.departmentById, (unit) => unit.data.name, routes.unit);
    case 'checklists':
      return describe(content.checklistById, (checklist) => checklist.data.title, routes.checklist);
    case 'directives':
      return describe(content.directiveById, (directive) => directive.data.title, routes.directive);
    case 'meetings':
      return describe(content.meetingById, (meeting) => meeting.data.title, (id) => routes.meeting(id));
    case 'milestones':
      return describe(content.milestoneById, (milestone) => milestone.data.name, routes.milestone);
  }
}
