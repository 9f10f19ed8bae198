// A count: refcount questions (references to an object) and collect questions (gc.collect()'s result).
import { el } from '../../utils/dom';
import type { AnswerInput, AnswerReading } from './AnswerInput';

export class NumberAnswerInput implements AnswerInput {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;

  constructor(
    private readonly kind: 'refcount' | 'collect',
    id: string,
    label: string,
  ) {
    this.input = el('input', { id, type: 'number', min: 0, step: 1, inputmode: 'numeric', class: 'number-answer' });
    this.element = el('div', { class: 'answer number' }, el('label', { for: id, text: label }), this.input);
  }

  read(): AnswerReading {
    const text = this.input.value.trim();
    const value = Number(text);
    if (text === '' || !Number.isInteger(value) || value < 0) return { ok: false, problem: 'Type a whole number (0 or more).' };
    return { ok: true, answer: this.kind === 'refcount' ? { kind: 'refcount', count: value } : { kind: 'collect', collected: value } };
  }

  setEnabled(enabled: boolean): void {
    this.input.disabled = !enabled;
  }

  focus(): void {
    this.input.focus();
  }
}
