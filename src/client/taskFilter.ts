/**
 * <duban-task-filter>: filters and sorts the rows of the task table inside it by meeting, unit, the
 * unit's standing (本单位牵头 / 配合 / 作为成员单位), status and deadline window (src/lib/taskFilter.ts decides). The state lives in the URL, so a
 * filtered view can be shared; the table is complete without it.
 */
import { fill } from '~/i18n/fill';
import { compareRows, decodeStandings, filterToSearch, matches, parseFilter, type FilterRow, type TaskFilter } from '~/lib/taskFilter';
import { localToday } from './localDate.ts';
import type { ElementStrings, STRINGS } from './strings.ts';

/** The form's fields, in the order of the URL. */
const FIELDS = ['meeting', 'unit', 'role', 'status', 'window', 'sort'] as const;

/** A row's facts, from the data attributes <TaskTable filterable> writes. */
function readRow(element: HTMLElement): FilterRow {
  const { meeting = '', standings = '', status = '', due = '', dueKey = '', order = '0' } = element.dataset;
  return { meeting, standings: decodeStandings(standings), status, due: due === '' ? null : due, dueKey, order: Number(order) };
}

/** The conditions chosen in the form, as it words them: "单位：区住建局". The order is not a filter. */
function chosen(form: HTMLFormElement): string[] {
  return [...form.querySelectorAll('select')]
    .filter((select) => select.name !== 'sort' && select.value !== '')
    .map((select) => `${select.closest('label')!.firstChild!.textContent!.trim()}：${select.selectedOptions[0]!.textContent!.trim()}`);
}

/** Says why no row is left and offers to clear the filters; `message` undefined hides it. */
function showEmpty(element: HTMLElement, message: string | undefined): void {
  element.querySelector<HTMLElement>('[data-filter-empty]')!.hidden = message === undefined;
  element.querySelector<HTMLElement>('[data-empty-text]')!.textContent = message ?? '';
}

class DubanTaskFilter extends HTMLElement {
  connectedCallback(): void {
    const [count, empty] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.taskFilter>;
    const form = this.querySelector('form')!;
    const body = this.querySelector('tbody')!;
    const output = this.querySelector<HTMLElement>('[data-count-output]')!;
    const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-standings]')].map((element) => ({ element, row: readRow(element) }));
    const field = (name: (typeof FIELDS)[number]) => form.elements.namedItem(name) as HTMLSelectElement;
    const offered = (name: (typeof FIELDS)[number]) => [...field(name).options].map((option) => option.value).filter(Boolean);
    // Only what the form offers is read from an address: a shared link with a stale unit filters nothing.
    const known = { meetings: new Set(offered('meeting')), units: new Set(offered('unit')), statuses: offered('status') };

    const apply = (filter: TaskFilter): void => {
      const today = localToday();
      let shown = 0;
      for (const { element, row } of rows) {
        element.hidden = !matches(row, filter, today);
        if (!element.hidden) shown += 1;
      }
      body.append(...[...rows].sort((a, b) => compareRows(a.row, b.row, filter.sort)).map(({ element }) => element));
      output.textContent = fill(count, { shown, total: rows.length });
      showEmpty(this, shown === 0 ? fill(empty, { conditions: chosen(form).join('；') }) : undefined);
    };
    const fromForm = (): TaskFilter => {
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value !== '') params.set(name, value);
      return parseFilter(params.toString(), known);
    };
    const update = (): void => {
      const filter = fromForm();
      history.replaceState(null, '', `${window.location.pathname}${filterToSearch(filter)}`);
      apply(filter);
    };

    const initial = parseFilter(window.location.search, known);
    for (const name of FIELDS) field(name).value = initial[name] ?? (name === 'sort' ? 'source' : '');
    apply(initial);
    form.addEventListener('change', update);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
    });
    this.querySelector('[data-clear]')!.addEventListener('click', () => form.reset());
    form.addEventListener('reset', () => {
      // After the reset has restored the defaults.
      setTimeout(() => form.dispatchEvent(new Event('change')));
    });
  }
}

customElements.define('duban-task-filter', DubanTaskFilter);
