/**
 * <duban-countdown>: replaces the static line with "距‘下沉督察’（…）还有 12 天", counted from the
 * reader's date, from the dated milestones in `data-milestones`.
 */
import { fill } from '~/i18n/fill';
import { daysBetween } from '~/lib/dates';
import { nextMilestone, type DatedMilestone } from '~/lib/milestones';
import { localToday } from './localDate.ts';
import type { ElementStrings, STRINGS } from './strings.ts';

class DubanCountdown extends HTMLElement {
  connectedCallback(): void {
    const target = this.querySelector('[data-countdown-text]');
    if (target === null) return;
    const [next, noneAhead] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.countdown>;
    const today = localToday();
    const milestone = nextMilestone(JSON.parse(this.dataset['milestones'] ?? '[]') as DatedMilestone[], today);
    target.textContent =
      milestone === undefined || milestone.date === null
        ? noneAhead
        : fill(next, { name: milestone.name, date: milestone.date, days: daysBetween(today, milestone.date) });
  }
}

customElements.define('duban-countdown', DubanCountdown);
