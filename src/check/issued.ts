/**
 * What the 督查通报 already issued counted, for the rule that keeps them as issued
 * (rules/issuedBulletinsKept.ts). A bulletin's body is computed from the reports and sign-offs
 * dated on or before its date, so a report added, changed or removed afterwards with such a date
 * would change a document the office has already sent out.
 *
 * "Afterwards" is judged against the git base, as for published checklists (./published.ts): the
 * pull request's base in CI (`DUBAN_BASE_REF`), otherwise HEAD. A bulletin at the base has been
 * issued; every report file and sign-off decision dated on or before the latest of them must read
 * at the base as it does now (compared as parsed data, so a comment or a re-indented line is no
 * change). A bulletin added in the same change as the reports it counts is not issued yet. Without
 * history there is nothing to compare with, and nothing is reported: CI always has its base.
 */
import { posix } from 'node:path';
import { CONTENT_DIR } from '../schemas/collections.ts';
import { isRealIsoDate } from '../schemas/common.ts';
import type { BaseRef } from './published.ts';
import { filesAtRevision, filesUnder, revisionExists } from './filesAtRevision.ts';
import { parseContentText, type RawEntry } from './read.ts';

/** A 督查通报 at the git base: its 期号 (file name) and date. */
export interface IssuedBulletin {
  id: string;
  date: string;
}

/** A report file or a sign-off decision dated within an issued bulletin, different from the base. */
export interface IssuedChange {
  collection: 'reports' | 'signoffs';
  /** The file, from the project root. */
  file: string;
  /** A decision's place in its sign-off file (`[2].`); empty for a report, or a decision removed. */
  at: string;
  /** The unit it is about. */
  unit: string;
  /** Its date: a report's, or a decision's. */
  date: string;
  /** Not at the base; different from it; at the base but gone. */
  kind: 'added' | 'changed' | 'removed';
}

/** The bulletins issued, and what differs from the base within their dates. */
export interface IssuedState {
  /** By date, earliest first. */
  bulletins: readonly IssuedBulletin[];
  changes: readonly IssuedChange[];
}

/** Nothing issued: no history, no bulletin at the base, or a test about something else. */
export const NOTHING_ISSUED: IssuedState = { bulletins: [], changes: [] };

/** Data as one text, keys sorted at every level: the same data always reads the same. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}

/** A dated entry as compared: where it is, whom and which day it is about, its data. */
interface Dated {
  collection: IssuedChange['collection'];
  file: string;
  at: string;
  unit: string;
  date: string;
  data: string;
}

/** The strings `unit` and `date` of a sign-off decision as written, if it has them. */
function decisionKey(item: unknown): { unit: string; date: string } | undefined {
  const { unit, date } = (typeof item === 'object' && item !== null ? item : {}) as { unit?: unknown; date?: unknown };
  return typeof unit === 'string' && typeof date === 'string' && isRealIsoDate(date) ? { unit, date } : undefined;
}

/** Reports and decisions at `ref` dated on or before `until`, by entry id. */
function datedAtBase(root: string, ref: string, until: string): Map<string, Dated> {
  const found = new Map<string, Dated>();
  const reports = filesUnder(root, ref, posix.join(CONTENT_DIR, 'reports'), true).filter((file) => {
    const date = /\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.yaml$/.exec(file)?.[2];
    return date !== undefined && date <= until && file.split('/').length === 4;
  });
  for (const [file, text] of filesAtRevision(root, ref, reports)) {
    const [, , unit, name] = file.split('/') as [string, string, string, string];
    const parsed = parseContentText(file, text);
    const date = name.slice(0, -'.yaml'.length);
    if (parsed !== undefined) found.set(`${unit}/${date}`, { collection: 'reports', file, at: '', unit, date, data: canonical(parsed.data) });
  }
  const signoffs = filesUnder(root, ref, posix.join(CONTENT_DIR, 'signoffs')).filter((file) => file.endsWith('.yaml'));
  for (const [file, text] of filesAtRevision(root, ref, signoffs)) {
    const items = parseContentText(file, text)?.data;
    if (!Array.isArray(items)) continue;
    const task = posix.basename(file, '.yaml');
    for (const item of items as unknown[]) {
      const key = decisionKey(item);
      if (key !== undefined && key.date <= until) found.set(`${task}/${key.unit}/${key.date}`, { collection: 'signoffs', file, at: '', ...key, data: canonical(item) });
    }
  }
  return found;
}

/** The bulletins at `ref`, by date: those whose file parses and holds a real date. */
function bulletinsAtBase(root: string, ref: string): IssuedBulletin[] {
  const files = filesUnder(root, ref, posix.join(CONTENT_DIR, 'bulletins')).filter((file) => file.endsWith('.yaml'));
  const bulletins: IssuedBulletin[] = [];
  for (const [file, text] of filesAtRevision(root, ref, files)) {
    const data = parseContentText(file, text)?.data as { date?: unknown } | undefined;
    if (typeof data?.date === 'string' && isRealIsoDate(data.date)) bulletins.push({ id: posix.basename(file, '.yaml'), date: data.date });
  }
  return bulletins.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.id) - Number(b.id)));
}

/** The reports and decisions read now (`entries`, as ./read.ts found them) dated on or before `until`, by entry id. */
function datedNow(entries: readonly RawEntry[], until: string): Map<string, Dated> {
  const found = new Map<string, Dated>();
  for (const entry of entries) {
    if (entry.data === undefined) continue;
    if (entry.collection === 'reports') {
      const [unit, date] = entry.id.split('/') as [string, string | undefined];
      if (date !== undefined && date <= until) found.set(entry.id, { collection: 'reports', file: entry.file, at: '', unit, date, data: canonical(entry.data) });
    } else if (entry.collection === 'signoffs') {
      const key = decisionKey(entry.data);
      if (key !== undefined && key.date <= until) found.set(entry.id, { collection: 'signoffs', file: entry.file, at: entry.at, ...key, data: canonical(entry.data) });
    }
  }
  return found;
}

/**
 * The bulletins issued at `base`, and the reports and decisions (`entries`, read now) that differ
 * from the base within the latest one's date. Nothing when there is no base or no bulletin there.
 */
export function readIssued(root: string, base: BaseRef | null, entries: readonly RawEntry[]): IssuedState {
  if (base === null || !revisionExists(root, base.ref)) return NOTHING_ISSUED;
  const bulletins = bulletinsAtBase(root, base.ref);
  const until = bulletins.at(-1)?.date;
  if (until === undefined) return { bulletins, changes: [] };
  const before = datedAtBase(root, base.ref, until);
  const now = datedNow(entries, until);
  const changes: IssuedChange[] = [];
  const change = (dated: Dated, kind: IssuedChange['kind']) => changes.push({ collection: dated.collection, file: dated.file, at: kind === 'removed' ? '' : dated.at, unit: dated.unit, date: dated.date, kind });
  for (const [id, dated] of now) {
    const was = before.get(id);
    if (was === undefined) change(dated, 'added');
    else if (was.data !== dated.data) change(dated, 'changed');
  }
  for (const [id, dated] of before) if (!now.has(id)) change(dated, 'removed');
  return { bulletins, changes };
}

