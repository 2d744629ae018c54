import { describe, expect, it } from 'vitest';
import { referencesExist } from '~/check/rules/referencesExist';
import { checklist, directive, group, meeting, milestone, problems, task, unit } from '../inlineSite';

const base = {
  meetings: { m: meeting() },
  departments: { a: unit(), g: group(['a']) },
  directives: { d: directive({ command: { unit: 'g', quote: '各单位' }, requirements: [{ id: 'zicha', title: '完成自查', quote: '完成自查' }] }) },
  milestones: [milestone('xiachen')],
  checklists: { tai: checklist({ items: [{ id: 'zhenshi', text: '真实反映', unit: 'a' }] }) },
};

describe('referencesExist', () => {
  it('accepts references to entries that exist, valid or not', () => {
    expect(problems(referencesExist, {
      ...base,
      tasks: {
        t: task({
          requirement: 'zicha',
          responsibilities: [{ unit: 'a', role: '牵头' }, { unit: 'broken', role: '配合' }],
          deadline: { milestone: 'xiachen', text: '下沉督察前' },
          location: 'a',
          checklist: 'tai',
        }),
      },
    }, { invalid: { departments: ['broken'] } })).toEqual([]);
  });

  it('names every missing entry, with the id probably meant', () => {
    expect(problems(referencesExist, {
      ...base,
      departments: { a: unit({ source: { meeting: 'mm', quote: '各单位' } }), g: group(['a', 'b']) },
      directives: { d: directive({ meeting: 'n', command: { unit: 'quwei', quote: '各单位' } }) },
      checklists: { tai: checklist({ appliesTo: ['aa'], items: [{ id: 'zhenshi', text: '真实反映', unit: 'zz' }] }) },
      tasks: {
        t: task({
          directive: 'dd',
          responsibilities: [{ unit: 'jiwei', role: '牵头' }],
          deadline: { milestone: 'xiachen-ducha', text: '下沉督察前' },
          location: 'huanbao',
          checklist: 'tai-zhang',
        }),
      },
    })).toEqual([
      'content/checklists/tai.yaml: appliesTo[0]: 单位 "aa" 不存在（是否想写 "a"？）',
      'content/checklists/tai.yaml: items[0].unit: 单位 "zz" 不存在（可用：a, g）',
      'content/departments/a.yaml: source.meeting: 会议 "mm" 不存在（是否想写 "m"？）',
      'content/departments/g.yaml: members[1]: 单位 "b" 不存在（是否想写 "a"？）',
      'content/directives/d.md: command.unit: 单位 "quwei" 不存在（可用：a, g）',
      'content/directives/d.md: meeting: 会议 "n" 不存在（是否想写 "m"？）',
      'content/tasks/t.md: checklist: 清单 "tai-zhang" 不存在（是否想写 "tai"？）',
      'content/tasks/t.md: deadline.milestone: 节点 "xiachen-ducha" 不存在（是否想写 "xiachen"？）',
      'content/tasks/t.md: directive: 要求 "dd" 不存在（是否想写 "d"？）',
      'content/tasks/t.md: location: 单位 "huanbao" 不存在（是否想写 "a"？）',
      'content/tasks/t.md: responsibilities[0].unit: 单位 "jiwei" 不存在（可用：a, g）',
    ]);
  });

  it('says when a collection has no entry yet', () => {
    expect(problems(referencesExist, { ...base, milestones: [], tasks: { t: task({ deadline: { milestone: 'xiachen', text: '下沉督察前' } }) } })).toEqual([
      'content/tasks/t.md: deadline.milestone: 节点 "xiachen" 不存在（目前一个也没有，请先建立）',
    ]);
  });

  it('looks a task\'s requirement up in its directive', () => {
    const tasks = { t: task({ requirement: 'zichai' }), u: task({ directive: 'e', requirement: 'zicha' }), v: task({ directive: 'broken', requirement: 'x' }) };
    const directives = { ...base.directives, e: directive({ number: 2 }) };
    expect(problems(referencesExist, { ...base, directives, tasks }, { invalid: { directives: ['broken'] } })).toEqual([
      'content/tasks/t.md: requirement: 要求 "d" 中没有分项 "zichai"（是否想写 "zicha"？）',
      'content/tasks/u.md: requirement: 要求 "e" 中没有分项 "zicha"（该要求下没有分项，请删除 requirement）',
    ]);
  });
});
