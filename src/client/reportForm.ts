/**
 * <duban-report-form>: a unit's 报送 filled in on its page (src/pages/units/[id]/report/), kept on
 * this device per unit (src/lib/reportForm.ts for the stored shape), and downloaded as the CSV
 * `npm run import -- report` reads. The markup lists the tasks without it; the element adds each
 * task's 进展情况, 存在问题 and 下步打算 from one template, so the page carries them once.
 *
 * A save re-reads storage and merges the page's edit in (the newer edit of a task wins), so two
 * tabs, or two pages of a long form, never overwrite each other. A write that fails keeps the
 * report in this page's memory and says so.
 */
import { fill } from '~/i18n/fill';
import { emptyReport, formProblems, mergeReports, parseReport, reportFormCsv, reportKey, serializeReport, type FormReport, type FormTask } from '~/lib/reportForm';
import { localToday } from './localDate.ts';
import { deviceStorage } from './storage.ts';
import type { ElementStrings, STRINGS, Words } from './strings.ts';

/** The fields of a task, as the controls name them. */
const FIELDS = ['state', 'progress', 'problems', 'nextSteps'] as const;

class DubanReportForm extends HTMLElement {
  #words!: Words<typeof STRINGS.reportForm>;
  /** What this page could not store, merged into every read. */
  #unsaved: FormReport | undefined;
  /** Another tab saved: show its edits with this page's. */
  #onStorage = (): void => this.#show(this.#load());

  connectedCallback(): void {
    const [unit, date, number, task, state, progress, problems, nextSteps, reporter, link, noState, noProgress, noDate, filled, noStorage, confirmClear, file] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.reportForm>;
    this.#words = { unit, date, number, task, state, progress, problems, nextSteps, reporter, link, noState, noProgress, noDate, filled, noStorage, confirmClear, file };
    const template = this.querySelector('template')!;
    for (const slot of this.querySelectorAll('[data-fields]')) slot.append(template.content.cloneNode(true));
    this.addEventListener('input', (event) => this.#edit(event.target as HTMLInputElement));
    this.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest('button')?.dataset['action'];
      if (action === 'download') this.#download();
      if (action === 'clear' && confirm(this.#words.confirmClear)) this.#save(emptyReport(), true);
    });
    addEventListener('storage', this.#onStorage);
    this.#show(this.#load());
  }

  disconnectedCallback(): void {
    removeEventListener('storage', this.#onStorage);
  }

  #key(): string {
    return reportKey(this.dataset['unit']!);
  }

  #load(): FormReport {
    let raw: string | null = null;
    try {
      raw = deviceStorage()?.getItem(this.#key()) ?? null;
    } catch {
      // Unreadable storage holds nothing.
    }
    const stored = parseReport(raw);
    return this.#unsaved === undefined ? stored : mergeReports(stored, this.#unsaved);
  }

  /** Saves `edit` over what is stored now (or replaces it, to clear), and shows the result. */
  #save(edit: FormReport, replace = false): void {
    const report = replace ? edit : mergeReports(this.#load(), edit);
    let saved = false;
    try {
      const storage = deviceStorage();
      storage?.setItem(this.#key(), serializeReport(report));
      saved = storage !== undefined;
    } catch {
      // Full or refused: kept below.
    }
    this.#unsaved = saved ? undefined : report;
    this.#show(report, saved ? undefined : this.#words.noStorage);
  }

  /** Saves the change of one control: the reporter, the date, or a field of a task. */
  #edit(control: HTMLInputElement): void {
    const now = Date.now();
    const edit = emptyReport();
    const item = control.closest<HTMLElement>('[data-task]');
    if (item === null) {
      const head = this.#head();
      Object.assign(edit, { reporter: head.reporter.value, date: head.date.value, t: now });
    } else {
      // 序号 is the item's value, the title and the page's address its link's.
      const link = item.querySelector('a')!;
      const values = Object.fromEntries(FIELDS.map((field) => [field, item.querySelector<HTMLInputElement>(`[name=${field}]`)!.value])) as Pick<FormTask, (typeof FIELDS)[number]>;
      edit.tasks.set(item.dataset['task']!, { ...values, number: (item as HTMLLIElement).value, title: link.textContent ?? '', link: link.href, t: now });
    }
    this.#save(edit);
  }

  #head() {
    return { reporter: this.querySelector<HTMLInputElement>('[name=reporter]')!, date: this.querySelector<HTMLInputElement>('[name=date]')! };
  }

  /** Shows a report in the controls (never under the cursor) and how much is filled in. */
  #show(report: FormReport, notice?: string): void {
    const head = this.#head();
    const set = (control: HTMLInputElement, value: string) => {
      if (document.activeElement !== control) control.value = value;
    };
    set(head.reporter, report.reporter);
    set(head.date, report.date || localToday());
    for (const item of this.querySelectorAll<HTMLElement>('[data-task]')) {
      const task = report.tasks.get(item.dataset['task']!);
      for (const field of FIELDS) set(item.querySelector<HTMLInputElement>(`[name=${field}]`)!, task?.[field] ?? '');
    }
    const count = [...report.tasks.values()].filter((task) => FIELDS.some((field) => task[field].trim() !== '')).length;
    this.querySelector('[data-status]')!.textContent = notice ?? fill(this.#words.filled, { count });
  }

  #download(): void {
    const head = this.#head();
    const report = { ...this.#load(), reporter: head.reporter.value, date: head.date.value };
    const problems = formProblems(report, this.#words);
    const box = this.querySelector<HTMLElement>('[data-problems]')!;
    box.hidden = problems.length === 0;
    box.querySelector('ul')!.replaceChildren(...problems.map((problem) => Object.assign(document.createElement('li'), { textContent: problem })));
    if (problems.length > 0) {
      box.focus();
      return;
    }
    const unit = this.dataset['unitName']!;
    const anchor = document.createElement('a');
    anchor.href = URL.createObjectURL(new Blob([reportFormCsv(unit, report, this.#words)], { type: 'text/csv;charset=utf-8' }));
    anchor.download = `${fill(this.#words.file, { unit, date: report.date })}.csv`;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(anchor.href), 1000);
  }
}

customElements.define('duban-report-form', DubanReportForm);
