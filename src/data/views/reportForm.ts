/**
 * A unit's 报送 page: its tasks in its sheet's order (the 序号 of its 任务分解表), each with its
 * part in it and its time limit, for the unit to fill in 完成情况 and 进展情况 in the browser and
 * download a CSV that `npm run import -- report` reads. Only units report, not groups. A unit that
 * carries many tasks (a group's tasks reach every member) gets its form a page at a time.
 */
import { paginate } from '../../lib/paging.ts';
import { NO_ASSIGNMENTS } from '../../lib/units.ts';
import { unitName } from '../content.ts';
import type { DepartmentEntry, TaskEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { tasksByUnit } from './exports.ts';
import { roleLabel } from './taskRows.ts';

/** Tasks per page of the form: each is a fieldset of four controls. */
export const REPORT_FORM_PAGE_SIZE = 50;

/** One task of the form. */
export interface ReportFormRow {
  id: string;
  /** Its 序号 in the unit's sheet. */
  number: number;
  title: string;
  /** The unit's part: 牵头, 配合, 作为“各单位”成员单位落实. */
  role: string;
  /** The time limit in the speech's words: 5月19日前. */
  deadline: string;
}

/** One page of a unit's form (a type, not an interface: Astro's page props need one). */
export type ReportFormPage = {
  unit: DepartmentEntry;
  rows: readonly ReportFormRow[];
  /** The unit's tasks, all pages told. */
  total: number;
  page: number;
  pages: number;
};

/** Every page of every unit's form, in the order of the unit pages. */
export function reportFormPages(site: Site): ReportFormPage[] {
  const byUnit = tasksByUnit(site, site.content.tasks);
  return site.content.departments
    .filter((unit) => unit.data.members === undefined)
    .flatMap((unit) => {
      const { lead, support, viaGroup } = site.relations.assignments.get(unit.id) ?? NO_ASSIGNMENTS;
      const parts = new Map([...viaGroup, ...support, ...lead].map((item) => [item.taskId, item]));
      const row = (task: TaskEntry, index: number): ReportFormRow => {
        const part = parts.get(task.id);
        return {
          id: task.id,
          number: index + 1,
          title: task.data.title,
          role: part === undefined ? '' : roleLabel(part.role, part.via === undefined ? undefined : unitName(site.content, part.via)),
          deadline: task.data.deadline.text,
        };
      };
      const tasks = byUnit.get(unit.id) ?? [];
      const pages = paginate(tasks, REPORT_FORM_PAGE_SIZE);
      return pages.map((chunk, index) => ({
        unit,
        total: tasks.length,
        page: index + 1,
        pages: pages.length,
        // Made when the page renders: see "Rows made late" in ../../lib/paging.ts.
        get rows() {
          return chunk.map((task, at) => row(task, index * REPORT_FORM_PAGE_SIZE + at));
        },
      }));
    });
}
