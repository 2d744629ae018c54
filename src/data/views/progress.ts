/**
 * The 进度总览: per unit that reports, its tasks counted by state (已销号, 已完成待销号, 推进中,
 * 未启动) and 逾期, its last report and 未报送; sorted four ways, each a page of its own so sorting
 * needs no script; a stacked bar chart in the table's order; the same table as an Excel sheet.
 * 逾期 and 未报送 are judged on `today` (the build's date), and again by the browser on its own.
 * Once the site has petition cases (交办信访件), each unit's line also counts the cases it leads:
 * how many, how many 办结, how many 逾期 (the browser again redoes 逾期 on its date); a site
 * without cases keeps the table as it was.
 */
import { config } from '../../config.ts';
import { t, type StringKey } from '../../i18n/t.ts';
import { stackedBarChart } from '../../lib/barChart.ts';
import { routes } from '../../lib/paths.ts';
import { isConcluded } from '../../lib/cases.ts';
import { progressCounts, type ProgressCounts } from '../../lib/progress.ts';
import { dueList, unreportedDays } from '../../lib/progressStates.ts';
import type { Sheet } from '../../lib/workbook.ts';
import { proseDate } from '../build.ts';
import type { Site } from '../site.ts';
import { leadCaseCounts } from './caseUnit.ts';
import type { Unreported } from './unitProgress.ts';

/** The orders of the table: by unit (the site's order), most overdue, longest without a report, most signed off. */
export const PROGRESS_SORTS = ['unit', 'overdue', 'unreported', 'signedOff'] as const;
/** One of `PROGRESS_SORTS`. */
export type ProgressSort = (typeof PROGRESS_SORTS)[number];

/** One unit's line. */
export interface OverviewRow {
  unit: string;
  name: string;
  /** The tasks it reports on. */
  total: number;
  counts: ProgressCounts;
  /** Its open tasks' deadlines still ahead (`dueList`), for the browser's own count of 逾期. */
  dues: string;
  lastReport: { date: string; text: string } | undefined;
  /** Undefined when the cycle does not apply (every task signed off). */
  unreported: Unreported | undefined;
  /** The petition cases it leads; undefined when the site has none. */
  cases: UnitCaseCounts | undefined;
}

/** A unit's petition cases as lead (牵头), on the view's date. */
export interface UnitCaseCounts {
  /** 牵头交办件. */
  lead: number;
  /** 办结, 阶段性办结 included. */
  concluded: number;
  /** 逾期: past the 办理时限, not 办结, not signed off. */
  overdue: number;
  /** The 办理时限 still ahead of its open cases (`dueList`), for the browser's own count of 逾期. */
  dues: string;
}

/** The cases `unit` leads, counted on `today`. */
export function unitCaseCounts(site: Site, unit: string, today: string): UnitCaseCounts {
  const { lead } = site.cases.forUnit(unit);
  const { byState, overdue, dues } = leadCaseCounts(lead, today);
  const concluded = [...byState].reduce((sum, [state, count]) => sum + (isConcluded(state) ? count : 0), 0);
  return { lead: lead.length, concluded, overdue, dues };
}

/** Each order in words. */
const SORT_WORDS: Readonly<Record<ProgressSort, StringKey>> = {
  unit: 'progress.sort.unit',
  overdue: 'progress.sort.overdue',
  unreported: 'progress.sort.unreported',
  signedOff: 'progress.sort.signedOff',
};

/** A column the table can be sorted by: its sort, its words, the page that shows it, and whether this is that page. */
export interface SortLink {
  sort: ProgressSort;
  label: string;
  path: string;
  current: boolean;
}

/** What one sorted page of the 进度总览 shows. */
export interface ProgressOverview {
  sort: ProgressSort;
  rows: readonly OverviewRow[];
  /** The links to the other orders, by sort. */
  sorts: Readonly<Record<ProgressSort, SortLink>>;
  /** The bar chart, SVG, of the first `CHART_BARS` rows in their order. */
  chart: string;
  /** How many units the chart leaves out (the table has them all). */
  chartLeftOut: number;
  /** The whole district: every unit's counts added up, and how many are 未报送. */
  totals: ProgressCounts & { units: number; unreported: number };
  asOf: string;
  /** Days between two reports of a unit. */
  cycle: number;
  /**
   * The cases' totals over the rows (a case with two leads counted under each), with the sentence
   * saying them cut around the 逾期 count, which the browser redoes; undefined when the site has no cases.
   */
  caseTotals: (Omit<UnitCaseCounts, 'dues'> & { text: readonly [string, string] }) | undefined;
}

/**
 * The bars the chart draws: the first units of the table's order (the most overdue, the longest
 * silent …). Two hundred bars read as a texture, not a chart, and would outweigh the table; twenty
 * keep the page, with its table of 200 units, within its weight budget (60 KB).
 */
export const CHART_BARS = 20;

/** The states the chart stacks, in the order of the table's columns. */
const CHART_SERIES = [
  ['signedOff', 'progress.count.signedOff'],
  ['claimed', 'progress.count.claimed'],
  ['underway', 'progress.count.underway'],
  ['notStarted', 'progress.count.notStarted'],
] as const;

/**
 * Every reporting unit's line, in the site's order, judged on `today`. A unit with cases but no
 * task to report on has no line: every 街道 and 板块 that handles cases has tasks too.
 */
export function overviewRows(site: Site, today: string): OverviewRow[] {
  const cycle = site.progress.cycleDays;
  const hasCases = site.cases.all.length > 0;
  return site.progress.units.flatMap((id) => {
    const progress = site.progress.forUnit(id);
    if (progress.tasks.length === 0) return [];
    const from = progress.lastReport ?? progress.since;
    return [
      {
        unit: id,
        name: site.content.departmentById.get(id)?.data.name ?? id,
        total: progress.tasks.length,
        counts: progressCounts(progress.tasks, today),
        dues: dueList(progress.tasks.filter((cell) => cell.state !== '已销号').map((cell) => cell.due), today),
        lastReport: progress.lastReport === null ? undefined : { date: progress.lastReport, text: proseDate(progress.lastReport) },
        unreported: progress.expected ? { days: unreportedDays(from, today, cycle), from, cycle } : undefined,
        cases: hasCases ? unitCaseCounts(site, id, today) : undefined,
      },
    ];
  });
}

/** The rows in `sort`'s order; ties keep the site's order (the sort is stable). */
export function sortRows(rows: readonly OverviewRow[], sort: ProgressSort): OverviewRow[] {
  const share = (row: OverviewRow) => row.counts.signedOff / row.total;
  // Never reported counts as longest without a report; a unit with nothing open comes last.
  const silence = (row: OverviewRow) => (row.unreported === undefined ? -1 : row.lastReport === undefined ? Infinity : -Date.parse(row.lastReport.date));
  const by: Record<ProgressSort, (a: OverviewRow, b: OverviewRow) => number> = {
    unit: () => 0,
    overdue: (a, b) => b.counts.overdue - a.counts.overdue,
    unreported: (a, b) => (silence(b) === silence(a) ? 0 : silence(b) > silence(a) ? 1 : -1),
    signedOff: (a, b) => share(b) - share(a),
  };
  return [...rows].sort(by[sort]);
}

/** The view of the 进度总览 in `sort`'s order, judged on `today`. */
export function progressOverview(site: Site, sort: ProgressSort, today: string): ProgressOverview {
  const all = overviewRows(site, today);
  const rows = sortRows(all, sort);
  const totals = { signedOff: 0, claimed: 0, underway: 0, notStarted: 0, overdue: 0, units: rows.length, unreported: 0 };
  for (const row of rows) {
    for (const key of ['signedOff', 'claimed', 'underway', 'notStarted', 'overdue'] as const) totals[key] += row.counts[key];
    if ((row.unreported?.days ?? 0) > 0) totals.unreported += 1;
  }
  let caseTotals: ProgressOverview['caseTotals'];
  if (site.cases.all.length > 0) {
    const sums = { lead: 0, concluded: 0, overdue: 0 };
    for (const row of rows) for (const key of ['lead', 'concluded', 'overdue'] as const) sums[key] += row.cases?.[key] ?? 0;
    // The sentence around its 逾期 count, so that the page can mark the count for the browser to redo.
    const [before = '', after = ''] = t('cases.feed.progress.totals', { ...sums, overdue: '\u0000' }).split('\u0000');
    caseTotals = { ...sums, text: [before, after] };
  }
  const short = (id: string, name: string) => site.content.departmentById.get(id)?.data.short ?? name;
  return {
    sort,
    rows,
    sorts: Object.fromEntries(PROGRESS_SORTS.map((key) => [key, { sort: key, label: t(SORT_WORDS[key]), path: routes.progress(key === 'unit' ? undefined : key), current: key === sort }])) as Record<ProgressSort, SortLink>,
    chart: stackedBarChart(
      rows.slice(0, CHART_BARS).map((row) => ({ label: short(row.unit, row.name), values: CHART_SERIES.map(([key]) => row.counts[key]) })),
      CHART_SERIES.map(([key, label]) => ({ name: t(label), className: `bar-${key}` })),
      t('progress.chart.title'),
    ),
    chartLeftOut: Math.max(0, rows.length - CHART_BARS),
    totals,
    asOf: today,
    cycle: site.progress.cycleDays,
    caseTotals,
  };
}

/** The static paths: the table by unit at progress/, each other order at progress/<sort>/. */
export function progressPaths(): { params: { sort: string | undefined }; props: { sort: ProgressSort } }[] {
  return PROGRESS_SORTS.map((sort) => ({ params: { sort: sort === 'unit' ? undefined : sort }, props: { sort } }));
}

/** The 进度总览 as an Excel sheet, in the units' order, judged on `today`. */
export function progressSheet(site: Site, today: string): Sheet {
  const hasCases = site.cases.all.length > 0;
  // The cases' columns come after the tasks' 逾期, before 最近报送, as on the page.
  const taskColumns = t('progress.sheet.columns').split(',');
  const caseColumns = hasCases ? t('cases.feed.progress.columns').split(',') : [];
  const columns = [...taskColumns.slice(0, 7), ...caseColumns, ...taskColumns.slice(7)];
  const widths = [6, 24, 8, 12, 8, 8, 8, ...caseColumns.map(() => 12), 16, 20];
  return {
    name: t('progress.title'),
    title: t('progress.sheet.title', { district: config.district }),
    subtitle: t('progress.sheet.subtitle', { date: proseDate(today) }),
    columns: columns.map((header, index) => ({ header, width: widths[index] ?? 10, align: index === 1 ? 'left' : 'center' })),
    rows: overviewRows(site, today).map((row, index) => [
      index + 1,
      row.name,
      row.counts.signedOff,
      row.counts.claimed,
      row.counts.underway,
      row.counts.notStarted,
      row.counts.overdue,
      ...(row.cases === undefined ? [] : [row.cases.lead, row.cases.concluded, row.cases.overdue]),
      row.lastReport?.text ?? t('progress.state.none'),
      (row.unreported?.days ?? 0) > 0 ? t('progress.unreported', { days: row.unreported!.days }) : '',
    ]),
    creator: `${config.district}${config.title}`,
    footer: t('exports.sheet.page', { page: '&P', pages: '&N' }),
  };
}
