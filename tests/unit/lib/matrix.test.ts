/** The responsibility matrix: tasks by units, each cell a role (src/lib/matrix.ts). */
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '~/lib/matrix';

describe('buildMatrix', () => {
  it('gives a column to each named unit, in index order, and each cell its role', () => {
    const matrix = buildMatrix(
      [
        { id: 't1', responsibilities: [{ unit: 'b', role: '牵头' }, { unit: 'a', role: '配合' }] },
        { id: 't2', responsibilities: [{ unit: 'c', role: '督办' }] },
      ],
      ['a', 'b', 'c', 'unused'],
    );
    expect(matrix.units).toEqual(['a', 'b', 'c']);
    expect(matrix.rows.map((row) => [row.taskId, Object.fromEntries(row.roles)])).toEqual([
      ['t1', { b: '牵头', a: '配合' }],
      ['t2', { c: '督办' }],
    ]);
  });
});
