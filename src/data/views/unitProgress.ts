/**
 * A unit's progress, as its page sums it up and as its own paged list shows it task by task: how
 * many of its tasks stand where (已销号, 已完成待销号, 推进中, 未启动, 逾期), when it last reported and
 * whether it is 未报送, its first overdue tasks, its latest reports. 逾期 and 未报送 are judged on
 * `today` (the build's date); the page's script judges them again on the reader's.
 */
import { paginate } from '../../lib/paging.ts';
import { routes } from '../../lib/paths.ts';
import { progressCounts, type ProgressCounts } from '../../lib/progress.ts';
import { dueList, overdueDays, unreportedDays } from '../../lib/progressStates.ts';
import { reportKey } from '../../schemas/report.ts';
import { proseDate } from '../build.ts';
import type { DepartmentEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { progressRow, type ProgressRow } from './progressRows.ts';

/** Overdue tasks and reports shown on the unit page; the rest are one link away. */
export const PROGRESS_INLINE = 3;

/** A unit's 未报送 for the page: days on `today` (0: reported in time) and the date it counts from. */
export interface Unreported {
  days: number;
  /** Its last report, or before its first, the date it was given its tasks; null: nothing to count from. */
  from: string | null;
  cycle: number;
}

/** The progress section of a unit's page. */
export interface UnitProgressView {
  /** How many tasks it reports on (0: the section says it has none). */
  total: number;
  counts: ProgressCounts;
  /** The confirmed deadlines still ahead of its tasks not signed off (`dueList`), for the reader's-date count. */
  dues: string;
  lastReport: { date: string; text: string } | undefined;
  /** Undefined when the cycle does not apply (every task signed off). */
  unreported: Unreported | undefined;
  /** Its first tasks overdue on `today`, in the site's task order. */
  overdue: readonly ProgressRow[];
  /** Its latest reports: date, how many tasks each spoke of, and the link to it. */
  history: readonly { date: string; text: string; path: string; count: number }[];
  /** How many reports it sent, all told. */
  reports: number;
}

/** The progress section of unit `id`'s page, judged on `today`. */
export function unitProgress(site: Site, id: string, today: string): UnitProgressView {
  const progress = site.progress.forUnit(id);
  const open = progress.tasks.filter((cell) => cell.state !== '已销号');
  // Rows only for the first overdue tasks, not for each of a unit's thousand tasks.
  const overdue: ProgressRow[] = [];
  for (const cell of progress.tasks) {
    if (overdue.length === PROGRESS_INLINE) break;
    if (overdueDays(cell.due, cell.state === '已销号', today) > 0) overdue.push(progressRow(site, cell, today));
  }
  return {
    total: progress.tasks.length,
    counts: progressCounts(progress.tasks, today),
    dues: dueList(open.map((cell) => cell.due), today),
    lastReport: progress.lastReport === null ? undefined : { date: progress.lastReport, text: proseDate(progress.lastReport) },
    unreported: progress.expected
      ? { days: unreportedDays(progress.lastReport ?? progress.since, today, site.progress.cycleDays), from: progress.lastReport ?? progress.since, cycle: site.progress.cycleDays }
      : undefined,
    overdue,
    history: progress.reports.slice(0, PROGRESS_INLINE).map((report) => {
      const { date } = reportKey(report.id);
      return { date, text: proseDate(date), path: routes.unitReports(id, date), count: report.data.tasks.length };
    }),
    reports: progress.reports.length,
  };
}

/** One page of a unit's tasks with their states (a type: Astro's page props need one). */
export type UnitProgressListPage = {
  unit: DepartmentEntry;
  rows: readonly ProgressRow[];
  page: number;
  pages: number;
  asOf: string;
};

/** Every page of every reporting unit's list of tasks and states, a hundred to a page. */
export function unitProgressPages(site: Site, today: string): UnitProgressListPage[] {
  return site.progress.units.flatMap((id) => {
    const unit = site.content.departmentById.get(id)!;
    const pages = paginate(site.progress.forUnit(id).tasks);
    return pages.map((cells, index) => ({
      unit,
      page: index + 1,
      pages: pages.length,
      asOf: today,
      // Made when the page renders: see "Rows made late" in ../../lib/paging.ts.
      get rows() {
        return cells.map((cell) => progressRow(site, cell, today));
      },
    }));
  });
}
