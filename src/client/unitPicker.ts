/**
 * <duban-unit-picker>: goes to the chosen unit's page and remembers the choice on this device;
 * next time the remembered unit is offered first, as a link. `data-unit-href` is the unit page's
 * address with `{id}` for the unit.
 */
import { fill } from '~/i18n/fill';
import { rememberedUnit, rememberUnit } from './myUnit.ts';

class DubanUnitPicker extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const select = form.querySelector('select')!;
    const unitHref = (id: string) => fill(this.dataset['unitHref']!, { id });
    const saved = rememberedUnit();
    // A remembered unit that is no longer on the list (renamed, removed) is not offered.
    const option = saved === undefined ? null : select.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(saved)}"]`);
    if (saved !== undefined && option !== null) {
      select.value = saved;
      const link = this.querySelector<HTMLAnchorElement>('[data-remembered-link]')!;
      link.href = unitHref(saved);
      link.textContent = option.textContent;
      this.querySelector<HTMLElement>('[data-remembered]')!.hidden = false;
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (select.value === '') return;
      rememberUnit(select.value);
      window.location.assign(unitHref(select.value));
    });
  }
}

customElements.define('duban-unit-picker', DubanUnitPicker);
