/**
 * <duban-due-states>: fills each <DueState> placeholder inside it with how its deadline stands on
 * the reader's date ("逾期 3 天", "今天到期", …), and sets `data-state` for the colour. With
 * `data-window` (days) it also hides the `[data-due-item]`s that are neither overdue nor due within
 * that many days, and shows `[data-due-empty]` when none is left (the home page's list).
 */
import { fill } from '~/i18n/fill';
import { daysBetween } from '~/lib/dates';
import { dueState } from '~/lib/dueState';
import { localToday } from './localDate.ts';
import type { ElementStrings, STRINGS } from './strings.ts';

class DubanDueStates extends HTMLElement {
  connectedCallback(): void {
    const [overdue, today, soon, later, done] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.dueStates>;
    const words = { overdue, today, soon, later, done };
    const now = localToday();
    const window = this.dataset['window'] === undefined ? undefined : Number(this.dataset['window']);
    for (const item of this.querySelectorAll<HTMLElement>('.due-state[data-due]')) {
      const due = item.dataset['due']!;
      const days = daysBetween(now, due);
      const state = dueState(due, now, item.dataset['status'] ?? '');
      item.dataset['state'] = state;
      // A deadline that falls today has its own words.
      item.textContent = fill(words[state === 'soon' && days === 0 ? 'today' : state], { days: Math.abs(days) });
      const row = item.closest<HTMLElement>('[data-due-item]');
      if (row !== null && window !== undefined) row.hidden = !(state === 'overdue' || ((state === 'soon' || state === 'later') && days <= window));
    }
    const empty = this.querySelector<HTMLElement>('[data-due-empty]');
    if (empty !== null && window !== undefined) empty.hidden = this.querySelector('[data-due-item]:not([hidden])') !== null;
  }
}

customElements.define('duban-due-states', DubanDueStates);
