/**
 * The responsibility matrix (责任分工表): one row per task, one column per unit named in any
 * task, the role in each cell. Columns follow the order given (the unit index order).
 */
import type { Role } from '../schemas/responsibility.ts';
import type { TaskLike } from './units.ts';

/** The matrix: the units that have a column, and per task its role in each of them. */
export interface Matrix {
  units: string[];
  rows: { taskId: string; roles: Map<string, Role> }[];
}

/** Builds the matrix; units never named in a task get no column. */
export function buildMatrix(tasks: readonly TaskLike[], unitOrder: readonly string[]): Matrix {
  const named = new Set<string>();
  const rows = tasks.map((task) => {
    const roles = new Map<string, Role>();
    for (const line of task.responsibilities) {
      roles.set(line.unit, line.role);
      named.add(line.unit);
    }
    return { taskId: task.id, roles };
  });
  const order = new Map(unitOrder.map((id, index) => [id, index]));
  const units = [...named].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
  return { units, rows };
}
