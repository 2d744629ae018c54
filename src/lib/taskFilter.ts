/**
 * The task list's filters and sort, kept in the URL (`?meeting=x&unit=gongan&role=member&window=7`)
 * so a filtered view can be shared. The role is the unit's standing (本单位牵头 / 配合 / 作为成员单位),
 * so 住建局 + 本单位牵头 finds the one task it leads itself, not the 27 addressed to its group.
 * Pure: the page's script reads rows' data attributes into `FilterRow`s and asks `matches`.
 */
import { CLOSED_STATUSES } from '../schemas/taskStatus.ts';
import { daysBetween } from './dates.ts';
import { STANDINGS, type Standing } from './units.ts';

/** Deadline windows: overdue, within 7 or 30 days, or no confirmed date yet. */
export const WINDOWS = ['overdue', '7', '30', 'undated'] as const;
export type DueWindow = (typeof WINDOWS)[number];

/** Sort orders: as the speech gives them, or by deadline. */
export const SORTS = ['source', 'deadline'] as const;
export type SortOrder = (typeof SORTS)[number];

/** The filter state. Absent fields do not filter. */
export interface TaskFilter {
  /** The meeting the tasks come from. */
  meeting?: string;
  unit?: string;
  /** How the task stands to the unit (to any unit when none is chosen). */
  role?: Standing;
  status?: string;
  window?: DueWindow;
  sort: SortOrder;
}

/** What the filter needs to know of a task row. */
export interface FilterRow {
  /** The id of the meeting the task comes from. */
  meeting: string;
  /** Every unit the task reaches, with its standing there (members of a named group included). */
  standings: ReadonlyMap<string, Standing>;
  status: string;
  /** The confirmed deadline date (`dueDate`), `YYYY-MM-DD`, or null. */
  due: string | null;
  /** Position in the speech, for the default order. */
  order: number;
  /** Sort key by deadline, see `deadlineSortKey`. */
  dueKey: string;
}

/** Reads the filter from a query string; unknown values are ignored, never an error. */
export function parseFilter(search: string, known: { meetings: ReadonlySet<string>; units: ReadonlySet<string>; statuses: readonly string[] }): TaskFilter {
  const params = new URLSearchParams(search);
  const pick = <T extends string>(name: string, allowed: { has(value: string): boolean } | readonly T[]): T | undefined => {
    const value = params.get(name);
    if (value === null) return undefined;
    const ok = Array.isArray(allowed) ? allowed.includes(value as T) : (allowed as { has(value: string): boolean }).has(value);
    return ok ? (value as T) : undefined;
  };
  const filter: TaskFilter = { sort: pick('sort', SORTS) ?? 'source' };
  const meeting = pick('meeting', known.meetings);
  const unit = pick('unit', known.units);
  const role = pick('role', STANDINGS);
  const status = pick('status', known.statuses);
  const window = pick('window', WINDOWS);
  if (meeting !== undefined) filter.meeting = meeting;
  if (unit !== undefined) filter.unit = unit;
  if (role !== undefined) filter.role = role;
  if (status !== undefined) filter.status = status;
  if (window !== undefined) filter.window = window;
  return filter;
}

/** The query string for a filter, defaults left out (`''` when nothing is set). */
export function filterToSearch(filter: TaskFilter): string {
  const params = new URLSearchParams();
  for (const name of ['meeting', 'unit', 'role', 'status', 'window'] as const) {
    const value = filter[name];
    if (value !== undefined) params.set(name, value);
  }
  if (filter.sort !== 'source') params.set('sort', filter.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** True when a row passes every filter, judged on `today`. */
export function matches(row: FilterRow, filter: TaskFilter, today: string): boolean {
  if (filter.meeting !== undefined && row.meeting !== filter.meeting) return false;
  if (filter.unit !== undefined) {
    const standing = row.standings.get(filter.unit);
    if (standing === undefined) return false;
    if (filter.role !== undefined && standing !== filter.role) return false;
  } else if (filter.role !== undefined && ![...row.standings.values()].includes(filter.role)) {
    return false;
  }
  if (filter.status !== undefined && row.status !== filter.status) return false;
  if (filter.window !== undefined) {
    if (filter.window === 'undated') return row.due === null;
    if (row.due === null || CLOSED_STATUSES.has(row.status)) return false;
    const days = daysBetween(today, row.due);
    if (filter.window === 'overdue') return days < 0;
    return days >= 0 && days <= Number(filter.window);
  }
  return true;
}

/** Orders two rows by the chosen sort. */
export function compareRows(a: FilterRow, b: FilterRow, sort: SortOrder): number {
  if (sort === 'deadline') return a.dueKey.localeCompare(b.dueKey) || a.order - b.order;
  return a.order - b.order;
}

/** Encodes a row's standings for a data attribute: `gongan:lead fagai:support zhujian:member`. */
export function encodeStandings(standings: ReadonlyMap<string, Standing>): string {
  return [...standings].map(([unit, standing]) => `${unit}:${standing}`).join(' ');
}

/** Decodes `encodeStandings`; a part that names no standing is dropped. */
export function decodeStandings(text: string): Map<string, Standing> {
  const known: readonly string[] = STANDINGS;
  return new Map(
    text
      .split(' ')
      .map((part) => part.split(':'))
      .filter((pair): pair is [string, Standing] => pair.length === 2 && known.includes(pair[1]!)),
  );
}
