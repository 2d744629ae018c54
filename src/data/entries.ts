/**
 * The entries `indexSite` takes: plain objects, one per content file (or per item of a list
 * file), already validated by the collection schemas. Astro's `CollectionEntry` objects fit this
 * shape, and so do the small objects unit tests write by hand, so the index never needs
 * `astro:content`.
 */
import type { History } from './history.ts';
import type { Bulletin } from '../schemas/bulletin.ts';
import type { CaseBatch } from '../schemas/case.ts';
import type { Casework } from '../schemas/casework.ts';
import type { Checklist } from '../schemas/checklist.ts';
import type { Department } from '../schemas/department.ts';
import type { Directive } from '../schemas/directive.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Milestone } from '../schemas/milestone.ts';
import type { Report } from '../schemas/report.ts';
import type { Signoff } from '../schemas/signoff.ts';
import type { Task } from '../schemas/task.ts';

/** One validated entry: its id (the file name), its data, and for Markdown its body. */
export interface Entry<Data> {
  readonly id: string;
  readonly data: Data;
  /** The Markdown after the frontmatter (meetings, directives, tasks). */
  readonly body?: string | undefined;
  /** The file it was read from, relative to the project root: `content/tasks/x.md`. */
  readonly filePath?: string | undefined;
}

/** A meeting record; its body is the transcript. */
export type MeetingEntry = Entry<Meeting>;
/** A numbered directive of a speech. */
export type DirectiveEntry = Entry<Directive>;
/** An assignment: who must do what, by when. */
export type TaskEntry = Entry<Task>;
/** A unit, or a group of units. */
export type DepartmentEntry = Entry<Department>;
/** A checklist with stable item ids. */
export type ChecklistEntry = Entry<Checklist>;
/** A named inspection event. */
export type MilestoneEntry = Entry<Milestone>;
/** A 督查通报; its id is its 期号. */
export type BulletinEntry = Entry<Bulletin>;
/** A unit's progress report on a date; its id is `<unit>/<date>` (`reportKey`). */
export type ReportEntry = Entry<Report>;
/** One 销号 decision of the office; its id is `<task>/<unit>/<date>` (`signoffTask`). */
export type SignoffEntry = Entry<Signoff>;
/** A batch of petition cases; its id is the batch number. */
export type CaseBatchEntry = Entry<CaseBatch>;
/** A unit's report on its cases; its id is `<unit>/<date>`. */
export type CaseworkEntry = Entry<Casework>;

/** Everything `indexSite` reads: each collection's entries in any order, and the git history. */
export interface SiteEntries {
  meetings: readonly MeetingEntry[];
  directives: readonly DirectiveEntry[];
  tasks: readonly TaskEntry[];
  departments: readonly DepartmentEntry[];
  checklists: readonly ChecklistEntry[];
  milestones: readonly MilestoneEntry[];
  bulletins: readonly BulletinEntry[];
  reports: readonly ReportEntry[];
  signoffs: readonly SignoffEntry[];
  cases: readonly CaseBatchEntry[];
  casework: readonly CaseworkEntry[];
  /** What git says about content/ (`readHistory()`); a build without git passes no history. */
  history: History;
}
