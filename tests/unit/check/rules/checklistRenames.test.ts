import { describe, expect, it } from 'vitest';
import { checklistRenames } from '~/check/rules/checklistRenames';
import { checklist, problems } from '../inlineSite';

describe('checklistRenames', () => {
  it('accepts old ids that no checklist holds, each claimed once', () => {
    expect(problems(checklistRenames, { checklists: { xin: checklist({ renamedFrom: ['jiu', 'geng-jiu'] }), other: checklist({ renamedFrom: 'bie' }) } })).toEqual([]);
  });

  it('rejects an old id that still exists or is claimed twice, and a withdrawn id used again', () => {
    expect(problems(checklistRenames, {
      checklists: { a: checklist({ renamedFrom: ['b', 'jiu'] }), b: checklist({ renamedFrom: 'jiu' }), chexiao: checklist() },
    }, { withdrawn: ['chexiao'] })).toEqual([
      'content/checklists/a.yaml: renamedFrom[0]: 清单 "b" 仍然存在：renamedFrom 只写改名前、现已不用的清单 id（请删除这一项）',
      'content/checklists/b.yaml: renamedFrom[0]: "jiu" 已写在 content/checklists/a.yaml 的 renamedFrom 中：一个旧 id 只能由一份清单继承（请删除其中一处）',
      'content/checklists/chexiao.yaml: 清单 id "chexiao" 已在 content/published.json 中列为撤销（withdrawn），不能再用：各单位当年保存的勾选会出现在新清单上（请给文件换一个名字）',
    ]);
  });
});
