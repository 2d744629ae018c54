/**
 * A meeting record's page: what came from the meeting (its directives, tasks and checklists), the
 * transcript as numbered paragraphs with the restored words marked (each with a numbered note for
 * print), and what the tasks leave out.
 */
import { markRestorations, type Paragraph } from '../../lib/transcript.ts';
import type { MeetingEntry } from '../entries.ts';
import { entryOf } from '../content.ts';
import type { Site } from '../site.ts';
import { meetingDirectives, type DirectiveItem } from './directives.ts';
import { meetingDateText } from './meetings.ts';
import { taskRows, type TaskRow } from './taskRows.ts';

/** A stretch of a paragraph as the page shows it: plain, or a restored word with its note. */
export interface TranscriptRun {
  text: string;
  /** Set when `text` was restored from the scraped copy: the copy's words, and the note's number. */
  restored?: { copy: string; note: number };
}

/** A paragraph of the transcript, its text cut into runs (`text` stays whole for quotes). */
export interface TranscriptParagraph extends Paragraph {
  runs: readonly TranscriptRun[];
}

/** One note of the transcript: a restored word, in reading order. */
export interface RestorationNote {
  /** 1, 2, … in reading order; the mark in the text carries the same number. */
  number: number;
  /** The word as the transcript has it. */
  text: string;
  /** The word as the scraped copy has it. */
  copy: string;
  /** The paragraph it stands in: `p6`. */
  paragraph: string;
}

/** What a meeting page shows. */
export interface MeetingPage {
  meeting: MeetingEntry;
  /** Its date as staff read it (`meetingDateText`). */
  dateText: string;
  /** Its directives, by number. */
  directives: readonly DirectiveItem[];
  /** The tasks it assigned, directive by directive. */
  tasks: readonly TaskRow[];
  /** The checklists it asked for. */
  checklists: readonly { id: string; title: string; itemCount: number }[];
  paragraphs: readonly TranscriptParagraph[];
  /** Every restored word of the transcript, in reading order (printed as notes). */
  notes: readonly RestorationNote[];
  /** Paragraphs no task reflects, each with the reason (one per paragraph, the last reason kept). */
  unreflected: readonly { paragraph: string; why: string }[];
}

/** The view of meeting `id`'s page. */
export function meetingPage(site: Site, id: string): MeetingPage {
  const meeting = entryOf(site.content.meetingById, id, 'meetingPage');
  const unreflected = new Map(meeting.data.unreflected.map((entry) => [entry.paragraph, entry.why]));
  const notes: RestorationNote[] = [];
  const paragraphs = (site.content.paragraphs.get(id) ?? []).map((paragraph) => ({
    ...paragraph,
    runs: paragraph.omitted
      ? [{ text: paragraph.text }]
      : markRestorations(paragraph.text, meeting.data.restorations).map(({ text, copy }): TranscriptRun => {
          if (copy === undefined) return { text };
          const number = notes.push({ number: notes.length + 1, text, copy, paragraph: paragraph.id });
          return { text, restored: { copy, note: number } };
        }),
  }));
  const { relations } = site;
  return {
    meeting,
    dateText: meetingDateText(meeting),
    directives: meetingDirectives(site, id),
    tasks: taskRows(site, relations.tasksByMeeting.get(id) ?? []),
    checklists: (relations.checklistsByMeeting.get(id) ?? []).map((checklist) => ({ id: checklist.id, title: checklist.data.title, itemCount: checklist.data.items.length })),
    paragraphs,
    notes,
    unreflected: [...unreflected].map(([paragraph, why]) => ({ paragraph, why })),
  };
}
