/**
 * The statistics of the petition cases (交办信访件), as district governments publish them daily:
 * the running total by batch and by day, the cases counted by 污染类型, 行业类别, 行政区域,
 * 责任单位 (牵头) and 来源, and two rates, 办结率 and 属实率. Pure: the case index's records in,
 * figures out; the words around them are the view's.
 *
 * How each figure is counted, as the statistics page states it:
 * - a case naming two 污染类型 is counted under both (the published formula: “同一举报事项包含两项
 *   以上污染类型的分别统计”), and so is a case with two 牵头 units under both: those two columns
 *   add up to more than the total;
 * - 办结 includes 阶段性办结, as the daily reports count it (`isConcluded`, ./cases.ts);
 * - 属实率 is (属实 + 部分属实) over the 办结 cases whose report says 是否属实 (every 办结 report must);
 * - a rate is a percentage with one decimal, rounded half up (2 of 3 is 66.7%).
 */
import type { CaseState, CaseTruth } from '../schemas/caseState.ts';
import { isConcluded } from './cases.ts';

/** What the statistics read of a case: a `CaseRecord` of the case index (src/data/cases.ts) is one. */
export interface CountedCase {
  /** 批次. */
  batch: number;
  /** 交办日期. */
  date: string;
  state: CaseState;
  data: {
    source: string;
    /** 行政区域: a unit id. */
    region: string;
    types: readonly string[];
    industry?: string | undefined;
    /** 牵头 unit ids. */
    lead: readonly string[];
    focus: boolean;
  };
  /** The lead's latest report; undefined while 已交办. */
  handling: { line: { truth?: CaseTruth | undefined } } | undefined;
}

/** One row of a breakdown: a word or unit id, and how many cases it counts. */
export interface Tally {
  key: string;
  count: number;
}

/** One batch: its number, 交办日期, its cases, and the running total up to it. */
export interface BatchTally {
  batch: number;
  date: string;
  count: number;
  cumulative: number;
}

/** One day: the batches handed over on it, their cases, and the running total up to it. */
export interface DayTally {
  date: string;
  batches: readonly number[];
  count: number;
  cumulative: number;
}

/** A rate: `count` of `of`, and the percentage as text with one decimal (`60.0`); none when `of` is 0. */
export interface Rate {
  count: number;
  of: number;
  percent: string | undefined;
}

/** Every figure of the statistics page. */
export interface CaseStats {
  total: number;
  /** 重点关注 cases. */
  focus: number;
  /** Batch by batch, first to last. */
  batches: readonly BatchTally[];
  /** Day by day, first to last. */
  days: readonly DayTally[];
  /** By 污染类型, most first (ties in the configured order); a case counts under each of its types. */
  types: readonly Tally[];
  /** By 行业类别, most first (ties in order of appearance); `''` counts the cases that name none, always last. */
  industries: readonly Tally[];
  /** By 行政区域 (unit ids), most first, ties in order of appearance. */
  regions: readonly Tally[];
  /** By 牵头 unit (ids), most first, ties in order of appearance; a case counts under each lead. */
  leads: readonly Tally[];
  /** By 来源, most first, ties in the configured order. */
  sources: readonly Tally[];
  /** How many cases are in each state. */
  states: Readonly<Record<CaseState, number>>;
  /** 办结率: cases 办结 (阶段性办结 included) over all cases. */
  concluded: Rate;
  /** 是否属实 of the 办结 cases. */
  truths: Readonly<Record<CaseTruth, number>>;
  /** 属实率: 属实 and 部分属实 over the 办结 cases with a 是否属实. */
  truthful: Rate;
}

/**
 * `count` of `of` as a percentage with one decimal, rounded half up, in integers so that no
 * binary fraction tips a half the wrong way: `percent(2, 3)` is `66.7`, `percent(1, 8)` `12.5`.
 */
export function percent(count: number, of: number): string | undefined {
  if (of === 0) return undefined;
  const tenths = Math.floor((2000 * count + of) / (2 * of));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** The rate of `count` over `of`. */
const rate = (count: number, of: number): Rate => ({ count, of, percent: percent(count, of) });

/** Counts `keys` into `counts`, keeping the order in which each key first appears. */
function add(counts: Map<string, number>, keys: Iterable<string>): void {
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The tallies most first; ties in `order` (a configured list), then in order of appearance, and
 * `last` (the cases that name nothing) at the end whatever its count.
 */
function ranked(counts: Map<string, number>, order: readonly string[] = [], last?: string): Tally[] {
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? order.length : index;
  };
  const tallies = [...counts].map(([key, count]) => ({ key, count }));
  // Array.prototype.sort is stable: equal counts of equal rank keep the order of appearance.
  return tallies.sort((a, b) => Number(a.key === last) - Number(b.key === last) || b.count - a.count || rank(a.key) - rank(b.key));
}

/** The configured word lists that order ties: `cases.pollutionTypes` and `cases.sources` (src/config.ts). */
export interface StatsOrder {
  pollutionTypes: readonly string[];
  sources: readonly string[];
}

/** The statistics of `cases` (in batch order, as the case index lists them). */
export function caseStats(cases: readonly CountedCase[], order: StatsOrder): CaseStats {
  const batches: BatchTally[] = [];
  const days = new Map<string, { batches: number[]; count: number }>();
  const types = new Map<string, number>();
  const industries = new Map<string, number>();
  const regions = new Map<string, number>();
  const leads = new Map<string, number>();
  const sources = new Map<string, number>();
  const states: Record<CaseState, number> = { 已交办: 0, 办理中: 0, 阶段性办结: 0, 已办结: 0 };
  const truths: Record<CaseTruth, number> = { 属实: 0, 部分属实: 0, 不属实: 0 };
  let focus = 0;
  let concluded = 0;
  let judged = 0;
  for (const item of cases) {
    let batch = batches.at(-1);
    if (batch?.batch !== item.batch) batches.push((batch = { batch: item.batch, date: item.date, count: 0, cumulative: batches.at(-1)?.cumulative ?? 0 }));
    batch.count += 1;
    batch.cumulative += 1;
    const day = days.get(item.date) ?? days.set(item.date, { batches: [], count: 0 }).get(item.date)!;
    if (!day.batches.includes(item.batch)) day.batches.push(item.batch);
    day.count += 1;

    const { data } = item;
    // A type or a lead named twice in one case still counts the case once under it.
    add(types, new Set(data.types));
    add(industries, [data.industry ?? '']);
    add(regions, [data.region]);
    add(leads, new Set(data.lead));
    add(sources, [data.source]);
    if (data.focus) focus += 1;
    states[item.state] += 1;
    if (isConcluded(item.state)) {
      concluded += 1;
      const truth = item.handling?.line.truth;
      if (truth !== undefined) {
        truths[truth] += 1;
        judged += 1;
      }
    }
  }
  // Days in date order, whatever the batches' numbers (a batch dated late by mistake still counts on its day).
  let cumulative = 0;
  const byDay = [...days]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, day]): DayTally => ({ date, batches: day.batches, count: day.count, cumulative: (cumulative += day.count) }));
  return {
    total: cases.length,
    focus,
    batches,
    days: byDay,
    types: ranked(types, order.pollutionTypes),
    industries: ranked(industries, [], ''),
    regions: ranked(regions),
    leads: ranked(leads),
    sources: ranked(sources, order.sources),
    states,
    concluded: rate(concluded, cases.length),
    truths,
    truthful: rate(truths.属实 + truths.部分属实, judged),
  };
}
