/**
 * The responsibility matrix (责任分工表): a page of tasks × the units they name, columns in the
 * unit index's order (by kind, then name), the role in each cell.
 */
import { buildMatrix } from '../../lib/matrix.ts';
import type { Role } from '../../schemas/responsibility.ts';
import type { TaskEntry } from '../entries.ts';
import type { Site } from '../site.ts';

/** What one page of the matrix shows. */
export interface MatrixPage {
  /** The units with a column. */
  units: readonly string[];
  rows: readonly { taskId: string; title: string; cells: readonly (Role | undefined)[] }[];
}

/** The view of the matrix page holding `tasks`. */
export function matrixPage(site: Site, tasks: readonly TaskEntry[]): MatrixPage {
  const unitOrder = site.content.departmentsByKind.flatMap(([, units]) => units.map((unit) => unit.id));
  const matrix = buildMatrix(
    tasks.map((task) => ({ id: task.id, responsibilities: task.data.responsibilities })),
    unitOrder,
  );
  return {
    units: matrix.units,
    rows: matrix.rows.map((row) => ({
      taskId: row.taskId,
      title: site.content.taskById.get(row.taskId)!.data.title,
      cells: matrix.units.map((unit) => row.roles.get(unit)),
    })),
  };
}
