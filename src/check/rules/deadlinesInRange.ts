/**
 * A deadline resolves to a date the site can write: within the years src/config.ts allows. Each
 * date is in range on its own (the schemas see to that) and an offset is bounded, but a
 * milestone's date plus its offset can still step outside; the calendar export would then fail
 * the build instead of the check.
 */
import { resolveDeadline } from '../../lib/deadline.ts';
import { DATE_RANGE, isDateInRange } from '../../schemas/common.ts';
import type { Rule } from '../rule.ts';

/** Tasks whose deadline resolves outside the allowed range. */
export const deadlinesInRange: Rule = (site, report) => {
  const milestoneDates = new Map(site.milestones.map(({ id, data }) => [id, { date: data.date ?? null, dateIsInferred: data.dateIsInferred ?? false }]));
  for (const task of site.tasks) {
    const { deadline } = task.data;
    if (deadline?.kind !== 'milestone') continue;
    const { date } = resolveDeadline(deadline, milestoneDates, null);
    if (date === null || isDateInRange(date)) continue;
    report(task, 'deadline.offsetDays', `节点日期加上 offsetDays 后为 ${date}，超出允许的范围（${DATE_RANGE.first} 至 ${DATE_RANGE.last}；请核对节点日期和天数）`);
  }
};
