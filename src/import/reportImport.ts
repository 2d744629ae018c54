/**
 * What a file a unit sent says as a report, without touching content/: the file read (./file.ts),
 * told apart as a checklist's progress export (./checklist.ts) or a report sheet — the unit's
 * 任务分解表, or the 报送 page's CSV (./report.ts) — and read for the unit and date the file and
 * the flags give. Pure: ./run.ts writes what this finds.
 */
import type { Site } from '../data/site.ts';
import { checklistHeader, importChecklistCsv } from './checklist.ts';
import { readSheetFile } from './file.ts';
import { importReportSheet, type SheetImportOptions } from './report.ts';
import type { ImportedTask } from './reportFile.ts';
import type { SheetProblem } from './table.ts';

/** A file read as a report. */
export interface ReadReport {
  /** What the file is: a report sheet, or a checklist's export; undefined when it could not be read. */
  kind?: 'sheet' | 'checklist' | undefined;
  unit?: string | undefined;
  date?: string | undefined;
  /** The rows read without a problem. */
  tasks: ImportedTask[];
  reporter?: string | undefined;
  /** The unit's tasks whose rows were left blank (a sheet). */
  unfilled: string[];
  /** Per checklist, its items ticked and all told (a checklist export). */
  checklists: { id: string; ticked: number; total: number }[];
  problems: SheetProblem[];
  notes: string[];
}

/** The date in a file's name, as the site names its downloads (`…-2026-05-20.csv`): the last one it has. */
export function dateInName(name: string): string | undefined {
  return [...name.matchAll(/\d{4}-\d{2}-\d{2}/g)].at(-1)?.[0];
}

/** Reads the file `name` (its bytes) as a report of the site's units and tasks. */
export async function readReport(name: string, bytes: Uint8Array, site: Site, options: SheetImportOptions): Promise<ReadReport> {
  const empty: ReadReport = { tasks: [], unfilled: [], checklists: [], problems: [], notes: [] };
  const read = await readSheetFile(bytes);
  if (!read.ok) return { ...empty, problems: [{ message: read.message }] };
  const table = read.tables[0]!;
  if (read.kind === 'csv' && checklistHeader(table).ok) {
    return { ...empty, kind: 'checklist', ...importChecklistCsv(table, site, { ...options, fileDate: dateInName(name) }) };
  }
  return { ...empty, kind: 'sheet', ...importReportSheet(read.tables, site, options) };
}
