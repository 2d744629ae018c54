/**
 * <duban-checklist-progress>: "3 / 5 已完成" with a bar for each checklist of one unit — the
 * page's unit (`data-unit`, a unit page) or the unit remembered on this device (the home page,
 * where each row's `data-units` says which units its checklist applies to). It reads the store that
 * <duban-checklist> writes; without it the markup is a list of links.
 */
import { fill } from '~/i18n/fill';
import { decodeItems } from '~/lib/checklistItems';
import { countDone, reconcile } from '~/lib/checklistProgress';
import { rememberedUnit } from './myUnit.ts';
import { loadProgress } from './progressStore.ts';
import type { ElementStrings, STRINGS } from './strings.ts';

class DubanChecklistProgress extends HTMLElement {
  connectedCallback(): void {
    const [count, staleCount] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.checklistProgress>;
    const unit = this.dataset['unit'] ?? rememberedUnit();
    let shown = 0;
    for (const row of this.querySelectorAll<HTMLElement>('[data-checklist]')) {
      const id = row.dataset['checklist']!;
      const units = row.dataset['units'];
      row.hidden = unit === undefined || (units !== undefined && !units.split(' ').includes(unit));
      if (unit === undefined || row.hidden) continue;
      shown += 1;
      const { done, total, stale } = countDone(reconcile(loadProgress(unit, id), decodeItems(row.dataset['items'] ?? '')));
      row.querySelector('progress')!.value = done;
      row.querySelector('[data-count-text]')!.textContent = fill(count, { done, total }) + (stale > 0 ? ` ${fill(staleCount, { count: stale })}` : '');
      // The checklist's page then opens on this unit's ticks.
      const link = row.querySelector('a')!;
      if (!link.search) link.search = `?unit=${unit}`;
    }
    this.querySelector<HTMLElement>('[data-none]')!.hidden = shown > 0;
  }
}

customElements.define('duban-checklist-progress', DubanChecklistProgress);
