/** A meeting record's page: the transcript as numbered paragraphs, and what the tasks leave out. */
import type { Paragraph } from '../../lib/transcript.ts';
import type { MeetingEntry } from '../entries.ts';
import { entryOf } from '../content.ts';
import type { Site } from '../site.ts';

/** What a meeting page shows. */
export interface MeetingPage {
  meeting: MeetingEntry;
  paragraphs: readonly Paragraph[];
  /** Paragraphs no task reflects, each with the reason (one per paragraph, the last reason kept). */
  unreflected: readonly { paragraph: string; why: string }[];
}

/** The view of meeting `id`'s page. */
export function meetingPage(site: Site, id: string): MeetingPage {
  const meeting = entryOf(site.content.meetingById, id, 'meetingPage');
  const unreflected = new Map(meeting.data.unreflected.map((entry) => [entry.paragraph, entry.why]));
  return {
    meeting,
    paragraphs: site.content.paragraphs.get(id) ?? [],
    unreflected: [...unreflected].map(([paragraph, why]) => ({ paragraph, why })),
  };
}
