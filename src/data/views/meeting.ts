/**
 * A meeting record's page: the transcript as numbered paragraphs with the restored words marked
 * (each with a numbered note for print), and what the tasks leave out.
 */
import { markRestorations, type Paragraph } from '../../lib/transcript.ts';
import type { MeetingEntry } from '../entries.ts';
import { entryOf } from '../content.ts';
import type { Site } from '../site.ts';

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
  return {
    meeting,
    paragraphs,
    notes,
    unreflected: [...unreflected].map(([paragraph, why]) => ({ paragraph, why })),
  };
}
