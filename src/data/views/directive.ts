/** One directive's page: its heading, its meeting, where the speech says it, its requirements, its tasks. */
import { t } from '../../i18n/t.ts';
import { chineseNumeral } from '../../lib/numerals.ts';
import type { Paragraph } from '../../lib/transcript.ts';
import { entryOf, paragraphOf } from '../content.ts';
import type { DirectiveEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { meetingFacts, type MeetingFacts } from './meetings.ts';
import { searchUnits, type SearchUnits } from './search.ts';
import { taskRows, type TaskRow } from './taskRows.ts';

/** What a directive page shows. */
export interface DirectivePage {
  directive: DirectiveEntry;
  /** "一、思想上要高度重视". */
  heading: string;
  /** The meeting it was given at: numbers start again at 一 in every meeting. */
  meeting: MeetingFacts;
  paragraph: Paragraph | undefined;
  /** The unit that commands and coordinates the work, the words that say so, and their paragraph. */
  command: { unit: string; quote: string; paragraph: Paragraph | undefined } | undefined;
  /** Each requirement with the paragraph its quote is in. */
  requirements: readonly { id: string; title: string; paragraph: Paragraph | undefined }[];
  tasks: readonly TaskRow[];
  /** The units and groups its tasks name, for the search filters. */
  search: SearchUnits;
}

/** A directive as its meeting numbers it: "一、思想上要高度重视". */
export function directiveHeading(directive: DirectiveEntry): string {
  return t('directive.heading', { number: chineseNumeral(directive.data.number), title: directive.data.title });
}

/** The view of directive `id`'s page. */
export function directivePage(site: Site, id: string): DirectivePage {
  const { content, relations } = site;
  const directive = entryOf(content.directiveById, id, 'directivePage');
  const { data } = directive;
  const tasks = relations.tasksByDirective.get(id) ?? [];
  return {
    directive,
    heading: directiveHeading(directive),
    meeting: meetingFacts(site, entryOf(content.meetingById, data.meeting, 'directivePage')),
    paragraph: paragraphOf(content, data.source),
    command: data.command === undefined ? undefined : { ...data.command, paragraph: paragraphOf(content, { meeting: data.meeting, quote: data.command.quote }) },
    requirements: data.requirements.map((requirement) => ({
      id: requirement.id,
      title: requirement.title,
      paragraph: paragraphOf(content, { meeting: data.meeting, quote: requirement.quote }),
    })),
    tasks: taskRows(site, tasks),
    search: searchUnits(site, tasks.flatMap((task) => task.data.responsibilities.map((line) => line.unit))),
  };
}
