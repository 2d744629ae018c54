/**
 * The history part of the site index: the recent content changes (最近更新) with the units each
 * concerns, per unit, and the last change of each file ("最后更新"). Pure: git is read by
 * `readHistory()` before the index is built.
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
}

/** Indexes the history against the content it changed. */
export function indexHistory(history: History, relations: SiteRelations): SiteHistory {
  const unitsOf = (entry: EntryRef): string[] => {
    switch (entry.collection) {
      case 'tasks':
        return [...(relations.reach.get(entry.id)?.keys() ?? [])];
      case 'departments':
        return [entry.id];
      case 'checklists':
        return [...(relations.checklistUnits.get(entry.id) ?? [])];
      default:
        return [];
    }
  };
  const changes = entryChanges(history.recent, unitsOf);
  const changesByUnit = new Map<string, EntryChange[]>();
  for (const change of changes) {
    for (const unit of change.units) {
      const list = changesByUnit.get(unit);
      if (list === undefined) changesByUnit.set(unit, [change]);
      else list.push(change);
    }
  }
  return { changes, changesByUnit, lastChange: history.last };
}

/** The title and page of a changed entry; undefined once the entry is gone. */
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
      // The milestones are one list file: the change names no single entry.
      return { title: '', path: routes.milestones() };
    default:
      return undefined;
  }
}
