/**
 * A deadline the speech places before a milestone ("下沉督察之前") resolves to a date no later
 * than that milestone, once both are known.
 */
import { resolveDeadline } from '../../lib/deadline.ts';
import type { Rule } from '../rule.ts';

/** Tasks whose date falls after the milestone their wording says they come before. */
export const deadlinesBeforeMilestones: Rule = (site, report) => {
  const milestoneDates = new Map(site.milestones.map(({ id, data }) => [id, { date: data.date, dateIsInferred: data.dateIsInferred }]));
  const meetingDates = new Map(site.meetings.map((meeting) => [meeting.id, meeting.data.date]));
  // "下沉督察之前", "下沉督察前": the milestone's name, then 前 (之 optional), anywhere in the wording.
  const before = site.milestones.flatMap(({ data: { name, date } }) =>
    date === null ? [] : [{ name, date, wording: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*之?前`) }],
  );
  for (const task of site.tasks) {
    const { deadline, source } = task.data;
    const { date } = resolveDeadline(deadline, milestoneDates, meetingDates.get(source.meeting) ?? null);
    if (date === null) continue;
    // One message per task, for the first milestone (in milestones.yaml order) it falls after.
    const late = before.find((milestone) => milestone.wording.test(deadline.text) && date > milestone.date);
    if (late !== undefined) {
      report(task, 'deadline', `时限（${date}）晚于“${late.name}”（${late.date}），而原话要求在其之前（请改日期或原话）`);
    }
  }
};
