/**
 * The meetings index, and the facts of a meeting that other pages show when they name it: its
 * short name, its date in words, its host, and how much came from it.
 */
import { t } from '../../i18n/t.ts';
import { meetingShortTitle } from '../../lib/meetings.ts';
import { proseDate } from '../build.ts';
import type { SiteContent } from '../content.ts';
import type { MeetingEntry } from '../entries.ts';
import type { Site } from '../site.ts';

/** A meeting as task lists and exports name it: its page, its title and its date. */
export interface MeetingLabel {
  /** For its page. */
  id: string;
  title: string;
  /** `YYYY-MM-DD`, or null when the record gives none. */
  date: string | null;
  /** The date as prose writes it (2022年7月15日), when there is one. */
  dateText: string | undefined;
}

/** A meeting as the meeting lists name it: its label, short name, host, and how much came from it. */
export interface MeetingFacts extends MeetingLabel {
  /** The meeting out of its title (`meetingShortTitle`): "迎接省环保督察工作安排会议". */
  short: string;
  /** 2022年7月15日, or that the record gives no date. */
  dateText: string;
  host: string;
  directiveCount: number;
  taskCount: number;
  checklistCount: number;
}

/**
 * True when the site holds more than one meeting: then a deadline counted from a meeting
 * ("会后立即", "今天会议以后") must say which one. With one meeting it goes without saying.
 */
export function severalMeetings(content: Pick<SiteContent, 'meetings'>): boolean {
  return content.meetings.length > 1;
}

/** The short name of meeting `id`; the id itself when there is none (never on valid content). */
export function meetingShort(content: Pick<SiteContent, 'meetingById'>, id: string): string {
  const meeting = content.meetingById.get(id);
  return meeting === undefined ? id : meetingShortTitle(meeting.data.title);
}

/** Meeting `id` as lists name it; its id for a title when no such meeting exists (never on valid content). */
export function meetingLabel(content: Pick<SiteContent, 'meetingById'>, id: string): MeetingLabel {
  const meeting = content.meetingById.get(id)?.data;
  const date = meeting?.date ?? null;
  return { id, title: meeting?.title ?? id, date, dateText: date === null ? undefined : proseDate(date) };
}

/** A meeting's date as staff read it: 2022年7月15日, or 日期原稿未载明. */
export function meetingDateText(meeting: MeetingEntry): string {
  return meeting.data.date === null ? t('meeting.dateUnstated') : proseDate(meeting.data.date);
}

/** The facts of `meeting` that lists show: its label, its date said even when the record gives none. */
export function meetingFacts(site: Site, meeting: MeetingEntry): MeetingFacts {
  const { relations } = site;
  return {
    ...meetingLabel(site.content, meeting.id),
    short: meetingShortTitle(meeting.data.title),
    dateText: meetingDateText(meeting),
    host: meeting.data.host,
    directiveCount: relations.directivesByMeeting.get(meeting.id)?.length ?? 0,
    taskCount: relations.tasksByMeeting.get(meeting.id)?.length ?? 0,
    checklistCount: relations.checklistsByMeeting.get(meeting.id)?.length ?? 0,
  };
}

/** The meetings index: every meeting, oldest first, with its date, host and counts. */
export function meetingIndex(site: Site): MeetingFacts[] {
  return site.content.meetings.map((meeting) => meetingFacts(site, meeting));
}
