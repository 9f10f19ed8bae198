// Hints on request: each one shown costs a star, and the button says so.
import type { HintResult } from '../../../electron/api';
import { el, richText } from '../../utils/dom';

export class HintBox {
  readonly element: HTMLElement;
  private readonly list = el('ol', { class: 'hint-list', 'aria-label': 'Hints' });
  private readonly button = el('button', { type: 'button', class: 'hint-button secondary' });
  private remaining: number;

  constructor(shown: readonly string[], total: number, request: () => Promise<HintResult | null>) {
    this.remaining = total - shown.length;
    for (const hint of shown) this.addHint(hint);
    this.button.addEventListener('click', () => {
      this.button.disabled = true;
      void request().then((result) => {
        if (result) {
          this.addHint(result.hint);
          this.remaining = result.remaining;
        }
        this.renderButton();
      });
    });
    this.renderButton();
    this.element = el('section', { class: 'hints', 'aria-label': 'Hints' }, el('h3', { text: 'Hints' }), this.list, this.button);
  }

  private addHint(text: string): void {
    const item = el('li');
    item.append(richText(text));
    this.list.append(item);
  }

  private renderButton(): void {
    this.button.disabled = this.remaining <= 0;
    this.button.textContent = this.remaining <= 0 ? 'No more hints' : `Show a hint (${this.remaining} left, costs a star)`;
  }
}
