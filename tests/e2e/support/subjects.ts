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
import { markRestorations } from '../../../src/lib/transcript.ts';
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
    const statuses = new Set(tasksOf(unit.id).all.map((id) => site.progress.status(id)));
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
export const openDatedTasks: readonly TaskEntry[] = site.content.tasks.filter((task) => confirmedDate(task.id) !== null && !CLOSED_STATUSES.has(site.progress.status(task.id)));

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

/** A word restored in a transcript: where it stands, its text, the copy's word, and what follows it. */
export interface RestoredMark {
  meeting: string;
  paragraph: string;
  text: string;
  copy: string;
  /** The paragraph's text right after the mark ('' at its end). */
  after: string;
  /** Where the mark starts in the paragraph's text. */
  offset: number;
}

/** Every restored word of every meeting, in page order. */
export const restoredMarks: readonly RestoredMark[] = site.content.meetings.flatMap((meeting) =>
  (site.content.paragraphs.get(meeting.id) ?? []).flatMap((paragraph) => {
    const runs = markRestorations(paragraph.text, meeting.data.restorations);
    let offset = 0;
    return runs.flatMap((run, index) => {
      const at = offset;
      offset += run.text.length;
      return run.copy === undefined ? [] : [{ meeting: meeting.id, paragraph: paragraph.id, text: run.text, copy: run.copy, after: runs[index + 1]?.text ?? '', offset: at }];
    });
  }),
);

/** A task that names a checklist: its title is on the checklist's page and on the task's. */
const namedChecklist = first(
  site.content.checklists.filter((checklist) => (site.relations.tasksByChecklist.get(checklist.id) ?? []).length > 0),
  'a checklist that a task names',
);

/**
 * A word to search for with results of more than one kind: the title of a checklist that a task
 * names, found on the checklist's page (a 清单 result) and on the task's (a 任务 result).
 */
export const searchWord: { query: string; checklist: ChecklistEntry; task: TaskEntry } = {
  query: namedChecklist.data.title,
  checklist: namedChecklist,
  task: site.relations.tasksByChecklist.get(namedChecklist.id)![0]!,
};

/** Another word to search for after the first: a directive's title. */
export const laterSearchWord: string = first(site.content.directives, 'a directive').data.title;

/** The Han two-character sequences of a text. */
function bigrams(text: string): string[] {
  const han = /^\p{Script=Han}{2}$/u;
  return [...text].flatMap((_char, index, chars) => {
    const pair = `${chars[index]}${chars[index + 1] ?? ''}`;
    return han.test(pair) ? [pair] : [];
  });
}

/**
 * A phrase of a meeting's transcript that search leads to its paragraph: a clause (between
 * punctuation) of four to ten characters whose every two-character sequence stands in no other
 * paragraph of any meeting, so whatever words Pagefind cuts it into, only that paragraph holds them.
 */
export const transcriptPhrase: { meeting: string; title: string; paragraph: string; phrase: string } = first(
  site.content.meetings.flatMap((meeting) => {
    const paragraphs = site.content.paragraphs.get(meeting.id) ?? [];
    const elsewhere = (paragraph: string) =>
      new Set(site.content.meetings.flatMap((other) => (site.content.paragraphs.get(other.id) ?? []).filter((each) => other.id !== meeting.id || each.id !== paragraph).flatMap((each) => bigrams(each.text))));
    return paragraphs.flatMap((paragraph) => {
      const others = elsewhere(paragraph.id);
      return paragraph.text
        .split(/[，。；：、！？“”（）,.;:!?\s]+/)
        .filter((clause) => clause.length >= 4 && clause.length <= 10 && /^\p{Script=Han}+$/u.test(clause) && bigrams(clause).every((pair) => !others.has(pair)))
        .map((phrase) => ({ meeting: meeting.id, title: meeting.data.title, paragraph: paragraph.id, phrase }));
    });
  }),
  'a clause of a transcript whose words stand in no other paragraph',
);

/**
 * Queries an editor's content gives search, each with the page that must come first or within
 * the top three: a unit's name leads to its page, its short name and aliases near it; a
 * directive's, checklist's, task's and meeting's title to its page.
 */
export function qualityQueries(): [string, 'first' | 'top3', string][] {
  const { departments, directives, checklists, tasks, meetings } = site.content;
  // A short name or alias another unit also answers to says nothing about either.
  const names = new Map<string, number>();
  for (const unit of departments) for (const name of new Set([unit.data.name, unit.data.short, ...unit.data.aliases])) if (name !== undefined) names.set(name, (names.get(name) ?? 0) + 1);
  return [
    ...departments.flatMap((unit) => [
      [unit.data.name, 'first', `units/${unit.id}/`] as [string, 'first' | 'top3', string],
      ...[...new Set([unit.data.short, ...unit.data.aliases])]
        .filter((name): name is string => name !== undefined && name !== unit.data.name && names.get(name) === 1)
        .map((name): [string, 'first' | 'top3', string] => [name, 'top3', `units/${unit.id}/`]),
    ]),
    ...directives.map((directive): [string, 'first' | 'top3', string] => [directive.data.title, 'first', `directives/${directive.id}/`]),
    ...checklists.map((checklist): [string, 'first' | 'top3', string] => [checklist.data.title, 'top3', `checklists/${checklist.id}/`]),
    ...tasks.map((task): [string, 'first' | 'top3', string] => [task.data.title, 'top3', `tasks/${task.id}/`]),
    ...meetings.map((meeting): [string, 'first' | 'top3', string] => [meeting.data.title, 'top3', `meetings/${meeting.id}/`]),
  ];
}
