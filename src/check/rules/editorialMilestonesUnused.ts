/**
 * A milestone the editors added (`editorial: true`, e.g. 省环保督察组进驻) is not in the speech, so
 * no task may take its deadline from it: that would put words in the speaker's mouth.
 */
import type { Rule } from '../rule.ts';

/** Tasks whose deadline hangs on an editorial milestone. */
export const editorialMilestonesUnused: Rule = (site, report) => {
  const editorial = new Map(site.milestones.filter(({ data }) => data.editorial === true).map(({ id, data }) => [id, data.name ?? id]));
  for (const task of site.tasks) {
    const { deadline } = task.data;
    if (deadline?.kind !== 'milestone' || !editorial.has(deadline.milestone)) continue;
    report(
      task,
      'deadline.milestone',
      `节点“${editorial.get(deadline.milestone)}”（${deadline.milestone}）是编者所加节点，讲话未提及，不能作为任务的时限（请改用讲话所说的时限；讲话未规定时写 unspecified: true）`,
    );
  }
};
