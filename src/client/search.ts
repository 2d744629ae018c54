/**
 * <duban-search>: the search page's form, filters with counts, and results, all driven by the URL
 * (`search/?q=…`, filters included, so a search can be shared). Pagefind's own UI costs 126 KB of
 * JavaScript before anything is typed; this element fetches pagefind.js (`data-bundle`) on the
 * first keystroke, or at once when the address already holds a query, and re-ranks its results
 * with src/lib/searchQuery.ts.
 */
import { fill } from '~/i18n/fill';
import { caseIdQuery, excerptParts, landingParagraph, mayBeCaseId, planQuery, rankResults, readSearchState, writeSearchState, type Anchor, type SearchState, type WeightedLocation } from '~/lib/searchQuery';
import { href, routes } from '~/lib/paths';
import type { ElementStrings, STRINGS, Words } from './strings.ts';

/** What this element uses of a Pagefind result. */
interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors: Anchor[];
  weighted_locations: WeightedLocation[];
}

/** A result not loaded yet: its fragment (~3 KB) is fetched by `data()`. */
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

/** Counts per value, per filter. */
type FilterCounts = Record<string, Record<string, number>>;

/** What this element uses of Pagefind's JS API. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string, options: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
}

/** A loaded result, with the title the ranking reads. */
type Shown = PagefindResultData & { title: string };

/** How many of Pagefind's results are loaded and re-ranked at once: six keeps a first query on a 10,000-task site under 300 KB. */
const RANKED = 6;

class DubanSearch extends HTMLElement {
  /** Set when connected: attributes are not readable earlier. */
  #words!: Omit<Words<typeof STRINGS.search>, 'type' | 'named' | 'group' | 'status' | 'batch' | 'unit'>;
  #pagefind: Promise<Pagefind> | undefined;
  #filtersLoaded = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts searches, so that an answer to an older one is dropped. */
  #run = 0;
  #state: SearchState = { query: '', filters: {} };
  #plan: ReturnType<typeof planQuery>;
  /** The current search's results not yet loaded, those shown, how many Pagefind found, and its filter counts. */
  #pending: PagefindResult[] = [];
  #shown: Shown[] = [];
  #total = 0;
  #counts: FilterCounts = {};
  /** The filters offered, in order (类型, 承担单位, 所属单位组, 状态, and a case's 批次, 污染类型, 责任单位): Pagefind's filter names are these words. */
  #names: string[] = [];

  connectedCallback(): void {
    const [count, loading, error, singleHint, paragraph, title, ...filters] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.search>;
    this.#words = { count, loading, error, singleHint, paragraph, title };
    this.#names = filters;
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    this.#state = readSearchState(window.location.search, this.#names);
    input.value = this.#state.query;
    input.addEventListener('input', () => {
      // Not while it may be a 受理编号: that is looked up without the index (#caseHit).
      if (!mayBeCaseId(input.value)) void this.#load();
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#update({ ...this.#state, query: input.value }), 250);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      void this.#update({ ...this.#state, query: input.value });
    });
    this.querySelector('[data-filters]')!.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      const values = new Set(this.#state.filters[box.name] ?? []);
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      void this.#update({ ...this.#state, filters: { ...this.#state.filters, [box.name]: [...values] } });
    });
    this.querySelector('[data-more]')!.addEventListener('click', () => void this.#more(this.#run));
    this.querySelector('[data-show-filters]')!.addEventListener('click', () => void this.#showFilters(true));
    if (Object.keys(this.#state.filters).length > 0) void this.#showFilters(false);
    else if (this.#state.query.trim() !== '') void this.#update(this.#state);
  }

  /**
   * Loads Pagefind's filter index (without it an unfiltered search returns no counts) and shows
   * the filters. Only on request, or when the address already holds filters: on a
   * 10,000-task site the index of 单位 alone is over 100 KB, more than the rest of a query.
   */
  async #showFilters(focus: boolean): Promise<void> {
    await (await this.#load()).filters();
    this.#filtersLoaded = true;
    await this.#update(this.#state);
    if (focus) this.querySelector<HTMLInputElement>('[data-filters] input')?.focus();
  }

  /** Fetches Pagefind once, on first need. */
  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${this.dataset['bundle']}pagefind.js`)) as Pagefind;
      // noWorker: the worker costs another 43 KB; searches here are small enough for the main thread.
      await pagefind.options({ baseUrl: this.dataset['base'], excerptLength: 40, noWorker: true });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  /**
   * The case a query names by its 受理编号, if its page exists: found by asking for the page alone
   * (a HEAD request), without the index — at 20,000 cases the index costs over 200 KB, the page
   * lookup a few hundred bytes. Undefined for any other query, or an id without a case.
   */
  async #caseHit(query: string): Promise<Shown | undefined> {
    const id = caseIdQuery(query);
    if (id === undefined) return undefined;
    const url = href(routes.case(id));
    const response = await fetch(url, { method: 'HEAD' });
    if (!response.ok) return undefined;
    return { url, title: fill(this.#words.title, { id }), content: '', excerpt: '', meta: {}, anchors: [], weighted_locations: [] };
  }

  async #update(state: SearchState): Promise<void> {
    this.#state = state;
    history.replaceState(null, '', `${window.location.pathname}${writeSearchState(state, this.#names)}`);
    const run = ++this.#run;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const plan = planQuery(state.query);
    if (plan === undefined) {
      this.#pending = [];
      this.#render([], {}, '');
      return;
    }
    status.textContent = this.#words.loading;
    try {
      const hit = Object.keys(state.filters).length === 0 ? await this.#caseHit(state.query) : undefined;
      if (run !== this.#run) return;
      if (hit !== undefined) {
        this.#plan = plan;
        this.#pending = [];
        this.#shown = [hit];
        this.#render(this.#shown, {}, fill(this.#words.count, { count: 1, query: plan.text }));
        return;
      }
      const pagefind = await this.#load();
      const search = await pagefind.search(plan.term, { filters: state.filters });
      if (run !== this.#run) return; // a newer query has started
      this.#plan = plan;
      this.#pending = search.results;
      this.#shown = [];
      this.#counts = search.filters;
      this.#total = search.results.length;
      await this.#more(run);
    } catch {
      status.textContent = this.#words.error;
    }
  }

  /**
   * Loads the next batch of results and re-ranks everything shown so far. A literal test (a
   * number, one character) may drop results, so batches are loaded until some survive.
   */
  async #more(run: number): Promise<void> {
    const plan = this.#plan;
    if (plan === undefined) return;
    do {
      const batch = this.#pending.splice(0, RANKED);
      const loaded = await Promise.all(batch.map((result) => result.data()));
      if (run !== this.#run) return;
      this.#shown = rankResults([...this.#shown, ...loaded.map((data) => ({ ...data, title: data.meta['title'] ?? '' }))], plan);
    } while (this.#shown.length === 0 && this.#pending.length > 0);
    // A literal test drops some of Pagefind's results: count what survived, "+" while more remain.
    const count = plan.literal === undefined ? String(this.#total) : `${this.#shown.length}${this.#pending.length > 0 ? '+' : ''}`;
    const hint = plan.kind === 'character' ? ` ${this.#words.singleHint}` : '';
    this.#render(this.#shown, this.#counts, fill(this.#words.count, { count, query: plan.text }) + hint);
  }

  #render(results: Shown[], counts: FilterCounts, message: string): void {
    this.querySelector<HTMLElement>('[data-status]')!.textContent = message;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    list.replaceChildren(...results.map((result) => resultItem(result, this.#plan?.text ?? '', this.#words.paragraph)));
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = !(message !== '' && results.length === 0);
    this.querySelector<HTMLElement>('[data-more]')!.hidden = this.#pending.length === 0;
    this.querySelector<HTMLElement>('[data-show-filters]')!.hidden = this.#filtersLoaded || results.length === 0;
    this.#renderFilters(counts);
  }

  /** A group of checkboxes per filter that has a result or a choice, values by count. */
  #renderFilters(counts: FilterCounts): void {
    const box = this.querySelector<HTMLFieldSetElement>('[data-filters]')!;
    const legend = box.querySelector('legend')!;
    const groups = this.#names
      .filter((name) => Object.values(counts[name] ?? {}).some((count) => count > 0) || (this.#state.filters[name] ?? []).length > 0)
      .map((name) => filterGroup(name, counts[name] ?? {}, this.#state.filters[name] ?? []));
    box.replaceChildren(legend, ...groups);
    box.hidden = groups.length === 0;
  }
}

/** One filter's values as checkboxes "值（3）": those with results, and those chosen. */
function filterGroup(name: string, counts: Record<string, number>, chosen: readonly string[]): HTMLFieldSetElement {
  const group = document.createElement('fieldset');
  const title = document.createElement('legend');
  title.textContent = name;
  group.append(title);
  const values = Object.entries(counts)
    .filter(([value, count]) => count > 0 || chosen.includes(value))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
  for (const [value, count] of values) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = name;
    input.value = value;
    input.checked = chosen.includes(value);
    label.append(input, ` ${value}（${count}）`);
    group.append(label);
  }
  return group;
}

/**
 * One result: title link, type · units · deadline (or the paragraph it opens at), excerpt with the
 * match marked. A hit in a transcript links to its paragraph (`paragraph` is "第 {number} 段").
 */
function resultItem(result: Shown, phrase: string, paragraph: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  const landing = landingParagraph(result.anchors, result.weighted_locations);
  link.href = landing === undefined ? result.url : `${result.url}#${landing}`;
  link.textContent = result.title;
  const heading = document.createElement('h2');
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const where = landing === undefined ? undefined : fill(paragraph, { number: landing.slice(1) });
  meta.textContent = [result.meta['type'], result.meta['units'], result.meta['deadline'], where].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  for (const part of excerptParts(result.excerpt, phrase)) {
    if (!part.mark) excerpt.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    }
  }
  item.append(heading, meta, excerpt);
  return item;
}

customElements.define('duban-search', DubanSearch);
