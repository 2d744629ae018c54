/**
 * <duban-progress-states>: redoes on the reader's date what the page states for the day it was
 * built — each task's 逾期 (`[data-overdue]`, holding the deadline, with `data-done` once signed
 * off), a unit's 未报送 (`[data-unreported]`, holding the date it counts from, against
 * `data-cycle` days, its own or the element's: one attribute each, as a table of 200 units has a
 * flag in every row), a
 * unit's count of overdue tasks (`[data-overdue-count]`: the build's count plus the deadlines of
 * `data-dues` passed since, see `dueList`; a reader's date before the build's keeps the count), the
 * totals of a table of units (`[data-total-overdue]`, the sum of those counts; `[data-total-unreported]`,
 * the units flagged 未报送), a unit's overdue petition cases likewise (`[data-case-dues]`) and their
 * total (`[data-case-total-overdue]`) — and says which date it counted from (`[data-as-of]`). A judgement that
 * no longer holds is hidden.
 */
import { fill } from '~/i18n/fill';
import { overdueDays, overdueInList, unreportedDays } from '~/lib/progressStates';
import { localToday } from './localDate.ts';
import type { ElementStrings, STRINGS } from './strings.ts';

class DubanProgressStates extends HTMLElement {
  connectedCallback(): void {
    const [overdue, unreported, asOfToday, prose, asOfTodayCases] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.progressStates>;
    const today = localToday();
    for (const item of this.querySelectorAll<HTMLElement>('[data-overdue]')) {
      const days = overdueDays(item.dataset['overdue'] || null, item.dataset['done'] !== undefined, today);
      item.textContent = days > 0 ? fill(overdue, { days }) : '';
      item.hidden = days === 0;
    }
    for (const item of this.querySelectorAll<HTMLElement>('[data-unreported]')) {
      const cycle = Number(item.dataset['cycle'] ?? this.dataset['cycle']);
      const days = unreportedDays(item.dataset['unreported'] || null, today, cycle);
      item.textContent = days > 0 ? fill(unreported, { days }) : '';
      item.hidden = days === 0;
    }
    let overdueTotal = 0;
    for (const item of this.querySelectorAll<HTMLElement>('[data-overdue-count]')) {
      const count = Number(item.textContent) + overdueInList(item.dataset['dues'] ?? '', today);
      item.textContent = String(count);
      overdueTotal += count;
    }
    // The totals line counts what the rows now say, so that the two never disagree.
    for (const item of this.querySelectorAll<HTMLElement>('[data-total-overdue]')) item.textContent = String(overdueTotal);
    const unreportedTotal = this.querySelectorAll('[data-unreported]:not([hidden])').length;
    for (const item of this.querySelectorAll<HTMLElement>('[data-total-unreported]')) item.textContent = String(unreportedTotal);
    // A unit's overdue petition cases (issue 16), counted apart from its tasks; only a count with
    // 办理时限 still to come is marked, and the total grows by what those counts grew.
    let casesLate = 0;
    for (const item of this.querySelectorAll<HTMLElement>('[data-case-dues]')) {
      const late = overdueInList(item.dataset['caseDues']!, today);
      item.textContent = String(Number(item.textContent) + late);
      casesLate += late;
    }
    for (const item of this.querySelectorAll<HTMLElement>('[data-case-total-overdue]')) item.textContent = String(Number(item.textContent) + casesLate);
    const [year, month, day] = today.split('-').map(Number);
    for (const item of this.querySelectorAll<HTMLElement>('[data-as-of]')) item.textContent = fill(this.hasAttribute('data-cases') ? asOfTodayCases : asOfToday, { date: fill(prose, { year: year!, month: month!, day: day! }) });
  }
}

customElements.define('duban-progress-states', DubanProgressStates);
