/**
 * <duban-checklist-progress>: "3 / 5 已完成" with a bar for each checklist of one unit — the
 * page's unit (`data-unit`, a unit page) or 本单位, remembered on this device (the home page and
 * the checklist index, where each row's `data-units` says which units its checklist applies to).
 * On the home page a row shows only for 本单位's checklists; on the index (`data-all`) every row
 * shows, and only the bar waits for 本单位. It reads the store that <duban-checklist> writes;
 * without it the markup is a list of links.
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
      const bar = row.querySelector<HTMLElement>('.bar')!;
      const hidden = unit === undefined || (units !== undefined && !units.split(' ').includes(unit));
      (this.dataset['all'] === undefined ? row : bar).hidden = hidden;
      if (hidden) continue;
      shown += 1;
      carryOver(unit, id, row.dataset['renamedFrom']?.split(' ') ?? [], undefined, row.dataset['moves']);
      const { done, total, stale } = countDone(reconcile(loadProgress(unit, id), decodeItems(row.dataset['items'] ?? '')));
      bar.querySelector('progress')!.value = done;
      bar.querySelector('[data-count-text]')!.textContent = fill(count, { done, total }) + (stale > 0 ? ` ${fill(staleCount, { count: stale })}` : '');
      // The checklist's page then opens on this unit's ticks.
      const link = row.querySelector('a')!;
      if (!link.search) link.search = `?unit=${unit}`;
    }
    this.querySelector<HTMLElement>('[data-none]')!.hidden = shown > 0;
  }
}

customElements.define('duban-checklist-progress', DubanChecklistProgress);
