/** Which units a task reaches, and in which role (src/lib/units.ts). */
import { describe, expect, it } from 'vitest';
import { containingGroups } from '~/lib/groups';
import { assignTasks, leadUnits, memberUnits, rolesReached, standingOf, standingsReached, supportUnits } from '~/lib/units';

const members = new Map([
  ['all', ['bumen', 'zhengfawei']],
  ['bumen', ['gongan', 'xinfang']],
]);

describe('assignTasks', () => {
  const byUnit = assignTasks(
    [
      { id: 'zicha', responsibilities: [{ unit: 'all', role: '牵头', who: '主要负责同志' }] },
      { id: 'xinfang', responsibilities: [{ unit: 'zhengfawei', role: '牵头' }, { unit: 'xinfang', role: '配合' }, { unit: 'bumen', role: '配合' }] },
    ],
    memberUnits(containingGroups(members)),
  );

  it('files a task under its named units by role', () => {
    expect(byUnit.get('zhengfawei')?.lead.map((item) => item.taskId)).toEqual(['xinfang']);
    expect(byUnit.get('xinfang')?.support.map((item) => item.taskId)).toEqual(['xinfang']);
    expect(byUnit.get('all')?.lead).toEqual([{ taskId: 'zicha', role: '牵头', who: '主要负责同志', via: undefined }]);
  });

  it('reaches every member of a group, nested, once, saying through which group', () => {
    expect(byUnit.get('gongan')?.viaGroup.map((item) => [item.taskId, item.via])).toEqual([
      ['zicha', 'all'],
      ['xinfang', 'bumen'],
    ]);
    // xinfang is named in its own right on the second task: not repeated through its group.
    expect(byUnit.get('xinfang')?.viaGroup.map((item) => item.taskId)).toEqual(['zicha']);
  });
});

describe('memberUnits', () => {
  it('lists every unit a group reaches, nested groups included', () => {
    const unitsByGroup = memberUnits(containingGroups(members));
    expect(unitsByGroup.get('all')?.sort()).toEqual(['bumen', 'gongan', 'xinfang', 'zhengfawei']);
    expect(unitsByGroup.get('bumen')?.sort()).toEqual(['gongan', 'xinfang']);
    expect(unitsByGroup.has('gongan')).toBe(false);
  });
});

describe('rolesReached', () => {
  it('reaches the members of a named group with the role of the group, unless named themselves', () => {
    const membersOf = memberUnits(containingGroups(new Map([['all', ['gongan', 'huanbao']]])));
    const roles = rolesReached({ id: 't', responsibilities: [{ unit: 'all', role: '牵头' }, { unit: 'huanbao', role: '配合' }] }, membersOf);
    expect(Object.fromEntries(roles)).toEqual({ all: '牵头', huanbao: '配合', gongan: '牵头' });
  });
});

describe('standingsReached', () => {
  it('calls a unit named as 牵头 lead, in another role support, and reached through a group member', () => {
    const membersOf = memberUnits(containingGroups(new Map([['all', ['gongan', 'huanbao', 'zhujian']]])));
    const task = { id: 't', responsibilities: [{ unit: 'all', role: '牵头' }, { unit: 'huanbao', role: '配合' }, { unit: 'zhujian', role: '牵头' }] } as const;
    expect(Object.fromEntries(standingsReached(task, membersOf))).toEqual({ all: 'lead', huanbao: 'support', zhujian: 'lead', gongan: 'member' });
  });

  it('never turns a group\'s 牵头 into a member\'s', () => {
    expect([standingOf('牵头', false), standingOf('审核', false), standingOf('牵头', true), standingOf('配合', true)]).toEqual(['lead', 'support', 'member', 'member']);
  });
});

describe('leadUnits and supportUnits', () => {
  it('split the named units by whether they lead, in the order the task names them', () => {
    const task = { responsibilities: [{ unit: 'a', role: '配合' }, { unit: 'b', role: '牵头' }, { unit: 'c', role: '督办' }, { unit: 'd', role: '牵头' }] } as const;
    expect(leadUnits(task)).toEqual(['b', 'd']);
    expect(supportUnits(task)).toEqual(['a', 'c']);
  });
});
