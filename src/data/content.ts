/**
 * The content part of the site index: every collection in the order pages list it, a lookup by
 * id for each, and each meeting's transcript split into numbered paragraphs. Pure.
 */
import { meetingsInOrder } from '../lib/meetings.ts';
import { findQuote, parseTranscript, quotePosition, type Paragraph } from '../lib/transcript.ts';
import type { Source } from '../schemas/source.ts';
import { DEPARTMENT_KINDS, type DepartmentKind } from '../schemas/department.ts';
import type { BulletinEntry, ChecklistEntry, DepartmentEntry, DirectiveEntry, MeetingEntry, MilestoneEntry, ReportEntry, SignoffEntry, CaseBatchEntry, CaseworkEntry, SiteEntries, TaskEntry } from './entries.ts';

/** Entries in reading order, and by id. */
export interface SiteContent {
  /** Oldest first, an undated record before every dated one (`meetingsInOrder`); the last is the current meeting. */
  meetings: readonly MeetingEntry[];
  /** By meeting, then number (一、二、三、四). */
  directives: readonly DirectiveEntry[];
  /** By directive (so by meeting), then where the speech assigns them, then id. */
  tasks: readonly TaskEntry[];
  /** By name, in Chinese collation. */
  departments: readonly DepartmentEntry[];
  /** Units and groups by kind (in `DEPARTMENT_KINDS` order), each by name; kinds with none left out. */
  departmentsByKind: readonly (readonly [DepartmentKind, readonly DepartmentEntry[]])[];
  /** As read. */
  checklists: readonly ChecklistEntry[];
  /** By date; those without one in the order the speech mentions them. */
  milestones: readonly MilestoneEntry[];
  /** The latest 期号 first. */
  bulletins: readonly BulletinEntry[];
  /** Progress reports, by unit, then date (their ids). */
  reports: readonly ReportEntry[];
  /** The office's 销号 decisions, by id (task, unit, date). */
  signoffs: readonly SignoffEntry[];
  /** Batches of petition cases, by batch number. */
  cases: readonly CaseBatchEntry[];
  /** Units' reports on their cases, by unit, then date (their ids). */
  casework: readonly CaseworkEntry[];
  meetingById: ReadonlyMap<string, MeetingEntry>;
  directiveById: ReadonlyMap<string, DirectiveEntry>;
  taskById: ReadonlyMap<string, TaskEntry>;
  departmentById: ReadonlyMap<string, DepartmentEntry>;
  checklistById: ReadonlyMap<string, ChecklistEntry>;
  milestoneById: ReadonlyMap<string, MilestoneEntry>;
  bulletinById: ReadonlyMap<string, BulletinEntry>;
  /** Meeting id → its transcript's paragraphs. */
  paragraphs: ReadonlyMap<string, readonly Paragraph[]>;
}

const byId = <T extends { id: string }>(entries: readonly T[]): Map<string, T> => new Map(entries.map((entry) => [entry.id, entry]));

/** Orders and indexes the collections. */
export function indexContent(entries: SiteEntries): SiteContent {
  const paragraphs = new Map(entries.meetings.map((meeting) => [meeting.id, parseTranscript(meeting.body ?? '')]));
  const position = (source: Source) => quotePosition(paragraphs.get(source.meeting) ?? [], source.quote);

  const meetings = meetingsInOrder(entries.meetings);
  const meetingOrder = new Map(meetings.map((meeting, index) => [meeting.id, index]));
  const directives = [...entries.directives].sort(
    (a, b) => (meetingOrder.get(a.data.meeting) ?? 0) - (meetingOrder.get(b.data.meeting) ?? 0) || a.data.number - b.data.number,
  );
  const directiveOrder = new Map(directives.map((directive, index) => [directive.id, index]));
  const tasks = [...entries.tasks].sort(
    (a, b) =>
      (directiveOrder.get(a.data.directive) ?? 0) - (directiveOrder.get(b.data.directive) ?? 0) ||
      position(a.data.source) - position(b.data.source) ||
      a.id.localeCompare(b.id),
  );
  // A milestone without a date sorts after every dated one ('9999' is after any ISO date).
  const milestones = [...entries.milestones].sort(
    (a, b) => (a.data.date ?? '9999').localeCompare(b.data.date ?? '9999') || position(a.data.source) - position(b.data.source),
  );
  // The id is the 期号 (the check makes sure it is a number).
  const bulletins = [...entries.bulletins].sort((a, b) => Number(b.id) - Number(a.id));
  const departments = [...entries.departments].sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN'));
  const departmentsByKind = DEPARTMENT_KINDS.map((kind) => [kind, departments.filter((unit) => unit.data.kind === kind)] as const).filter(
    ([, units]) => units.length > 0,
  );

  return {
    meetings,
    directives,
    tasks,
    departments,
    departmentsByKind,
    checklists: entries.checklists,
    milestones,
    bulletins,
    reports: [...entries.reports].sort((a, b) => a.id.localeCompare(b.id)),
    signoffs: [...entries.signoffs].sort((a, b) => a.id.localeCompare(b.id)),
    cases: [...entries.cases].sort((a, b) => Number(a.id) - Number(b.id)),
    casework: [...entries.casework].sort((a, b) => a.id.localeCompare(b.id)),
    meetingById: byId(meetings),
    directiveById: byId(directives),
    taskById: byId(tasks),
    departmentById: byId(entries.departments),
    checklistById: byId(entries.checklists),
    milestoneById: byId(milestones),
    bulletinById: byId(bulletins),
    paragraphs,
  };
}

/** The entry `id` of a lookup, for the page that shows it; a page for a missing entry is a bug. */
export function entryOf<T>(byId: ReadonlyMap<string, T>, id: string, page: string): T {
  const entry = byId.get(id);
  if (entry === undefined) throw new Error(`${page}: no entry "${id}"`);
  return entry;
}

/** The paragraph of its meeting's transcript that a source quote falls in, if any. */
export function paragraphOf(content: Pick<SiteContent, 'paragraphs'>, source: Pick<Source, 'meeting' | 'quote'>): Paragraph | undefined {
  return findQuote(content.paragraphs.get(source.meeting) ?? [], source.quote);
}

/** The names of units by id, in the order given; unknown ids are left out (search filters). */
export function unitNames(content: Pick<SiteContent, 'departmentById'>, ids: Iterable<string>): string[] {
  return [...ids].flatMap((id) => {
    const unit = content.departmentById.get(id);
    return unit === undefined ? [] : [unit.data.name];
  });
}

/** A unit's name by id; the id itself when no such unit exists (never on valid content). */
export function unitName(content: Pick<SiteContent, 'departmentById'>, id: string): string {
  return content.departmentById.get(id)?.data.name ?? id;
}
