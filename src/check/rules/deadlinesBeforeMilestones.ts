/**
 * A deadline the speech places before a milestone ("下沉督察之前", "下沉督察以前", "不晚于下沉督察")
 * resolves to a date no later than that milestone, once both are known.
 */
import { resolveDeadline } from '../../lib/deadline.ts';
import type { Rule } from '../rule.ts';

/**
 * The ways the source says "before the milestone": its name then 前, 之前 or 以前 (also after
 * 到来, 开始 or 召开: "督察组进驻以前", "下沉督察开始之前", "下沉督察前夕"), or 不晚于, 不迟于,
 * 截至 or 截止 then its name.
 */
function beforeWording(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}\\s*(?:到来|开始|召开)?\\s*[之以]?前|(?:不晚于|不迟于|截至|截止到?)\\s*${escaped}`);
}

/** Tasks whose date falls after the milestone their wording says they come before. */
export const deadlinesBeforeMilestones: Rule = (site, report) => {
  const milestoneDates = new Map(site.milestones.map(({ id, data }) => [id, { date: data.date ?? null, dateIsInferred: data.dateIsInferred ?? false }]));
  const meetingDates = new Map(site.meetings.map((meeting) => [meeting.id, meeting.data.date ?? null]));
  const before = site.milestones.flatMap(({ data: { name, date } }) =>
    name === undefined || date === undefined || date === null ? [] : [{ name, date, wording: beforeWording(name) }],
  );
  for (const task of site.tasks) {
    const { deadline, source } = task.data;
    // A date the office moved after the meeting is its decision, not the speech's wording.
    if (deadline === undefined || (deadline.kind === 'date' && deadline.adjusted !== undefined)) continue;
    const { date } = resolveDeadline(deadline, milestoneDates, meetingDates.get(source?.meeting ?? '') ?? null);
    if (date === null) continue;
    // One message per task, for the first milestone (in milestones.yaml order) it falls after.
    const late = before.find((milestone) => milestone.wording.test(deadline.text) && date > milestone.date);
    if (late !== undefined) {
      report(task, 'deadline', `时限（${date}）晚于“${late.name}”（${late.date}），而原话要求在其之前（请改日期或原话）`);
    }
  }
};
