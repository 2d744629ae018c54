/**
 * What the cross-entry rules look at: every entry that was read, with the fields that passed their
 * schema, and the facts several rules need (the ids that exist, each meeting's paragraphs, where
 * every quote falls, group membership, what was published), worked out once before any rule runs.
 *
 * An entry that fails its schema still goes through the rules, with the fields that failed left
 * out: a task whose `status` is wrong still has its units and its quote checked in the same run.
 * A rule never sees a field of the wrong type; it skips what is missing.
 */
import { containingGroups, type MemberMap } from '../lib/groups.ts';
import { chinaDate } from '../lib/dates.ts';
import { parseTranscript, type Paragraph } from '../lib/transcript.ts';
import type { Bulletin } from '../schemas/bulletin.ts';
import type { CaseBatch } from '../schemas/case.ts';
import type { Casework } from '../schemas/casework.ts';
import { memberUnits, rolesReached } from '../lib/units.ts';
import type { Checklist } from '../schemas/checklist.ts';
import type { CollectionName } from '../schemas/common.ts';
import type { Department } from '../schemas/department.ts';
import type { Directive } from '../schemas/directive.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Milestone } from '../schemas/milestone.ts';
import type { Report } from '../schemas/report.ts';
import type { Role } from '../schemas/responsibility.ts';
import type { Signoff } from '../schemas/signoff.ts';
import type { Task } from '../schemas/task.ts';
import { NOTHING_ISSUED, type IssuedState } from './issued.ts';
import type { PublishedState } from './published.ts';

/** An entry and where it came from. */
export interface Checked<T> {
  id: string;
  /** The file, from the project root. */
  file: string;
  /** Prefix of field paths inside the file: `[2].` for the third milestone of milestones.yaml. */
  at: string;
  data: T;
  /**
   * The fields that failed their schema and are left out of `data` (their problems are reported
   * already); empty for an entry that passed. Tells "failed" from "not given" for optional fields.
   */
  failed: ReadonlySet<string>;
}

/** Ids of every entry found, valid or not. */
type Existing = Record<CollectionName, ReadonlySet<string>>;

/** The entries that passed their schema whole, fully typed: what the check hands to scripts. */
export interface ContentSet {
  meetings: Checked<Meeting & { body: string }>[];
  directives: Checked<Directive>[];
  tasks: Checked<Task>[];
  departments: Checked<Department>[];
  checklists: Checked<Checklist>[];
  milestones: Checked<Milestone>[];
  bulletins: Checked<Bulletin>[];
  /** Progress reports, id `<unit>/<date>`. */
  reports: Checked<Report>[];
  /** The office's 销号 decisions, id `<task>/<unit>/<date>`. */
  signoffs: Checked<Signoff>[];
  /** Batches of petition cases, id the batch number. */
  cases: Checked<CaseBatch>[];
  /** Units' reports on their cases, id `<unit>/<date>`. */
  casework: Checked<Casework>[];
  /**
   * Ids of every entry found, valid or not, so that a reference to an entry with its own error
   * is not reported a second time as missing.
   */
  existing: Existing;
}

/** Every entry that could be parsed at all, with the fields that passed their schema. */
export interface EntrySet {
  meetings: Checked<Partial<Meeting> & { body: string }>[];
  directives: Checked<Partial<Directive>>[];
  tasks: Checked<Partial<Task>>[];
  departments: Checked<Partial<Department>>[];
  checklists: Checked<Partial<Checklist>>[];
  milestones: Checked<Partial<Milestone>>[];
  bulletins: Checked<Partial<Bulletin>>[];
  reports: Checked<Partial<Report>>[];
  signoffs: Checked<Partial<Signoff>>[];
  cases: Checked<Partial<CaseBatch>>[];
  casework: Checked<Partial<Casework>>[];
  /** As in `ContentSet`. */
  existing: Existing;
}

/** A quote some entry makes from a meeting's transcript, and where it is found. */
export interface Quote {
  entry: Checked<unknown>;
  /** The field holding it: `source.quote`, `requirements[0].quote`, `command.quote`, `items[2].quote`. */
  field: string;
  meeting: string;
  text: string;
  /** The first paragraph containing the quote literally; undefined when none does. */
  paragraph: Paragraph | undefined;
  /**
   * Every paragraph containing the quote, once per occurrence (a paragraph holding it twice is
   * listed twice): a quote that is not unique links to a paragraph the editor may not have meant.
   */
  places: readonly Paragraph[];
}

/** An entry's Markdown body and the line of its file it starts on. */
export interface Body {
  text: string;
  line: number;
}

/** The content as the rules see it. */
export interface CheckSite extends EntrySet {
  /** The body of each task, by file: prose that may repeat what the frontmatter says. */
  bodies: ReadonlyMap<string, Body>;
  /** Each meeting's transcript, by meeting id. */
  transcripts: ReadonlyMap<string, readonly Paragraph[]>;
  /**
   * Every quote of a meeting whose transcript could be read, in content order. A quote of a
   * missing or unreadable meeting is left out: that meeting is reported already.
   */
  quotes: readonly Quote[];
  /** Ids of the paragraphs some quote falls in, per meeting (every meeting has a set). */
  quoted: ReadonlyMap<string, ReadonlySet<string>>;
  /** Group id → its direct members, for every group whose members parsed. */
  members: MemberMap;
  /** What has been published of the checklists (content/published.json and the git base). */
  published: PublishedState;
  /** Group id → every unit it reaches, nested groups included. */
  unitsByGroup: ReadonlyMap<string, readonly string[]>;
  /**
   * Task id → every unit it reaches (members of named groups included) and the role there, for
   * each task whose units parsed: whom its reports and sign-offs may come from.
   */
  reach: ReadonlyMap<string, ReadonlyMap<string, Role>>;
  /** The check's date, `YYYY-MM-DD` (China): no report or decision may be dated after it. */
  today: string;
  /** Report file → the files in its evidence folder, by name, with their sizes in bytes. */
  attachments: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The 督查通报 issued at the git base, and the reports and decisions changed since within their dates. */
  issued: IssuedState;
}

/** What the rules need beyond the entries: the check's date and the files beside the reports. */
export interface CheckFacts {
  /** `YYYY-MM-DD`; by default the date in China now. */
  today?: string;
  /** As in `CheckSite`. */
  attachments?: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** As in `CheckSite`; by default nothing issued. */
  issued?: IssuedState;
}

/** Where each occurrence of `text` lies: one paragraph per occurrence, in order. */
function placesOf(paragraphs: readonly Paragraph[], text: string): Paragraph[] {
  const places: Paragraph[] = [];
  if (text === '') return places;
  for (const paragraph of paragraphs) {
    if (paragraph.omitted) continue;
    // Overlapping occurrences count: "要要" lies twice in "要要要".
    for (let at = paragraph.text.indexOf(text); at >= 0; at = paragraph.text.indexOf(text, at + 1)) places.push(paragraph);
  }
  return places;
}

/** Builds the rules' view of `content` (and of the tasks' `bodies`): called once per check, before every rule. */
export function checkSite(content: EntrySet, published: PublishedState, bodies: ReadonlyMap<string, Body> = new Map(), facts: CheckFacts = {}): CheckSite {
  const transcripts = new Map(content.meetings.map((meeting) => [meeting.id, parseTranscript(meeting.data.body)]));
  const quotes: Quote[] = [];
  const quoted = new Map(content.meetings.map((meeting) => [meeting.id, new Set<string>()]));
  const add = (entry: Checked<unknown>, field: string, meeting: string | undefined, text: string | undefined): void => {
    if (meeting === undefined || text === undefined) return;
    const paragraphs = transcripts.get(meeting);
    if (paragraphs === undefined) return;
    const places = placesOf(paragraphs, text);
    const paragraph = places[0];
    if (paragraph !== undefined) quoted.get(meeting)!.add(paragraph.id);
    quotes.push({ entry, field, meeting, text, paragraph, places });
  };
  const addSource = (entry: Checked<{ source?: { meeting: string; quote: string } }>): void =>
    add(entry, 'source.quote', entry.data.source?.meeting, entry.data.source?.quote);

  content.departments.forEach(addSource);
  content.milestones.forEach(addSource);
  for (const directive of content.directives) {
    addSource(directive);
    directive.data.requirements?.forEach((requirement, index) =>
      add(directive, `requirements[${index}].quote`, directive.data.meeting, requirement.quote),
    );
    add(directive, 'command.quote', directive.data.meeting, directive.data.command?.quote);
  }
  content.tasks.forEach(addSource);
  for (const checklist of content.checklists) {
    addSource(checklist);
    checklist.data.items?.forEach((item, index) => add(checklist, `items[${index}].quote`, checklist.data.source?.meeting, item.quote));
  }

  const members = new Map<string, readonly string[]>();
  for (const unit of content.departments) if (unit.data.members !== undefined) members.set(unit.id, unit.data.members);

  const unitsByGroup = memberUnits(containingGroups(members));
  const reach = new Map(
    content.tasks.flatMap((task) => (task.data.responsibilities === undefined ? [] : [[task.id, rolesReached({ id: task.id, responsibilities: task.data.responsibilities }, unitsByGroup)] as const])),
  );
  const today = facts.today ?? chinaDate();
  return { ...content, bodies, transcripts, quotes, quoted, members, published, unitsByGroup, reach, today, attachments: facts.attachments ?? new Map(), issued: facts.issued ?? NOTHING_ISSUED };
}
