/**
 * <duban-case-ledger>: the case ledger's filters. The chosen filters live in the address
 * (src/lib/caseFilter.ts), so a filtered ledger can be shared; the element asks the search index
 * for the matching cases (Pagefind's filters, loading only the filter chunks needed) and lists them
 * twenty at a time, newest batch first, with 逾期 on the reader's date. Without a filter, or without
 * JavaScript, the page's own paged list shows.
 */
import { fill } from '~/i18n/fill';
import { CASE_FILTER_PARAMS, caseFilterToSearch, indexConditions, isFiltered, parseCaseFilter, type CaseFilter, type CaseFilterParam, type Condition, type IndexNames } from '~/lib/caseFilter';
import { href, routes } from '~/lib/paths';
import { overdueDays } from '~/lib/progressStates';
import { localToday } from './localDate.ts';
import type { ElementStrings, STRINGS } from './strings.ts';

/** What this element uses of a case's index fragment. */
interface Fragment {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** What this element uses of Pagefind's JS API. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: null, options: { filters: Record<string, Condition>; sort: Record<string, 'asc' | 'desc'> }): Promise<{ results: { data(): Promise<Fragment> }[] }>;
}

/** Rows loaded at once: each costs its fragment (about 1 KB). */
const STEP = 20;

class DubanCaseLedger extends HTMLElement {
  connectedCallback(): void {
    const [filterCount, filterEmpty, filterLoading, filterError, overdue] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.caseLedger>;
    const names = JSON.parse(this.dataset['names']!) as IndexNames;
    // The page lists the open cases' 办理时限: asking the index for them would load every filter.
    const dues = this.dataset['dues']!.split(' ').filter(Boolean);
    const form = this.querySelector('form')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const filtered = this.querySelector<HTMLElement>('[data-filtered]')!;
    const shown = this.querySelector<HTMLElement>('[data-static]')!;
    const body = this.querySelector<HTMLElement>('[data-results]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-more]')!;
    const field = (name: CaseFilterParam) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    const known: Partial<Record<CaseFilterParam, Set<string>>> = {};
    for (const name of CASE_FILTER_PARAMS) {
      const element = field(name);
      if (element instanceof HTMLSelectElement) known[name] = new Set([...element.options].map((option) => option.value).filter(Boolean));
      else if (element !== null) known[name] = new Set([element.value]);
    }
    let pagefind: Promise<Pagefind> | undefined;
    let run = 0;
    let pending: { data(): Promise<Fragment> }[] = [];

    const load = (): Promise<Pagefind> =>
      (pagefind ??= (async () => {
        const module = (await import(/* @vite-ignore */ `${this.dataset['bundle']}pagefind.js`)) as Pagefind;
        await module.options({ baseUrl: this.dataset['base'], noWorker: true });
        await module.init();
        return module;
      })());

    const row = (fragment: Fragment, today: string): HTMLTableRowElement => {
      const value = (name: string) => fragment.filters[name] ?? [];
      const tr = document.createElement('tr');
      const head = document.createElement('th');
      head.scope = 'row';
      const link = document.createElement('a');
      const id = decodeURIComponent(fragment.url.replace(/\/$/, '').split('/').pop() ?? '');
      link.href = href(routes.case(id));
      link.textContent = id;
      head.append(link);
      const due = value(names.due)[0] ?? '';
      const cells = [value(names.params.batch).join(''), value(names.params.region).join('、'), value(names.params.type).join('、'), fragment.meta['lead'] ?? '', due, value(names.params.state).join('')];
      const tds = cells.map((text) => {
        const td = document.createElement('td');
        td.textContent = text;
        return td;
      });
      const days = overdueDays(due === '' ? null : due, value(names.closed).length > 0, today);
      if (days > 0) {
        const flag = document.createElement('strong');
        flag.dataset['overdue'] = '';
        flag.textContent = fill(overdue, { days });
        tds[4]!.append(flag);
      }
      tr.append(head, ...tds);
      return tr;
    };

    const showMore = async (mine: number): Promise<void> => {
      const next = pending.splice(0, STEP);
      const fragments = await Promise.all(next.map((result) => result.data()));
      if (mine !== run) return;
      const today = localToday();
      body.append(...fragments.map((fragment) => row(fragment, today)));
      more.hidden = pending.length === 0;
    };

    const apply = async (filter: CaseFilter): Promise<void> => {
      const mine = ++run;
      const active = isFiltered(filter);
      shown.hidden = active;
      filtered.hidden = !active;
      body.replaceChildren();
      more.hidden = true;
      status.textContent = active ? filterLoading : '';
      if (!active) return;
      try {
        const index = await load();
        const conditions = indexConditions(filter, names, dues, localToday());
        const results = conditions === undefined ? [] : (await index.search(null, { filters: conditions, sort: { order: 'asc' } })).results;
        if (mine !== run) return;
        pending = [...results];
        status.textContent = results.length === 0 ? filterEmpty : fill(filterCount, { count: results.length });
        filtered.hidden = results.length === 0;
        await showMore(mine);
      } catch {
        if (mine === run) status.textContent = filterError;
      }
    };

    const fromForm = (): CaseFilter => {
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value !== '') params.set(name, value);
      return parseCaseFilter(params.toString(), known);
    };
    const update = (): void => {
      const filter = fromForm();
      history.replaceState(null, '', `${window.location.pathname}${caseFilterToSearch(filter)}`);
      void apply(filter);
    };

    const initial = parseCaseFilter(window.location.search, known);
    for (const name of CASE_FILTER_PARAMS) {
      const element = field(name);
      if (element instanceof HTMLInputElement) element.checked = initial[name] !== undefined;
      else if (element !== null) element.value = initial[name] ?? '';
    }
    form.hidden = false;
    void apply(initial);
    form.addEventListener('change', update);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
    });
    // After the reset has restored the defaults.
    form.addEventListener('reset', () => setTimeout(update));
    more.addEventListener('click', () => void showMore(run));
  }
}

customElements.define('duban-case-ledger', DubanCaseLedger);
