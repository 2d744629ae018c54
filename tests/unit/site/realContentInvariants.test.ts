/**
 * The real content: what must hold of content/ whatever an editor changes in it. It passes the
 * check; every quote is found in its meeting's transcript; every unit name the speeches do not use
 * is explained; every export (CSV, Excel, calendar, JSON) parses back whole; none of the hosting
 * page's chrome came in with the transcripts; and the first meeting's transcript is the scraped
 * source with nothing changed but its listed restorations.
 *
 * No title, date, count or name of today's content is asserted here (behaviour with exact values
 * is tested on fixtures). To prove it, each invariant runs twice: on the project's content/, and
 * on a copy with the realistic editor's change set of issue 14 applied (a second meeting, a
 * deadline moved by a day, a unit renamed: tests/support/editorChangeSet.ts).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckOptions } from '~/check/checkContent';
import { indexChecked } from '~/data/site';
import { exportTasks, tasksByUnit, taskSheet } from '~/data/views/exports';
import { HEADERS } from '../helpers/exportTasks';
import { csvDocument } from '~/lib/csv';
import { calendar, pendingCount, sheetRows } from '~/lib/exports';
import { formatProblem } from '~/lib/problems';
import { findQuote, markRestorations, parseTranscript } from '~/lib/transcript';
import { sheetWorkbook } from '~/lib/workbook';
import { TasksExportSchema } from '~/schemas/export';
import { applyEditorChangeSet } from '../../support/editorChangeSet';

const ROOT = join(import.meta.dirname, '../../..');
const SCRAPED = join(ROOT, 'tests/fixtures/source/scraped-speech.txt');

/**
 * A throw-away project folder holding a copy of content/ with the editor's change set applied (a
 * content that holds it already, as in README's recipe, comes out the same).
 */
function changedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'duban-changed-content-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  applyEditorChangeSet(join(dir, 'content'));
  return dir;
}

const changed = changedCopy();
afterAll(() => rmSync(changed, { recursive: true, force: true }));

/**
 * The two contents: the project's (checked against git's published checklists, as CI checks it)
 * and the changed copy (no git beside it: checked against its content/published.json).
 */
const ROOTS: [string, string, CheckOptions][] = [
  ['content/', ROOT, {}],
  ['content/ with the editor’s change set applied', changed, { base: null }],
];

/** The scraped copy's title line, and its speech with ASCII punctuation made full-width. */
function scraped(): { title: string; paragraphs: string[] } {
  const [title, ...lines] = readFileSync(SCRAPED, 'utf8').split('\n');
  const paragraphs = lines.map((line) => line.trim().replaceAll(',', '，').replaceAll(':', '：').replaceAll(';', '；')).filter((line) => line !== '');
  return { title: title!.trim(), paragraphs };
}

/** Every `{ meeting, quote }` an entry's data holds, at any depth; a quote without its own meeting is from the entry's. */
function quotesOf(data: unknown, meeting: string | undefined): { meeting: string | undefined; quote: string; at: string }[] {
  const found: { meeting: string | undefined; quote: string; at: string }[] = [];
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((each, index) => walk(each, `${at}[${index}]`));
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record['quote'] === 'string') found.push({ meeting: typeof record['meeting'] === 'string' ? record['meeting'] : meeting, quote: record['quote'], at: `${at}.quote` });
      for (const [key, each] of Object.entries(record)) if (key !== 'quote') walk(each, at === '' ? key : `${at}.${key}`);
    }
  };
  walk(data, '');
  return found;
}

describe.each(ROOTS)('%s', (_name, root, options) => {
  const { problems, content } = checkContent(root, options);
  const site = indexChecked(content);

  it('passes npm run check', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('quotes every source word for word, within one paragraph of its meeting', () => {
    const missing: string[] = [];
    for (const collection of ['directives', 'tasks', 'departments', 'checklists', 'milestones'] as const) {
      for (const entry of content[collection]) {
        const data = entry.data as { source?: { meeting?: string }; meeting?: string };
        for (const { meeting, quote, at } of quotesOf(entry.data, data.source?.meeting ?? data.meeting)) {
          if (findQuote(site.content.paragraphs.get(meeting ?? '') ?? [], quote) === undefined) missing.push(`${entry.file}: ${at}: “${quote}” not in meeting ${meeting}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(content.tasks.length).toBeGreaterThan(0);
  });

  it('says in an editor note where every unit name the speeches do not use comes from', () => {
    const spoken = content.meetings.map((meeting) => `${meeting.data.title}\n${meeting.data.body}`).join('\n');
    const unexplained = content.departments
      .filter((unit) => ![unit.data.name, unit.data.short, ...unit.data.aliases].some((name) => name !== undefined && spoken.includes(name)) && unit.data.editorNote === undefined)
      .map((unit) => unit.file);
    expect(unexplained).toEqual([]);
  });

  it('carries none of the hosting page\'s chrome', () => {
    const files = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.(md|mdx|yaml)$/.test(file));
    const everything = files.map((file) => readFileSync(join(root, 'content', file), 'utf8')).join('\n');
    for (const chrome of ['试读结束', '微信', '3231169', 'rulai', '相关推荐', '返回顶部']) expect(everything).not.toContain(chrome);
  });

  describe('exports every task, for the district and for each unit, in files that parse back', () => {
    const tasks = exportTasks(site, (path) => `https://duban.example.invalid/ducha/${path}`);
    const byUnit = tasksByUnit(site, tasks);
    const sets: [string, typeof tasks][] = [['all', tasks], ...site.content.departments.map((unit): [string, typeof tasks] => [unit.id, byUnit.get(unit.id) ?? []])];
    const words = { name: '日历', lead: '牵头单位：', deadline: '时限：', reminder: '明日到期：' };

    it('as CSV, one row per task', () => {
      for (const [scope, set] of sets) {
        const rows = parseCsv(csvDocument(sheetRows(set, HEADERS)), { bom: true }) as string[][];
        expect(rows.map((row) => row[HEADERS.indexOf('任务')]), scope).toEqual(['任务', ...set.map((task) => task.title)]);
      }
    });

    it('as the Excel 任务分解表, one row per task under the title, subtitle and header', async () => {
      for (const [scope, set] of sets) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await sheetWorkbook(taskSheet(site, set, { unit: scope === 'all' ? undefined : scope, date: '2026-11-29' }))).buffer as ArrayBuffer);
        const sheet = workbook.getWorksheet('任务分解表')!;
        // One numbered row per task, then only the lines to fill in under the table.
        expect(sheet.rowCount, scope).toBeGreaterThanOrEqual(3 + set.length);
        expect(typeof sheet.getCell(4 + set.length, 1).value, scope).not.toBe('number');
        expect(set.map((_task, index) => sheet.getCell(4 + index, 1).value), scope).toEqual(set.map((_task, index) => index + 1));
      }
    });

    it('as a calendar, an event for each confirmed date and a word for those waiting', () => {
      for (const [scope, set] of sets) {
        const component = new ICAL.Component(ICAL.parse(calendar(set, words)));
        const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
        expect(events.map((event) => event.uid), scope).toEqual(set.filter((task) => task.deadline.date !== null && !task.deadline.inferred).map((task) => `${task.id}@duban`));
        expect(pendingCount(set) + events.length, scope).toBe(set.filter((task) => task.deadline.date !== null).length);
      }
    });

    it('as JSON matching its versioned schema', () => {
      const document = TasksExportSchema.parse(JSON.parse(JSON.stringify({ version: 1, generated: '2026-11-29', tasks })));
      expect(document.tasks.map((task) => task.id).sort()).toEqual(content.tasks.map((task) => task.id).sort());
    });
  });

  describe('the meeting the scraped source records', () => {
    const source = scraped();
    const meeting = content.meetings.find((entry) => entry.data.title === source.title);

    it('is among the meetings', () => {
      expect(meeting, `a meeting titled “${source.title}”`).toBeDefined();
    });

    it('is the scraped speech with exactly the listed restorations applied', () => {
      let paragraphs = source.paragraphs;
      for (const { copy, standard } of meeting!.data.restorations) {
        expect(paragraphs.some((paragraph) => paragraph.includes(copy)), `restoration "${copy}" is not in the scraped copy`).toBe(true);
        paragraphs = paragraphs.map((paragraph) => paragraph.replaceAll(copy, standard));
      }
      expect(parseTranscript(meeting!.data.body).map((paragraph) => paragraph.text)).toEqual(paragraphs);
    });

    it('marks exactly the restored words: putting the copy\'s words back in every mark gives the scraped speech', () => {
      const { restorations } = meeting!.data;
      const marked = parseTranscript(meeting!.data.body).map((paragraph) => markRestorations(paragraph.text, restorations));
      // A restoration whose words went unmarked, or a mark on words the copy also has, breaks this.
      expect(marked.map((runs) => runs.map((run) => run.copy ?? run.text).join(''))).toEqual(source.paragraphs);
      // Every mark is part of a restoration, and every restoration is marked.
      const marks = marked.flat().filter((run) => run.copy !== undefined);
      const within = (mark: (typeof marks)[number], { copy, standard }: (typeof restorations)[number]) => copy.includes(mark.copy!) && standard.includes(mark.text);
      expect(marks.filter((mark) => !restorations.some((restoration) => within(mark, restoration))).map((mark) => mark.text)).toEqual([]);
      expect(restorations.filter((restoration) => !marks.some((mark) => within(mark, restoration))).map((restoration) => restoration.standard)).toEqual([]);
    });
  });
});
