/**
 * <duban-copy>: a button that copies the element's `[data-copy-source]` text (the day's report
 * text of the case statistics) to the clipboard, and says in its live region that it did. Where
 * the browser will not copy (the Clipboard API needs https or localhost, and an intranet often
 * serves plain http), it selects the text and says how to copy it. Without script the button
 * stays hidden and the text is there to select by hand.
 */
import type { ElementStrings, STRINGS } from './strings.ts';

class DubanCopy extends HTMLElement {
  connectedCallback(): void {
    const [copied, selected] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.copyText>;
    const source = this.querySelector<HTMLElement>('[data-copy-source]')!;
    const button = this.querySelector<HTMLButtonElement>('button')!;
    const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
    const select = () => {
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      status.textContent = selected;
    };
    button.hidden = false;
    button.addEventListener('click', () => {
      // Optional in the DOM's types only since recent TypeScript libs: absent outside a secure context.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (clipboard === undefined) return select();
      clipboard.writeText(source.textContent.trim()).then(() => (status.textContent = copied), select);
    });
  }
}

customElements.define('duban-copy', DubanCopy);
