/** The responsibility matrix: tasks by units, each cell a role, groups expandable (src/lib/matrix.ts). */
import { describe, expect, it } from 'vitest';
import { containingGroups } from '~/lib/groups';
import { buildMatrix, type MatrixCell } from '~/lib/matrix';
import { memberUnits } from '~/lib/units';

const tasks = [
  { id: 't1', responsibilities: [{ unit: 'b', role: '牵头' }, { unit: 'a', role: '配合' }] },
  { id: 't2', responsibilities: [{ unit: 'c', role: '督办' }] },
  { id: 't3', responsibilities: [{ unit: 'all', role: '牵头' }, { unit: 'a', role: '配合' }] },
  { id: 't4', responsibilities: [{ unit: 'c', role: '牵头' }, { unit: 'bumen', role: '配合' }] },
] as const;
const cells = (matrix: { rows: { taskId: string; cells: Map<string, MatrixCell> }[] }) =>
  matrix.rows.map((row) => [row.taskId, Object.fromEntries([...row.cells].map(([unit, cell]) => [unit, `${cell.role}${cell.member ? '·成员' : ''}`]))]);

describe('buildMatrix', () => {
  it('gives a column to each named unit, in index order, and each cell its role', () => {
    const matrix = buildMatrix(tasks, ['a', 'b', 'c', 'bumen', 'all', 'unused']);
    expect(matrix.units).toEqual(['a', 'b', 'c', 'bumen', 'all']);
    expect(cells(matrix)).toEqual([
      ['t1', { b: '牵头', a: '配合' }],
      ['t2', { c: '督办' }],
      ['t3', { all: '牵头', a: '配合' }],
      ['t4', { c: '牵头', bumen: '配合' }],
    ]);
  });

  it('expanded, gives each member unit of a group its column, marked as a member, and drops the group', () => {
    // all = bumen (a, b) + c; a named unit keeps its own role.
    const unitsByGroup = memberUnits(containingGroups(new Map([['all', ['bumen', 'c']], ['bumen', ['a', 'b']]])));
    const matrix = buildMatrix(tasks, ['a', 'b', 'c', 'bumen', 'all'], unitsByGroup);
    expect(matrix.units).toEqual(['a', 'b', 'c']);
    expect(cells(matrix)).toEqual([
      ['t1', { b: '牵头', a: '配合' }],
      ['t2', { c: '督办' }],
      ['t3', { a: '配合', b: '牵头·成员', c: '牵头·成员' }],
      ['t4', { c: '牵头', a: '配合·成员', b: '配合·成员' }],
    ]);
  });

  it('keeps the column of a group whose members are not known', () => {
    const matrix = buildMatrix([{ id: 't', responsibilities: [{ unit: 'empty', role: '牵头' }] }], [], new Map());
    expect(cells(matrix)).toEqual([['t', { empty: '牵头' }]]);
  });
});
