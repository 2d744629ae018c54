import { describe, expect, it } from 'vitest';
import { groupMembership } from '~/check/rules/groupMembership';
import { group, problems, unit } from '../inlineSite';

describe('groupMembership', () => {
  it('accepts groups of groups, and a unit in several groups', () => {
    expect(problems(groupMembership, {
      departments: { a: unit(), b: unit(), bankuai: group(['a']), bumen: group(['a', 'b']), all: group(['bankuai', 'bumen']) },
    })).toEqual([]);
  });

  it('reports a member listed twice, and a group listing itself', () => {
    expect(problems(groupMembership, { departments: { a: unit(), g: group(['a', 'g', 'a']) } })).toEqual([
      'content/departments/g.yaml: members[1]: 单位组不能包含自身 "g"（请删除这一行）',
      'content/departments/g.yaml: members[2]: 成员 "a" 重复列出（请删除重复的一行）',
    ]);
  });

  it('reports a cycle through several groups once, on its smallest id', () => {
    expect(problems(groupMembership, { departments: { x: group(['y']), y: group(['z']), z: group(['x']) } })).toEqual([
      'content/departments/x.yaml: members: 单位组循环包含：x → y → z → x（请从其中一个单位组的 members 中删除另一个）',
    ]);
  });
});
