/**
 * <duban-checklist>: ticks and notes for one checklist and one unit, kept on this device
 * (src/client/progressStore.ts), with progress, export, print and reset. The markup
 * (src/components/Checklist.astro) is a complete, printable list without it.
 */
import { fill } from '~/i18n/fill';
import { countDone, parseProgress, reconcile, toStored, type CurrentItem, type ItemState } from '~/lib/checklistProgress';
import { progressCsv, progressText, type Report } from '~/lib/progressReport';
import { localToday } from './localDate.ts';
import { rememberedUnit, rememberUnit } from './myUnit.ts';
import { loadProgress, saveProgress } from './progressStore.ts';
import type { ElementStrings, STRINGS, Words } from './strings.ts';

class DubanChecklist extends HTMLElement {
  /** Set when connected: attributes are not readable earlier. */
  #words!: Words<typeof STRINGS.checklist>;
  /** The unit whose progress is shown; '' until one is chosen. */
  #unit = '';
  #state = new Map<string, ItemState>();

  connectedCallback(): void {
    const [count, done, notDone, stale, noteLabel, unitLabel, dateLabel, csvColumns, confirmReset, noStorage, pickUnit] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.checklist>;
    this.#words = { count, done, notDone, stale, noteLabel, unitLabel, dateLabel, csvColumns, confirmReset, noStorage, pickUnit };
    const select = this.querySelector<HTMLSelectElement>('[data-unit-select]');
    if (select !== null) {
      // A unit page's link (?unit=…) or the unit remembered on this device, when the list offers it.
      const asked = new URLSearchParams(location.search).get('unit') ?? rememberedUnit() ?? '';
      if (select.querySelector(`option[value="${CSS.escape(asked)}"]`) !== null) select.value = asked;
      select.addEventListener('change', () => {
        if (select.value !== '') rememberUnit(select.value);
        this.#load(select.value);
      });
    }
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const item = input.closest<HTMLElement>('[data-item]');
      if (item !== null && input.type === 'checkbox') this.#edit(item, { done: input.checked });
    });
    this.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      const item = input.closest<HTMLElement>('[data-item]');
      if (item !== null && input.matches('[data-note]')) this.#edit(item, { note: input.value.trim() });
    });
    this.addEventListener('click', (event) => this.#act((event.target as HTMLElement).closest('button')));
    this.#load(this.dataset['unit'] ?? select?.value ?? '');
  }

  #act(button: HTMLButtonElement | null): void {
    if (button === null) return;
    if (button.matches('[data-confirm]')) this.#edit(button.closest<HTMLElement>('[data-item]')!, {});
    const action = button.dataset['action'];
    if (action === 'text' || action === 'csv') this.#export(action);
    if (action === 'print') print();
    if (action === 'blank') this.#printBlank();
    if (action === 'reset' && confirm(this.#words.confirmReset)) {
      this.#state = reconcile(parseProgress(null), this.#items());
      this.#save();
    }
  }

  /** The items as the page shows them now. */
  #items(): CurrentItem[] {
    return [...this.querySelectorAll<HTMLElement>('[data-item]')].map((item) => ({
      id: item.dataset['item']!,
      hash: item.dataset['hash']!,
      text: item.querySelector('.text')!.textContent ?? '',
    }));
  }

  #load(unit: string): void {
    this.#unit = unit;
    this.#state = reconcile(loadProgress(unit, this.dataset['checklist']!), this.#items());
    this.#notice(unit === '' ? this.#words.pickUnit : undefined);
    this.#render();
  }

  /** Applies a change to one item; any change also confirms its current wording. */
  #edit(element: HTMLElement, change: Partial<ItemState>): void {
    const id = element.dataset['item']!;
    this.#state.set(id, { ...this.#state.get(id)!, ...change, hash: element.dataset['hash']!, at: localToday(), stale: false });
    this.#save();
  }

  #save(): void {
    if (!saveProgress(this.#unit, this.dataset['checklist']!, toStored(this.#state))) this.#notice(this.#words.noStorage);
    this.#render();
  }

  /** Shows a message above the list, or hides it. */
  #notice(message: string | undefined): void {
    const notice = this.querySelector<HTMLElement>('[data-notice]')!;
    notice.hidden = message === undefined;
    if (message !== undefined) notice.textContent = message;
  }

  #render(): void {
    const none = this.#unit === '';
    for (const element of this.querySelectorAll<HTMLElement>('[data-item]')) {
      const item = this.#state.get(element.dataset['item']!)!;
      const box = element.querySelector<HTMLInputElement>('input[type=checkbox]')!;
      box.checked = item.done;
      box.disabled = none;
      const note = element.querySelector<HTMLInputElement>('[data-note]')!;
      if (document.activeElement !== note) note.value = item.note;
      note.disabled = none;
      element.querySelector('[data-state]')!.textContent = item.done ? this.#words.done : this.#words.notDone;
      element.dataset['done'] = String(item.done);
      element.querySelector<HTMLElement>('[data-stale]')!.hidden = !item.stale;
    }
    const { done, total } = countDone(this.#state);
    this.querySelector('progress')!.value = done;
    this.querySelector('[data-count-text]')!.textContent = fill(this.#words.count, { done, total });
    this.querySelector('[data-print-head]')!.textContent = `${this.#words.unitLabel}${this.#unitName()}　${this.#words.dateLabel}${localToday()}`;
  }

  #unitName(): string {
    const option = this.querySelector<HTMLSelectElement>('[data-unit-select]')?.selectedOptions[0];
    return option?.value ? option.text : (this.querySelector('.unit a')?.textContent ?? '');
  }

  #export(kind: 'text' | 'csv'): void {
    const report: Report = {
      checklist: this.dataset['title']!,
      unit: this.#unitName(),
      date: localToday(),
      items: this.#items().map((item) => ({ ...item, ...this.#state.get(item.id)! })),
    };
    const body = kind === 'text' ? progressText(report, this.#words) : progressCsv(report, this.#words);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([body], { type: `text/${kind === 'text' ? 'plain' : 'csv'};charset=utf-8` }));
    link.download = `${report.checklist}-${report.unit}-${report.date}.${kind === 'text' ? 'txt' : 'csv'}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  /** Prints the list with every box drawn empty and no notes (see the print styles). */
  #printBlank(): void {
    this.dataset['blank'] = '';
    print();
    delete this.dataset['blank'];
  }
}

customElements.define('duban-checklist', DubanChecklist);
