/**
 * The editors' page (整理说明, /restorations/): every wording restored from the scraped copy, so
 * nobody has to trust the transcript blindly, and every editor's note (`editorNote`) — a full name
 * expanded from the speech's short form, how a date was inferred — which staff pages never show.
 */
import { routes } from '../../lib/paths.ts';
import type { MeetingEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { unitEditorNotes } from './unitEditorNotes.ts';

/** One editor's note, with the entry it is about. */
export interface EditorNote {
  title: string;
  path: string;
  note: string;
}

/** What the editors' page shows. */
export interface RestorationsPage {
  meetings: readonly MeetingEntry[];
  /** Editors' notes: meetings, then units, then tasks, each in the order its list has them. */
  notes: readonly EditorNote[];
}

/** The editors' page's view. */
export function restorationsPage(site: Site): RestorationsPage {
  const { meetings, tasks } = site.content;
  const notes = [
    ...meetings.map((meeting) => ({ title: meeting.data.title, path: routes.meeting(meeting.id), note: meeting.data.editorNote })),
    ...unitEditorNotes(site).map((unit) => ({ title: unit.name, path: routes.unit(unit.id), note: unit.note })),
    ...tasks.map((task) => ({ title: task.data.title, path: routes.task(task.id), note: task.data.editorNote })),
  ].filter((item): item is EditorNote => item.note !== undefined);
  return { meetings, notes };
}
