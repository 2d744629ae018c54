/**
 * A deadline's kind agrees with the speech's words. Only a call to act at once ("请会后立即落实")
 * is `immediate`, a deadline on the meeting's day. Words that say only when work starts
 * ("今天会议以后", "当前") are a `start`, which is never due and never overdue — and a start never
 * carries a time limit ("5月19日前", "下沉督察之前", "立即"): that is a deadline. Words that ask for
 * action at once are never "no deadline" either: an `unspecified` "会后立即" would leave the task
 * out of every list of what is due first.
 */
import type { Rule } from '../rule.ts';

/** Words that ask for action at once. */
const AT_ONCE = /立即/;
/**
 * Words that say when work starts, not by when it ends. "当前" and "目前" hold 前 but set no time
 * limit, which is why `TIME_LIMIT` looks for 前 after anything else.
 */
const STARTS = /今天会议以后|会议以后|即日起|从现在起|从今天起|当前|目前/;
/** Words that set a time limit: a date (5月19日), "之前"/"前", "月底", or "立即". */
const TIME_LIMIT = /\d+月(?:\d+日)?|(?<![当目提])前|月底|年底|立即/;

/** Tasks whose deadline kind contradicts its wording. */
export const deadlineWording: Rule = (site, report) => {
  for (const task of site.tasks) {
    const { deadline } = task.data;
    if (deadline === undefined) continue;
    const words = `“${deadline.text}”`;
    if (deadline.kind === 'immediate') {
      if (!AT_ONCE.test(deadline.text)) {
        report(task, 'deadline.immediate', `原话${words}没有要求立即落实：immediate 只用于“请会后立即落实”这样的原话（只说何时开始的，如“今天会议以后”“当前”，改为 start: true；没有时限的改为 unspecified: true）`);
      }
    } else if (deadline.kind === 'start') {
      if (AT_ONCE.test(deadline.text)) {
        report(task, 'deadline.start', `原话${words}要求立即落实，是完成时限而不是开始时间（请改为 immediate: true）`);
      } else if (TIME_LIMIT.test(deadline.text)) {
        report(task, 'deadline.start', `原话${words}规定了完成时限，start 只用于只说何时开始的原话（请改为 date 或 milestone）`);
      }
    } else if (deadline.kind === 'unspecified' && AT_ONCE.test(deadline.text)) {
      report(task, 'deadline.unspecified', `原话${words}要求立即落实，是立即时限而不是未规定时限（请把 unspecified: true 改为 immediate: true）`);
    } else if (STARTS.test(deadline.text) && !TIME_LIMIT.test(deadline.text)) {
      report(task, `deadline.${deadline.kind}`, `原话${words}只说何时开始，没有规定完成时限（请改为 start: true，它不会显示为逾期）`);
    }
  }
};
