/**
 * What the browser tests look at, picked from the real content instead of named in the tests: a
 * unit with tasks, a checklist with items, a task with a confirmed or an unconfirmed date, a word
 * to search for. The content is read once per worker with the check's reader and indexed as the
 * build indexes it (`checkContent` + `indexSite`, git history included), so every expected title,
 * date, count and name is derived from the same files the tested build was made from, and an
 * editor's change (a second meeting, a moved date, a renamed unit) changes both alike.
 *
 * A subject the content cannot provide fails loudly, naming what is missing; a subject the content
 * may rightly lack (a date whose year waits for confirmation) is `undefined`, and the test that
 * needs it skips with that reason.
 */
import { join } from 'node:path';
import { checkContent } from '../../../src/check/checkContent.ts';
import type { ChecklistEntry, DepartmentEntry, TaskEntry } from '../../../src/data/entries.ts';
import { readGitHistory } from '../../../src/data/history.ts';
import { indexSite, type Site } from '../../../src/data/site.ts';
import { dueDate } from '../../../src/lib/deadline.ts';
import { formatProblem } from '../../../src/lib/problems.ts';
import type { Standing } from '../../../src/lib/units.ts';
import { CLOSED_STATUSES, TASK_STATUSES, type TaskStatus } from '../../../src/schemas/taskStatus.ts';

/** The repository the tested site was built from. */
export const ROOT = join(import.meta.dirname, '../../..');

/** The content's files, by `<collection>/<id>`: `content/tasks/x.md` for `tasks/x`. */
const files = new Map<string, string>();

function load(): Site {
  const { problems, content } = checkContent(ROOT, { base: null });
  if (problems.length > 0) throw new Error(`content/ does not pass npm run check, so the site was not built:\n${problems.map(formatProblem).join('\n')}`);
  for (const collection of ['meetings', 'directives', 'tasks', 'departments', 'checklists', 'milestones'] as const) {
    for (const entry of content[collection]) files.set(`${collection}/${entry.id}`, entry.file);
  }
  return indexSite({
    ...content,
    meetings: content.meetings.map((meeting) => ({ ...meeting, body: meeting.data.body })),
    history: readGitHistory(ROOT),
  });
}

/** The real content, indexed as the build indexes it. */
export const site: Site = load();

/** The file an entry was read from, from the repository root. */
export function fileOf(collection: 'meetings' | 'directives' | 'tasks' | 'departments' | 'checklists' | 'milestones', id: string): string {
  const file = files.get(`${collection}/${id}`);
  if (file === undefined) throw new Error(`no ${collection} entry "${id}" in content/`);
  return file;
}

/** `list[0]`, or an error naming what the content lacks that a test needs. */
function first<T>(list: readonly T[], what: string): T {
  if (list.length === 0) throw new Error(`The browser tests need ${what}, and content/ has none. Add one, or change the test that asks for it.`);
  return list[0]!;
}

/** A unit's name. */
export function nameOf(id: string): string {
  return site.content.departmentById.get(id)!.data.name;
}

/** A task's title. */
export function titleOf(id: string): string {
  return site.content.taskById.get(id)!.data.title;
}

/** Every single unit (not a group), in the site's order. */
export const singleUnits: readonly DepartmentEntry[] = site.content.departments.filter((unit) => unit.data.members === undefined);

/** Every group of units. */
export const groups: readonly DepartmentEntry[] = site.content.departments.filter((unit) => unit.data.members !== undefined);

/** The tasks that reach a unit (named, or through a group), by its standing in each. */
export function tasksOf(unit: string): { all: string[]; lead: string[]; support: string[]; member: string[] } {
  const reached = site.content.tasks.flatMap((task) => {
    const standing = site.relations.standings.get(task.id)?.get(unit);
    return standing === undefined ? [] : [[task.id, standing] as const];
  });
  const having = (standing: Standing) => reached.filter(([, each]) => each === standing).map(([id]) => id);
  return { all: reached.map(([id]) => id), lead: having('lead'), support: having('support'), member: having('member') };
}

/** Single units, those with the most tasks first (ties by id): the heaviest unit pages lead. */
const busiest: readonly DepartmentEntry[] = [...singleUnits].sort((a, b) => tasksOf(b.id).all.length - tasksOf(a.id).all.length || a.id.localeCompare(b.id));

/** The single unit the most tasks reach: its page is the heaviest, for budgets, print and weight. */
export const busiestUnit: DepartmentEntry = first(busiest, 'a unit with tasks');

/**
 * A unit that leads a task itself and receives others as a member of a group, and is not reached
 * by every task (so a filter on it narrows the list).
 */
export const leadingMember: DepartmentEntry = first(
  busiest.filter((unit) => {
    const tasks = tasksOf(unit.id);
    return tasks.lead.length > 0 && tasks.member.length > 0 && tasks.all.length < site.content.tasks.length;
  }),
  'a unit that leads a task and receives others through a group',
);

/** The groups through which tasks reach a unit, with how many each brings, in order of first appearance. */
export function viaGroups(unit: string): { id: string; name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of site.relations.assignments.get(unit)?.viaGroup ?? []) counts.set(item.via!, (counts.get(item.via!) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, name: nameOf(id), count }));
}

/** A single unit and a status none of its tasks has: a filter that leaves nothing. */
export const emptyFilter: { unit: DepartmentEntry; status: TaskStatus } = first(
  busiest.flatMap((unit) => {
    const statuses = new Set(tasksOf(unit.id).all.map((id) => site.content.taskById.get(id)!.data.status));
    return TASK_STATUSES.filter((status) => !statuses.has(status)).map((status) => ({ unit, status }));
  }),
  'a unit with no task in some status',
);

/** The confirmed date of a task's deadline, or null (none yet, or its year waits for confirmation). */
export function confirmedDate(task: string): string | null {
  return dueDate(site.relations.deadlines.get(task)!);
}

/** Tasks whose date (or its year) an editor still has to confirm: shown, but never alarming or in a calendar. */
export const unconfirmedTasks: readonly TaskEntry[] = site.content.tasks.filter((task) => {
  const resolved = site.relations.deadlines.get(task.id)!;
  return resolved.date !== null && resolved.inferred;
});

/** Open tasks whose deadline has a confirmed date: the ones that become due and then overdue. */
export const openDatedTasks: readonly TaskEntry[] = site.content.tasks.filter((task) => confirmedDate(task.id) !== null && !CLOSED_STATUSES.has(task.data.status));

/**
 * A checklist staff can tick on its page: at least four items, the first with its source in the
 * speech (a link between the tick and the note), and at least two single units to tick it for,
 * both among its page's choices: `units[0]`, the one the tests tick for most, has another
 * checklist too (`second`, shown beside it on the unit page); `units[1]` is another.
 */
export const tickable: { checklist: ChecklistEntry; units: readonly [DepartmentEntry, DepartmentEntry]; second: ChecklistEntry } = first(
  site.content.checklists.flatMap((checklist) => {
    const units = (site.relations.checklistUnits.get(checklist.id) ?? [])
      .map((id) => site.content.departmentById.get(id)!)
      .filter((unit) => unit.data.members === undefined)
      .sort((a, b) => busiest.indexOf(a) - busiest.indexOf(b));
    const mine = units.find((unit) => checklistsOf(unit.id).length > 1);
    const other = units.find((unit) => unit !== mine);
    const firstItem = checklist.data.items[0]!;
    const linked = firstItem.quote !== undefined && site.content.paragraphs.get(checklist.data.source.meeting)?.some((paragraph) => paragraph.text.includes(firstItem.quote!));
    if (checklist.data.items.length < 4 || linked !== true || mine === undefined || other === undefined) return [];
    return [{ checklist, units: [mine, other] as const, second: checklistsOf(mine.id).find((each) => each.id !== checklist.id)! }];
  }),
  'a checklist of four or more items, the first quoting the speech, for two single units, one of them with another checklist',
);

/** The checklists that apply to a unit, directly or through its groups. */
export function checklistsOf(unit: string): readonly ChecklistEntry[] {
  return site.relations.checklistsByUnit.get(unit) ?? [];
}

/** `YYYY-MM-DD` as the pages write a month and day: 5月19日. */
export function monthDay(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return `${month}月${day}日`;
}

/** `YYYY-MM-DD` as the pages write a date in prose: 2022年5月19日. */
export function proseDate(date: string): string {
  const [year] = date.split('-');
  return `${year}年${monthDay(date)}`;
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
