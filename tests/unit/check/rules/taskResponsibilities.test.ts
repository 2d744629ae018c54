import { describe, expect, it } from 'vitest';
import { taskResponsibilities } from '~/check/rules/taskResponsibilities';
import { problems, task } from '../inlineSite';

describe('taskResponsibilities', () => {
  it('accepts a task with a lead and each unit once', () => {
    expect(problems(taskResponsibilities, {
      tasks: { t: task({ responsibilities: [{ unit: 'a', role: '牵头' }, { unit: 'b', role: '牵头' }, { unit: 'c', role: '配合' }] }) },
    })).toEqual([]);
  });

  it('rejects a task without a lead, and a unit named twice', () => {
    expect(problems(taskResponsibilities, {
      tasks: {
        t: task({ responsibilities: [{ unit: 'a', role: '配合' }, { unit: 'b', role: '督办' }] }),
        u: task({ responsibilities: [{ unit: 'a', role: '牵头' }, { unit: 'a', role: '配合' }] }),
      },
    })).toEqual([
      'content/tasks/t.md: responsibilities: 没有牵头单位：至少一个单位的 role 须为 牵头',
      'content/tasks/u.md: responsibilities[1].unit: 单位 "a" 重复出现（同一单位只列一次，只保留一个角色）',
    ]);
  });
});
