import { describe, expect, it } from 'vitest';
import { containingGroups, expandMembers, findCycles } from '~/lib/groups';

const members = new Map([
  ['all', ['bankuai', 'bumen', 'zhengfawei']],
  ['bankuai', []],
  ['bumen', ['gongan', 'huanbao']],
]);

describe('groups', () => {
  it('expands a group through nested groups', () => {
    expect([...expandMembers('all', members)].sort()).toEqual(['bankuai', 'bumen', 'gongan', 'huanbao', 'zhengfawei']);
    expect(expandMembers('gongan', members).size).toBe(0);
  });

  it('finds every group that reaches a unit', () => {
    const of = containingGroups(members);
    expect(of.get('gongan')?.sort()).toEqual(['all', 'bumen']);
    expect(of.get('zhengfawei')).toEqual(['all']);
    expect(of.has('all')).toBe(false);
  });

  it('reports each cycle once and never loops', () => {
    const cyclic = new Map([
      ['a', ['b']],
      ['b', ['c', 'x']],
      ['c', ['a']],
      ['self', ['self']],
    ]);
    expect(findCycles(cyclic)).toEqual([['a', 'b', 'c', 'a'], ['self', 'self']]);
    expect([...expandMembers('a', cyclic)].sort()).toEqual(['b', 'c', 'x']);
    expect(findCycles(members)).toEqual([]);
  });
});
