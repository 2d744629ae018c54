import { describe, expect, it } from 'vitest';
import { tasksByUnit } from '~/lib/units';

const members = new Map([
  ['all', ['bumen', 'zhengfawei']],
  ['bumen', ['gongan', 'xinfang']],
]);

describe('tasksByUnit', () => {
  const byUnit = tasksByUnit(
    [
      { id: 'zicha', responsibilities: [{ unit: 'all', role: '牵头', who: '主要负责同志' }] },
      { id: 'xinfang', responsibilities: [{ unit: 'zhengfawei', role: '牵头' }, { unit: 'xinfang', role: '配合' }, { unit: 'bumen', role: '配合' }] },
    ],
    members,
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
