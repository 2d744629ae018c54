/**
 * The statistics page of the petition cases (交办信访件): the day's report text in the formula
 * district governments publish, then each breakdown as a table with a bar chart drawn at build
 * time, and the 办结率 and 属实率 with what they count. The figures are src/lib/caseStats.ts's;
 * this module names the units, words the figures and draws the charts.
 */
import { cases as caseConfig } from '../../config.ts';
import { t, type StringKey } from '../../i18n/t.ts';
import { stackedBarChart } from '../../lib/barChart.ts';
import { caseStats, percent, type CaseStats, type Tally } from '../../lib/caseStats.ts';
import { dayWords } from '../../lib/dateWords.ts';
import { CASE_STATES, CASE_TRUTHS } from '../../schemas/caseState.ts';
import { proseDate } from '../build.ts';
import { unitName } from '../content.ts';
import type { SiteCases } from '../cases.ts';
import type { Site } from '../site.ts';

/** One breakdown: its heading, the table's columns and rows, the chart, and what the page states under it. */
export interface StatsTable {
  /** The section's id on the page (its anchor). */
  id: string;
  title: string;
  columns: readonly string[];
  /** The rows' cells, as the table shows them; the first is the row's header. */
  rows: readonly (readonly string[])[];
  /** The bar chart, SVG; `''` for a table too small to need one. */
  chart: string;
  /** What the chart shows when it leaves rows out (the table has them all); undefined when it shows all. */
  chartCaption: string | undefined;
  /** A sentence under the table: how the figures are counted. */
  note: string | undefined;
}

/** What the statistics page shows. */
export interface CaseStatsPage {
  /** Whether there is any case yet. */
  empty: boolean;
  /** The day's report text, one paragraph; `''` without cases. */
  press: string;
  /** The date the report text counts up to (the latest batch's 交办日期), in prose. */
  asOf: string | undefined;
  /** 共 N 批 M 件，其中重点关注 K 件。 */
  summary: string;
  /** The 办结率 and 属实率 sentences. */
  rates: readonly string[];
  tables: readonly StatsTable[];
}

/**
 * Bars a chart draws at most: the largest breakdowns, or the latest batches and days. A hundred
 * bars read as a texture, not a chart, and would weigh on a page of 20,000 cases; the table beside
 * it has every row.
 */
export const STATS_CHART_BARS = 30;

/** `{name}{count}件` for each tally, joined by `、`. */
function pressList(tallies: readonly Tally[], name: (key: string) => string): string {
  return tallies.map((tally) => t('cases.stats.press.item', { name: name(tally.key), count: tally.count })).join(t('cases.stats.listJoin'));
}

/** The latest day's batches in words: `9月21日第2批2件`, or `9月21日第5、6批共4件`. */
function latestWords(stats: CaseStats): string {
  const day = stats.days.at(-1)!;
  const date = dayWords(day.date);
  return day.batches.length === 1
    ? t('cases.stats.press.latestOne', { date, number: day.batches[0]!, count: day.count })
    : t('cases.stats.press.latestMany', { date, numbers: day.batches.join(t('cases.stats.listJoin')), count: day.count });
}

/**
 * The day's report text, as district governments publish it: the running total up to the latest
 * batch's date and that day's batches; the split by 污染类型 (a case in each of its types, as the
 * text says), by 行业 and by 区域; then 办结 (阶段性办结 included), 办理中, not yet reported, the
 * 办结率, and the 属实 split of the 办结 cases with the 属实率. `''` without cases.
 */
export function pressText(stats: CaseStats, name: { region: (id: string) => string }): string {
  if (stats.total === 0) return '';
  const opening = t('cases.stats.press.total', {
    date: dayWords(stats.days.at(-1)!.date),
    team: t('cases.stats.team'),
    batches: stats.batches.length,
    total: stats.total,
    latest: latestWords(stats),
  });
  const splits = [
    t('cases.stats.press.types', { list: pressList(stats.types, (key) => key) }),
    t('cases.stats.press.industries', { list: pressList(stats.industries, industryName) }),
    t('cases.stats.press.regions', { list: pressList(stats.regions, name.region) }),
  ].join(t('cases.stats.clauseJoin'));
  // The words' own order (src/schemas/caseState.ts): 已交办, 办理中, 阶段性办结 …; 属实, 部分属实, 不属实.
  const [pending, underway, staged] = CASE_STATES.map((state) => stats.states[state]);
  const [truthful, partly, untrue] = CASE_TRUTHS.map((truth) => stats.truths[truth]);
  const handling = t('cases.stats.press.handling', { concluded: stats.concluded.count, staged: staged!, underway: underway!, pending: pending!, rate: stats.concluded.percent! });
  const truth =
    stats.truthful.percent === undefined
      ? ''
      : t('cases.stats.press.truth', { count: stats.truthful.of, true: truthful!, partly: partly!, false: untrue!, rate: stats.truthful.percent });
  return `${opening}${splits}。${handling}${truth}`;
}

/** An industry's name; the cases that name none are 未注明行业. */
const industryName = (key: string) => (key === '' ? t('cases.stats.noIndustry') : key);

/** A one-series bar chart of `bars` (label, count), titled after its table. */
function chart(title: string, bars: readonly { label: string; count: number }[]): string {
  return stackedBarChart(
    bars.map((bar) => ({ label: bar.label, values: [bar.count] })),
    [{ name: t('cases.stats.chart.series'), className: 'bar-count' }],
    t('cases.stats.chart.title', { title }),
  );
}

/** A breakdown's table: its key column, 件数 and the share of all cases; the chart of its largest rows. */
function tallyTable(id: string, title: StringKey, key: StringKey, tallies: readonly Tally[], total: number, label: (key: string) => string, note?: string): StatsTable {
  const heading = t(title);
  const shown = tallies.slice(0, STATS_CHART_BARS);
  return {
    id,
    title: heading,
    columns: [t(key), t('cases.stats.column.count'), t('cases.stats.column.share')],
    rows: tallies.map((tally) => [label(tally.key), String(tally.count), `${percent(tally.count, total)}%`]),
    chart: chart(heading, shown.map((tally) => ({ label: label(tally.key), count: tally.count }))),
    chartCaption: tallies.length > shown.length ? t('cases.stats.chart.captionFirst', { count: shown.length }) : undefined,
    note: note === undefined ? t('cases.stats.note.share') : `${note}${t('cases.stats.note.share')}`,
  };
}

/** The note under a breakdown in which a case may count more than once: the sum and the total, when they differ. */
function overcountNote(tallies: readonly Tally[], total: number, more: StringKey, equal: StringKey): string {
  const sum = tallies.reduce((count, tally) => count + tally.count, 0);
  return sum > total ? t(more, { sum, total }) : t(equal);
}

/** The time tables: batch by batch and day by day, with the running total; charts of the latest. */
function timeTables(stats: CaseStats): StatsTable[] {
  const batchTitle = t('cases.stats.byBatch');
  const dayTitle = t('cases.stats.byDay');
  const batchLabel = (number: number) => t('cases.stats.batch', { number });
  const lastBatches = stats.batches.slice(-STATS_CHART_BARS);
  const lastDays = stats.days.slice(-STATS_CHART_BARS);
  return [
    {
      id: 'batch',
      title: batchTitle,
      columns: [t('cases.stats.column.batch'), t('cases.stats.column.date'), t('cases.stats.column.count'), t('cases.stats.column.cumulative')],
      rows: stats.batches.map((batch) => [batchLabel(batch.batch), proseDate(batch.date), String(batch.count), String(batch.cumulative)]),
      chart: chart(batchTitle, lastBatches.map((batch) => ({ label: batchLabel(batch.batch), count: batch.count }))),
      chartCaption: stats.batches.length > lastBatches.length ? t('cases.stats.chart.captionLast', { count: lastBatches.length }) : undefined,
      note: undefined,
    },
    {
      id: 'day',
      title: dayTitle,
      columns: [t('cases.stats.column.date'), t('cases.stats.column.batch'), t('cases.stats.column.count'), t('cases.stats.column.cumulative')],
      rows: stats.days.map((day) => [proseDate(day.date), t('cases.stats.batchList', { numbers: day.batches.join(t('cases.stats.listJoin')) }), String(day.count), String(day.cumulative)]),
      chart: chart(dayTitle, lastDays.map((day) => ({ label: dayWords(day.date), count: day.count }))),
      chartCaption: stats.days.length > lastDays.length ? t('cases.stats.chart.captionLast', { count: lastDays.length }) : undefined,
      note: undefined,
    },
  ];
}

/** The handling tables: cases by state (share of all), and the 办结 cases by 是否属实 (share of those judged); small enough to need no chart. */
function handlingTables(stats: CaseStats): StatsTable[] {
  const table = (id: string, title: StringKey, key: StringKey, rows: readonly (readonly [string, number])[], of: number, share: StringKey): StatsTable => ({
    id,
    title: t(title),
    columns: [t(key), t('cases.stats.column.count'), t(share)],
    rows: rows.map(([word, count]) => [word, String(count), of === 0 ? '—' : `${percent(count, of)}%`]),
    chart: '',
    chartCaption: undefined,
    note: undefined,
  });
  return [
    table('state', 'cases.stats.byState', 'cases.stats.column.state', CASE_STATES.map((state) => [state, stats.states[state]]), stats.total, 'cases.stats.column.share'),
    table('truth', 'cases.stats.byTruth', 'cases.stats.column.truth', CASE_TRUTHS.map((truth) => [truth, stats.truths[truth]]), stats.truthful.of, 'cases.stats.column.shareJudged'),
  ];
}

/** The statistics page of `cases` (the site's, or as of a date), its units named from `site`. */
export function caseStatsPage(site: Site, cases: SiteCases = site.cases): CaseStatsPage {
  const stats = caseStats(cases.all, caseConfig);
  if (stats.total === 0) return { empty: true, press: '', asOf: undefined, summary: '', rates: [], tables: [] };
  const region = (id: string) => unitName(site.content, id);
  const { total } = stats;
  return {
    empty: false,
    press: pressText(stats, { region }),
    asOf: proseDate(stats.days.at(-1)!.date),
    summary: t('cases.stats.summary', { batches: stats.batches.length, total, focus: stats.focus }),
    rates: [
      t('cases.stats.rates.concluded', { rate: stats.concluded.percent!, count: stats.concluded.count, of: total }),
      stats.truthful.percent === undefined ? t('cases.stats.rates.noTruth') : t('cases.stats.rates.truthful', { rate: stats.truthful.percent, count: stats.truthful.count, of: stats.truthful.of }),
      t('cases.stats.rates.method'),
    ],
    tables: [
      ...timeTables(stats),
      tallyTable('type', 'cases.stats.byType', 'cases.stats.key.type', stats.types, total, (key) => key, overcountNote(stats.types, total, 'cases.stats.note.types', 'cases.stats.note.typesEqual')),
      tallyTable('industry', 'cases.stats.byIndustry', 'cases.stats.key.industry', stats.industries, total, industryName),
      tallyTable('region', 'cases.stats.byRegion', 'cases.stats.key.region', stats.regions, total, region),
      tallyTable('lead', 'cases.stats.byLead', 'cases.stats.key.lead', stats.leads, total, region, overcountNote(stats.leads, total, 'cases.stats.note.leads', 'cases.stats.note.leadsEqual')),
      tallyTable('source', 'cases.stats.bySource', 'cases.stats.key.source', stats.sources, total, (key) => key),
      ...handlingTables(stats),
    ],
  };
}
