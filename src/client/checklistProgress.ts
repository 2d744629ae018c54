/**
 * <duban-checklist-progress>: "3 / 5 已完成" with a bar for each checklist of one unit — the
 * page's unit (`data-unit`, a unit page) or 本单位, remembered on this device (the home page and
 * the checklist index, where each row's `data-units` says which units its checklist applies to).
 * On the home page a row shows only for 本单位's checklists; on the index (`data-all`) every row
 * shows, and only the bar waits for 本单位. It reads the store that <duban-checklist> writes
 * and adds each shown row's bar (a count and a <progress>); without it the markup is a list of links.
 */
import { fill } from '~/i18n/fill';
import { decodeItems } from '~/lib/checklistItems';
import { countDone, reconcile } from '~/lib/checklistProgress';
import { rememberedUnit } from './myUnit.ts';
import { carryOver, loadProgress } from './progressStore.ts';
import type { ElementStrings, STRINGS } from './strings.ts';

class DubanChecklistProgress extends HTMLElement {
  connectedCallback(): void {
    const [count, staleCount] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.checklistProgress>;
    const unit = this.dataset['unit'] ?? rememberedUnit();
    let shown = 0;
    for (const row of this.querySelectorAll<HTMLElement>('[data-checklist]')) {
      const id = row.dataset['checklist']!;
      const units = row.dataset['units'];
      const hidden = unit === undefined || (units !== undefined && !units.split(' ').includes(unit));
      // On the index every row shows, and only a row of 本单位's checklists gets a bar.
      if (this.dataset['all'] === undefined) row.hidden = hidden;
      if (hidden) continue;
      shown += 1;
      carryOver(unit, id, row.dataset['renamedFrom']?.split(' ') ?? [], undefined, row.dataset['moves']);
      const { done, total, stale } = countDone(reconcile(loadProgress(unit, id), decodeItems(row.dataset['items'] ?? '')));
      const link = row.querySelector('a')!;
      const bar = row.appendChild(document.createElement('span'));
      bar.className = 'bar';
      const progress = bar.appendChild(document.createElement('progress'));
      progress.max = total;
      progress.value = done;
      progress.setAttribute('aria-label', link.textContent);
      bar.appendChild(document.createElement('span')).textContent = fill(count, { done, total }) + (stale > 0 ? ` ${fill(staleCount, { count: stale })}` : '');
      // The checklist's page then opens on this unit's ticks.
      if (!link.search) link.search = `?unit=${unit}`;
    }
    // A unit page, whose unit is fixed, has no such note.
    const none = this.querySelector<HTMLElement>('[data-none]');
    if (none !== null) none.hidden = shown > 0;
  }
}

customElements.define('duban-checklist-progress', DubanChecklistProgress);
