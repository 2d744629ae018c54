/**
 * An entry quotes the meeting it belongs to. A directive's `source.meeting` is its `meeting`; a
 * task's is its directive's meeting, so that its quote is checked against the transcript of the
 * meeting its directive was given at, and its page links into that transcript. Once there are
 * several meetings, a task copied from one meeting's file into another's keeps the old id here.
 */
import type { Rule } from '../rule.ts';

/** Directives and tasks whose `source.meeting` is not the meeting they belong to. */
export const sourceMeetings: Rule = (site, report) => {
  // Only meetings that exist are compared: a missing one is reported by referencesExist already.
  const exists = (id: string | undefined): id is string => id !== undefined && site.existing.meetings.has(id);
  const directiveMeetings = new Map<string, string>();
  for (const directive of site.directives) {
    const { meeting, source } = directive.data;
    if (!exists(meeting)) continue;
    directiveMeetings.set(directive.id, meeting);
    if (exists(source?.meeting) && source.meeting !== meeting) {
      report(directive, 'source.meeting', `本要求属于会议 "${meeting}"（见 meeting），出处却写会议 "${source.meeting}"（两处须为同一次会议：请把 source.meeting 改为 ${meeting}，或改正 meeting）`);
    }
  }
  for (const task of site.tasks) {
    const { directive, source } = task.data;
    const meeting = directive === undefined ? undefined : directiveMeetings.get(directive);
    if (meeting === undefined || !exists(source?.meeting) || source.meeting === meeting) continue;
    report(task, 'source.meeting', `所属要求 "${directive}" 出自会议 "${meeting}"，引文却注明会议 "${source.meeting}"（任务的引文须出自其要求所在的会议：请改为 ${meeting}；任务若出自会议 "${source.meeting}"，请把 directive 改为该会议的要求）`);
  }
};
