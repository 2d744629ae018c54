/**
 * The strings each custom element is given. The server writes them with `strings(STRINGS.x)`
 * (src/i18n/t.ts) into the element's one `data-strings` attribute, a JSON array; the element reads
 * them back with
 *
 *   const [count, staleCount] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.x>;
 *
 * naming each after the last part of its key (`checklist.count` → `count`), and fills them with
 * the same `fill()` as `t()` (src/i18n/fill.ts). Only positions travel: the keys stay on the server
 * (in the browser the lists below are only a type), so neither the page nor the script carries
 * them. tests/unit/client/strings.test.ts holds the names to the keys.
 *
 * Component frontmatter imports this module: keep it free of side effects and of the string table.
 */
import type { StringKey } from '~/i18n/t';

/** Per element, the keys of the strings it shows, in the order they are written. */
export const STRINGS = {
  checklist: [
    'checklist.count',
    'checklist.done',
    'checklist.notDone',
    'checklist.stale',
    'checklist.noteLabel',
    'checklist.unitLabel',
    'checklist.dateLabel',
    'checklist.csvColumns',
    'checklist.confirmReset',
    'checklist.noStorage',
    'checklist.pickUnit',
    'checklist.confirmMyUnit',
  ],
  checklistProgress: ['checklist.count', 'checklist.staleCount'],
  countdown: ['countdown.next', 'countdown.noneAhead'],
  // Issue 16 (casestats): the copy button of the day's report text.
  copyText: ['cases.stats.press.copied', 'cases.stats.press.selected'],
  dueStates: ['due.overdue', 'due.today', 'due.soon', 'due.later', 'due.done'],
  // asOfTodayCases: the date line around petition cases, which are 逾期 but never 未报送.
  progressStates: ['progress.overdue', 'progress.unreported', 'progress.asOfToday', 'date.prose', 'progress.asOfTodayCases'],
  search: ['search.count', 'search.loading', 'search.error', 'search.singleHint', 'search.paragraph', 'cases.pages.case.title', 'search.filter.type', 'search.filter.named', 'search.filter.group', 'search.filter.status', 'cases.pages.filter.batch', 'cases.pages.filter.type', 'cases.pages.filter.unit'],
  taskFilter: ['filter.count', 'filter.empty'],
  caseLedger: ['cases.pages.filterCount', 'cases.pages.filterEmpty', 'cases.pages.filterLoading', 'cases.pages.filterError', 'progress.overdue'],
  reportForm: [
    'reportSheet.unit',
    'reportSheet.date',
    'reportSheet.number',
    'reportSheet.task',
    'reportSheet.state',
    'reportSheet.progress',
    'reportSheet.problems',
    'reportSheet.nextSteps',
    'reportSheet.reporter',
    'reportSheet.link',
    'reportForm.noState',
    'reportForm.noProgress',
    'reportForm.noDate',
    'reportForm.filled',
    'reportForm.noStorage',
    'reportForm.confirmClear',
    'reportForm.file',
  ],
} as const satisfies Record<string, readonly StringKey[]>;

/** The strings of an element's key list, in its order: what its `data-strings` holds. */
export type ElementStrings<Keys extends readonly StringKey[]> = { readonly [Index in keyof Keys]: string };

/** The last part of a key: `checklist.count` → `count`, the name its string goes by in an element. */
type LastPart<Key extends string> = Key extends `${string}.${infer Rest}` ? LastPart<Rest> : Key;

/** An element's strings by name, for one that keeps them (its names must be its keys' last parts). */
export type Words<Keys extends readonly StringKey[]> = { readonly [Key in Keys[number] as LastPart<Key>]: string };
