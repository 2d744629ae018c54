/**
 * The responsibility matrix (责任分工表): one row per task, one column per unit, the role in each
 * cell. As the speech gives it, the columns are the units and groups tasks name; expanded, every
 * group gives way to its member units, each holding the group's role as a member (作为成员单位落实)
 * unless the task names it itself. Columns follow the order given (the unit index order).
 */
import type { Role } from '../schemas/responsibility.ts';
import { rolesReached, type TaskLike } from './units.ts';

/** One cell: the unit's role, and whether it holds it as a member of a group the task names. */
export interface MatrixCell {
  role: Role;
  member: boolean;
}

/** The matrix: the units that have a column, and per task its cell in each of them. */
export interface Matrix {
  units: string[];
  rows: { taskId: string; cells: Map<string, MatrixCell> }[];
}

/**
 * Builds the matrix; units with no cell get no column. With `unitsByGroup` (group → every unit it
 * reaches) the groups are expanded into their members and a group that has members loses its column.
 */
export function buildMatrix(tasks: readonly TaskLike[], unitOrder: readonly string[], unitsByGroup?: ReadonlyMap<string, readonly string[]>): Matrix {
  const used = new Set<string>();
  const rows = tasks.map((task) => {
    const cells = new Map<string, MatrixCell>();
    if (unitsByGroup === undefined) {
      for (const line of task.responsibilities) cells.set(line.unit, { role: line.role, member: false });
    } else {
      const named = new Set(task.responsibilities.map((line) => line.unit));
      for (const [unit, role] of rolesReached(task, unitsByGroup)) {
        if (!unitsByGroup.has(unit)) cells.set(unit, { role, member: !named.has(unit) });
      }
    }
    for (const unit of cells.keys()) used.add(unit);
    return { taskId: task.id, cells };
  });
  const order = new Map(unitOrder.map((id, index) => [id, index]));
  const units = [...used].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
  return { units, rows };
}
