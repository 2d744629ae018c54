/**
 * A unit's progress on a checklist as a report to send upward: plain text to paste into a message,
 * or a CSV for Excel. Pure, and apart from src/lib/checklistProgress.ts because only the checklist
 * page's export buttons need it: the progress bars on the home and unit pages load none of it.
 */
import type { CurrentItem, ItemState } from './checklistProgress.ts';
import { csvDocument } from './csv.ts';

/** Words for the reports: the checklist strings of the same names (`checklist.unitLabel`, …). */
export interface ReportWords {
  unitLabel: string;
  dateLabel: string;
  done: string;
  notDone: string;
  stale: string;
  noteLabel: string;
  /** The CSV's header, comma-separated. */
  csvColumns: string;
}

/** What a report says of one item. */
export type ReportItem = Pick<CurrentItem, 'text'> & Pick<ItemState, 'done' | 'note' | 'at' | 'stale'>;

/** The report's facts. */
export interface Report {
  checklist: string;
  unit: string;
  date: string;
  items: readonly ReportItem[];
}

/** A plain-text summary to paste into a message upward. */
export function progressText(report: Report, words: ReportWords): string {
  const done = report.items.filter((item) => item.done).length;
  const lines = [
    `${report.checklist}（${done} / ${report.items.length}）`,
    `${words.unitLabel}${report.unit}　${words.dateLabel}${report.date}`,
    '',
    ...report.items.map((item, index) => {
      const flags = [item.done ? words.done : words.notDone, ...(item.stale ? [words.stale] : [])].join('，');
      const note = item.note === '' ? '' : `\n   ${words.noteLabel}${item.note}`;
      return `${index + 1}. [${item.done ? '✓' : ' '}] ${item.text}（${flags}）${note}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** A CSV of the unit's progress, UTF-8 with a byte-order mark so Excel reads the Chinese. */
export function progressCsv(report: Report, words: ReportWords): string {
  const rows = [
    words.csvColumns.split(','),
    ...report.items.map((item, index) => [
      report.checklist,
      report.unit,
      String(index + 1),
      item.text,
      item.done ? words.done : words.notDone,
      item.stale ? words.stale : '',
      item.note,
      item.at,
    ]),
  ];
  return csvDocument(rows);
}
