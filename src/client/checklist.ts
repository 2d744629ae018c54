/**
 * <duban-checklist>: ticks and notes for one checklist and one unit, kept on this device
 * (src/client/progressStore.ts), with progress, export, print and reset. The markup
 * (src/components/Checklist.astro) is a complete, printable list without it.
 *
 * Whose ticks are shown and "本单位" (src/client/myUnit.ts) are separate: choosing a unit here
 * only shows its ticks; "设为本单位" asks before it changes the unit the rest of the site follows.
 */
import { fill } from '~/i18n/fill';
import { countDone, reconcile, type CurrentItem, type ItemState, type SavedProgress } from '~/lib/checklistProgress';
import { progressCsv, progressText, type Report } from '~/lib/progressReport';
import { localToday } from './localDate.ts';
import { rememberedUnit, rememberUnit } from './myUnit.ts';
import { carryOver, loadProgress, saveProgress } from './progressStore.ts';
import type { ElementStrings, STRINGS, Words } from './strings.ts';

class DubanChecklist extends HTMLElement {
  /** Set when connected: attributes are not readable earlier. */
  #words!: Words<typeof STRINGS.checklist>;
  /** The unit whose progress is shown; '' until one is chosen. */
  #unit = '';
  #state = new Map<string, ItemState>();
  /**
   * Another tab changed storage: read again and show its ticks with this page's (the store keeps
   * both, item by item). Any key, not only this list's: one read is cheap, and 本单位 set in
   * another tab shows here too.
   */
  #onStorage = (): void => this.#load(this.#unit);

  connectedCallback(): void {
    const [count, done, notDone, stale, noteLabel, unitLabel, dateLabel, csvColumns, confirmReset, noStorage, pickUnit, confirmMyUnit] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.checklist>;
    this.#words = { count, done, notDone, stale, noteLabel, unitLabel, dateLabel, csvColumns, confirmReset, noStorage, pickUnit, confirmMyUnit };
    const select = this.querySelector<HTMLSelectElement>('[data-unit-select]');
    if (select !== null) {
      // A unit page's link (?unit=…) or 本单位, when the list offers it.
      const asked = new URLSearchParams(location.search).get('unit') ?? rememberedUnit() ?? '';
      if (select.querySelector(`option[value="${CSS.escape(asked)}"]`) !== null) select.value = asked;
      select.addEventListener('change', () => this.#load(select.value));
    }
    // A checkbox fires `input` too: one listener for ticks and notes.
    this.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      const item = input.closest<HTMLElement>('[data-item]');
      if (item !== null) this.#edit(item, input.type === 'checkbox' ? { done: input.checked } : { note: input.value.trim() });
    });
    this.addEventListener('click', (event) => this.#act((event.target as HTMLElement).closest('button')));
    addEventListener('storage', this.#onStorage);
    this.#load(this.dataset['unit'] ?? select?.value ?? '');
  }

  disconnectedCallback(): void {
    removeEventListener('storage', this.#onStorage);
  }

  #id(): string {
    return this.dataset['checklist']!;
  }

  #act(button: HTMLButtonElement | null): void {
    if (button === null) return;
    if (button.matches('[data-confirm]')) this.#edit(button.closest<HTMLElement>('[data-item]')!, {});
    const action = button.dataset['action'];
    if (action === 'text' || action === 'csv') this.#export(action);
    if (action === 'print') print();
    if (action === 'blank') this.#printBlank();
    if (action === 'mine' && confirm(fill(this.#words.confirmMyUnit, { unit: this.#unitName() }))) {
      rememberUnit(this.#unit);
      this.#render();
    }
    if (action === 'reset' && confirm(this.#words.confirmReset)) {
      // Every item cleared as an edit of now, so that the clearing wins over older ticks elsewhere.
      this.#save(new Map(this.#items().map((item) => [item.id, { done: false, note: '', hash: item.hash, at: localToday(), t: Date.now() }])));
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
    carryOver(unit, this.#id(), this.dataset['renamedFrom']?.split(' ') ?? [], undefined, this.dataset['moves']);
    this.#state = reconcile(loadProgress(unit, this.#id()), this.#items());
    this.#notice(unit === '' ? this.#words.pickUnit : undefined);
    this.#render();
  }

  /** Saves a change to one item; any change also confirms its current wording. */
  #edit(element: HTMLElement, change: Partial<ItemState>): void {
    const id = element.dataset['item']!;
    this.#save(new Map([[id, { ...this.#state.get(id)!, ...change, hash: element.dataset['hash']!, at: localToday(), t: Date.now() }]]));
  }

  /** Saves the edited items over what is stored now, and shows the result. */
  #save(edits: SavedProgress): void {
    const { progress, saved } = saveProgress(this.#unit, this.#id(), edits);
    this.#state = reconcile(progress, this.#items());
    if (!saved) this.#notice(this.#words.noStorage);
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
    // Shows "（本单位）" or the button that makes the unit shown 本单位 (see the styles).
    this.dataset['mine'] = none ? '' : String(rememberedUnit() === this.#unit);
    // Paper gets the unit and the day as a 公文 writes it (2022年5月17日); without a unit, lines to fill in by hand.
    this.querySelector('[data-print-unit]')!.textContent = this.#unitName();
    this.querySelector('[data-print-date]')!.textContent = none ? '' : new Date().toLocaleDateString('zh-CN', { dateStyle: 'long' });
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

  /** Prints the list with every box drawn empty and no notes, unit or date (see the print styles). */
  #printBlank(): void {
    this.dataset['blank'] = '';
    print();
    delete this.dataset['blank'];
  }
}

customElements.define('duban-checklist', DubanChecklist);
