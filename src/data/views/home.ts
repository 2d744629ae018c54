/**
 * The home page: "我的单位" checklist progress, the deadlines the browser narrows to what is due
 * now, the directives, the latest changes. What depends on the reader's date stays in the
 * browser; the page carries enough for it to choose from.
 */
import type { EntryChange } from '../../lib/changes.ts';
import { dueDate } from '../../lib/deadline.ts';
import { CLOSED_STATUSES } from '../../schemas/taskStatus.ts';
import type { Site } from '../site.ts';
import { checklistsByUnitId } from './checklist.ts';
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
  directives: readonly { id: string; title: string; summary: string; taskCount: number }[];
  /** The latest changes. */
  recent: readonly EntryChange[];
  taskCount: number;
  checklistCount: number;
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
  const carried = [...new Set([...open.slice(0, HOME_DUE_SPAN), ...(fromBuild < 0 ? [] : open.slice(fromBuild, fromBuild + HOME_DUE_SPAN))])];
  return {
    checklistIds: content.checklists.map((checklist) => checklist.id),
    applies: checklistsByUnitId(site),
    due: taskRows(site, carried),
    directives: content.directives.map((directive) => ({
      id: directive.id,
      title: directive.data.title,
      summary: directive.data.summary,
      taskCount: relations.tasksByDirective.get(directive.id)?.length ?? 0,
    })),
    recent: history.changes.slice(0, HOME_RECENT),
    taskCount: content.tasks.length,
    checklistCount: content.checklists.length,
  };
}
