import { describe, expect, it } from 'vitest';
import { reportChecklists } from '~/check/rules/reportChecklists';
import { checklist, group, meeting, problems, task, unit } from '../inlineSite';

/** Task t names checklist tai (for group g = a, b); task u has none; checklist qita applies to a. */
const base = {
  meetings: { m: meeting() },
  departments: { a: unit(), b: unit({ name: '区乙局' }), c: unit({ name: '区丙局' }), g: group(['a', 'b']) },
  tasks: {
    t: task({ checklist: 'tai', responsibilities: [{ unit: 'g', role: '牵头' }, { unit: 'c', role: '配合' }] }),
    u: task({ source: { meeting: 'm', quote: '台账资料要真实反映' } }),
  },
  checklists: {
    tai: checklist({ appliesTo: ['g'], items: [{ id: 'zhenshi', text: '真实反映' }, { id: 'koujing', text: '统一口径' }], retired: ['jiu'], renamedFrom: 'taizhang' }),
    qita: checklist({ appliesTo: ['a'] }),
  },
};
const ticks = (task: string, checklist: Record<string, string[]>) => ({ tasks: [{ task, state: '推进中', progress: '进展。', checklist }] });

describe('reportChecklists', () => {
  it('accepts ticks on the task\'s checklist, under its old id too, and on items retired or published since', () => {
    expect(problems(reportChecklists, {
      ...base,
      reports: { 'a/2022-05-20': ticks('t', { tai: ['zhenshi', 'jiu'] }), 'b/2022-05-20': ticks('t', { taizhang: ['koujing', 'yiqian'] }) },
    }, { published: { tai: ['zhenshi', 'koujing', 'yiqian'] } })).toEqual([]);
  });

  it('names an unknown checklist or item, another task\'s checklist, and one that is not for the unit', () => {
    expect(problems(reportChecklists, {
      ...base,
      reports: {
        'a/2022-05-20': ticks('t', { taii: ['zhenshi'], qita: ['zhenshi'], tai: ['zhenshii'] }),
        'a/2022-05-21': ticks('u', { tai: ['zhenshi'] }),
        'c/2022-05-20': ticks('t', { tai: ['zhenshi'] }),
      },
    })).toEqual([
      'content/reports/a/2022-05-20.yaml: tasks[0].checklist.qita: 清单 "qita" 不是任务 "t" 的核查清单（该任务的清单是 tai）',
      'content/reports/a/2022-05-20.yaml: tasks[0].checklist.tai[0]: 清单 "tai" 中没有条目 "zhenshii"（是否想写 "zhenshi"？）',
      'content/reports/a/2022-05-20.yaml: tasks[0].checklist.taii: 清单 "taii" 不存在（是否想写 "tai"？）',
      'content/reports/a/2022-05-21.yaml: tasks[0].checklist.tai: 清单 "tai" 不是任务 "u" 的核查清单（该任务没有核查清单：请删除 checklist）',
      'content/reports/c/2022-05-20.yaml: tasks[0].checklist.tai: 清单 "tai" 不适用于“区丙局”（请核对清单 id，或报送单位）',
    ]);
  });
});
