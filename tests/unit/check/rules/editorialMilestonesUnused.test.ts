import { describe, expect, it } from 'vitest';
import { editorialMilestonesUnused } from '~/check/rules/editorialMilestonesUnused';
import { milestone, problems, task } from '../inlineSite';

const milestones = [milestone('xiachen'), milestone('jinzhu', { name: '省环保督察组进驻', editorial: true })];

describe('editorialMilestonesUnused', () => {
  it('accepts an editorial milestone no task uses, and tasks on the speech\'s milestones', () => {
    expect(problems(editorialMilestonesUnused, {
      milestones,
      tasks: { t: task({ deadline: { milestone: 'xiachen', text: '下沉督察之前' } }) },
    })).toEqual([]);
  });

  it('refuses a task that takes its deadline from an editorial milestone', () => {
    expect(problems(editorialMilestonesUnused, {
      milestones,
      tasks: { t: task({ deadline: { milestone: 'jinzhu', offsetDays: -1, text: '进驻前一天' } }) },
    })).toEqual([
      'content/tasks/t.md: deadline.milestone: 节点“省环保督察组进驻”（jinzhu）是编者所加节点，讲话未提及，不能作为任务的时限（请改用讲话所说的时限；讲话未规定时写 unspecified: true）',
    ]);
  });
});
