/**
 * What the cross-entry rules look at: every entry that passed its schema, and the facts several
 * rules need (the ids that exist, each meeting's paragraphs, where every quote falls, group
 * membership, the committed checklists), worked out once before any rule runs.
 */
import type { MemberMap } from '../lib/groups.ts';
import { findQuote, parseTranscript, type Paragraph } from '../lib/transcript.ts';
import type { Checklist } from '../schemas/checklist.ts';
import type { CollectionName } from '../schemas/common.ts';
import type { Department } from '../schemas/department.ts';
import type { Directive } from '../schemas/directive.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Milestone } from '../schemas/milestone.ts';
import type { Task } from '../schemas/task.ts';
import { filesAtRevision } from './filesAtRevision.ts';

/** A validated entry and where it came from. */
export interface Checked<T> {
  id: string;
  /** The file, from the project root. */
  file: string;
  /** Prefix of field paths inside the file: `[2].` for the third milestone of milestones.yaml. */
  at: string;
  data: T;
}

/** Everything that passed its schema, plus the ids of every entry that exists at all. */
export interface ContentSet {
  meetings: Checked<Meeting & { body: string }>[];
  directives: Checked<Directive>[];
  tasks: Checked<Task>[];
  departments: Checked<Department>[];
  checklists: Checked<Checklist>[];
  milestones: Checked<Milestone>[];
  /**
   * Ids of every entry found, valid or not, so that a reference to an entry with its own error
   * is not reported a second time as missing.
   */
  existing: Record<CollectionName, ReadonlySet<string>>;
}

/** A quote some entry makes from a meeting's transcript, and the paragraph it was found in. */
export interface Quote {
  entry: Checked<unknown>;
  /** The field holding it: `source.quote`, `requirements[0].quote`, `command.quote`, `items[2].quote`. */
  field: string;
  meeting: string;
  text: string;
  /** The first paragraph containing the quote literally; undefined when none does. */
  paragraph: Paragraph | undefined;
}

/** The content as the rules see it. */
export interface CheckSite extends ContentSet {
  /** Each valid meeting's transcript, by meeting id. */
  transcripts: ReadonlyMap<string, readonly Paragraph[]>;
  /**
   * Every quote of a meeting whose transcript could be read, in content order. A quote of a
   * missing or invalid meeting is left out: that meeting is reported already.
   */
  quotes: readonly Quote[];
  /** Ids of the paragraphs some quote falls in, per meeting (every valid meeting has a set). */
  quoted: ReadonlyMap<string, ReadonlySet<string>>;
  /** Group id → its direct members, for every valid group. */
  members: MemberMap;
  /** The git revision published checklists are compared with. */
  baseRef: string;
  /** The text of `files` at `baseRef`; files absent there (or without git history) are left out. */
  filesAtBase(files: readonly string[]): ReadonlyMap<string, string>;
}

/** Where the content lives, for what the rules read beyond the entries. */
export interface CheckSiteOptions {
  /** The project root (the git work tree). */
  root: string;
  /** The pull request's base in CI (`DUBAN_BASE_REF`), else HEAD: an editor's uncommitted change. */
  baseRef: string;
  /** Reads files at the base; by default `git cat-file` in `root`. Tests pass the old texts. */
  filesAtBase?: (files: readonly string[]) => ReadonlyMap<string, string>;
}

/** Builds the rules' view of `content`: called once per check, before every rule. */
export function checkSite(content: ContentSet, options: CheckSiteOptions): CheckSite {
  const transcripts = new Map(content.meetings.map((meeting) => [meeting.id, parseTranscript(meeting.data.body)]));
  const quotes: Quote[] = [];
  const quoted = new Map(content.meetings.map((meeting) => [meeting.id, new Set<string>()]));
  const add = (entry: Checked<unknown>, field: string, meeting: string, text: string): void => {
    const paragraphs = transcripts.get(meeting);
    if (paragraphs === undefined) return;
    const paragraph = findQuote(paragraphs, text);
    if (paragraph !== undefined) quoted.get(meeting)!.add(paragraph.id);
    quotes.push({ entry, field, meeting, text, paragraph });
  };
  const addSource = (entry: Checked<{ source: { meeting: string; quote: string } }>): void =>
    add(entry, 'source.quote', entry.data.source.meeting, entry.data.source.quote);

  content.departments.forEach(addSource);
  content.milestones.forEach(addSource);
  for (const directive of content.directives) {
    addSource(directive);
    directive.data.requirements.forEach((requirement, index) =>
      add(directive, `requirements[${index}].quote`, directive.data.meeting, requirement.quote),
    );
    if (directive.data.command !== undefined) add(directive, 'command.quote', directive.data.meeting, directive.data.command.quote);
  }
  content.tasks.forEach(addSource);
  for (const checklist of content.checklists) {
    addSource(checklist);
    checklist.data.items.forEach((item, index) => {
      if (item.quote !== undefined) add(checklist, `items[${index}].quote`, checklist.data.source.meeting, item.quote);
    });
  }

  const members = new Map<string, readonly string[]>();
  for (const unit of content.departments) if (unit.data.members !== undefined) members.set(unit.id, unit.data.members);

  const { root, baseRef } = options;
  return {
    ...content,
    transcripts,
    quotes,
    quoted,
    members,
    baseRef,
    filesAtBase: options.filesAtBase ?? ((files) => filesAtRevision(root, baseRef, files)),
  };
}
