/**
 * One task's page: who (by role), by when, what closes it, the words of the meeting it comes
 * from, and the tasks before and after it among those of the same meeting (directive by
 * directive, as the site lists them): paging on never crosses into another meeting's tasks.
 */
import type { ResolvedDeadline } from '../../lib/deadline.ts';
import type { Paragraph } from '../../lib/transcript.ts';
import { ROLES, type Role } from '../../schemas/responsibility.ts';
import type { TaskStatus } from '../../schemas/taskStatus.ts';
import { buildDate } from '../build.ts';
import { entryOf, paragraphOf } from '../content.ts';
import type { ChecklistEntry, DirectiveEntry, MeetingEntry, TaskEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { directiveHeading } from './directive.ts';
import { progressRow, type ProgressRow } from './progressRows.ts';
import { searchUnits, type SearchUnits } from './search.ts';

/** What a task page shows. */
export interface TaskPage {
  task: TaskEntry;
  directive: DirectiveEntry;
  /** "一、思想上要高度重视": the directive as the speech numbers it (breadcrumb). */
  directiveHeading: string;
  /** The title of the directive's requirement the task belongs to, if it names one. */
  requirement: string | undefined;
  resolved: ResolvedDeadline;
  /** Its status, summed up from its units' reports and sign-offs (or 长期坚持). */
  status: TaskStatus;
  /** The unit where the work is done, when the speech names a place rather than a duty (区环保局). */
  location: string | undefined;
  /** The named units per role, in `ROLES` order; roles nobody holds left out. */
  byRole: readonly { role: Role; lines: readonly { unit: string; who: string | undefined }[] }[];
  checklist: ChecklistEntry | undefined;
  meeting: MeetingEntry | undefined;
  /** The transcript paragraph its source quote is in. */
  paragraph: Paragraph | undefined;
  previous: TaskEntry | undefined;
  next: TaskEntry | undefined;
  /** The units and groups it names, for the search filters. */
  search: SearchUnits;
  /**
   * Each unit it names that reports on it (leads first), and each unit it reaches through a group
   * that has reported: its state, last report, 进展情况 and evidence.
   */
  units: readonly ProgressRow[];
  /**
   * The units it reaches through a group that have not reported on it, named in one line (a task
   * for 各板块各部门 reaches a hundred units): their ids, and their 逾期 (one deadline for all).
   */
  silent: { units: readonly string[]; due: string | null; overdue: number };
  /** The date 逾期 is judged on without JavaScript: the build's. */
  asOf: string;
}

/** A task's units as its page lists them: in the table, or named in one line as not reported yet. */
function progressLines(site: Site, id: string, today: string): Pick<TaskPage, 'units' | 'silent'> {
  const rows = site.progress.forTask(id).map((cell) => ({ cell, row: progressRow(site, cell, today) }));
  const silent = rows.filter(({ cell }) => cell.via !== undefined && cell.state === null);
  return {
    units: rows.filter((line) => !silent.includes(line)).map(({ row }) => row),
    silent: { units: silent.map(({ cell }) => cell.unit), due: silent[0]?.row.due ?? null, overdue: silent[0]?.row.overdue ?? 0 },
  };
}

/** The view of task `id`'s page, its 逾期 judged on `today` (the build's date unless given). */
export function taskPage(site: Site, id: string, today: string = buildDate): TaskPage {
  const { content, relations } = site;
  const task = entryOf(content.taskById, id, 'taskPage');
  const { data } = task;
  const directive = content.directiveById.get(data.directive)!;
  const siblings = relations.tasksByMeeting.get(data.source.meeting) ?? [];
  const index = siblings.findIndex((sibling) => sibling.id === id);
  return {
    task,
    directive,
    directiveHeading: directiveHeading(directive),
    requirement: directive.data.requirements.find((item) => item.id === data.requirement)?.title,
    resolved: relations.deadlines.get(id)!,
    status: site.progress.status(id),
    location: data.location,
    byRole: ROLES.map((role) => ({
      role,
      lines: data.responsibilities.filter((line) => line.role === role).map((line) => ({ unit: line.unit, who: line.who })),
    })).filter(({ lines }) => lines.length > 0),
    checklist: data.checklist === undefined ? undefined : content.checklistById.get(data.checklist),
    meeting: content.meetingById.get(data.source.meeting),
    paragraph: paragraphOf(content, data.source),
    previous: index > 0 ? siblings[index - 1] : undefined,
    next: siblings[index + 1],
    search: searchUnits(site, data.responsibilities.map((line) => line.unit)),
    ...progressLines(site, id, today),
    asOf: today,
  };
}
