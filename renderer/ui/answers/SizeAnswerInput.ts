// sys.getsizeof questions: a byte count for one expression, or tick the largest of several.
import { el } from '../../utils/dom';
import type { AnswerInput, AnswerReading } from './AnswerInput';

export class SizeAnswerInput implements AnswerInput {
  readonly element: HTMLElement;
  private readonly bytes: HTMLInputElement | null = null;
  private readonly boxes: { readonly expr: string; readonly box: HTMLInputElement }[] = [];

  constructor(id: string, private readonly exprs: readonly string[]) {
    if (exprs.length === 1) {
      this.bytes = el('input', { id, type: 'number', min: 0, step: 1, inputmode: 'numeric', class: 'number-answer' });
      this.element = el('div', { class: 'answer number' }, el('label', { for: id, text: `Bytes for ${exprs[0]}` }), this.bytes);
      return;
    }
    const legend = el('legend', { text: 'The largest (tick more than one if they tie)' });
    this.element = el('fieldset', { class: 'answer choice-group' }, legend);
    for (const expr of exprs) {
      const box = el('input', { type: 'checkbox', value: expr });
      this.boxes.push({ expr, box });
      this.element.append(el('label', { class: 'choice' }, box, el('span', { text: expr })));
    }
  }

  read(): AnswerReading {
    if (this.bytes) {
      const text = this.bytes.value.trim();
      const value = Number(text);
      if (text === '' || !Number.isInteger(value) || value < 0) return { ok: false, problem: 'Type a whole number of bytes.' };
      return { ok: true, answer: { kind: 'size', bytes: value } };
    }
    const largest = this.boxes.filter((b) => b.box.checked).map((b) => b.expr);
    if (largest.length === 0) return { ok: false, problem: `Tick the largest of ${this.exprs.join(', ')}.` };
    return { ok: true, answer: { kind: 'size', largest } };
  }

  setEnabled(enabled: boolean): void {
    if (this.bytes) this.bytes.disabled = !enabled;
    for (const b of this.boxes) b.box.disabled = !enabled;
  }

  focus(): void {
    (this.bytes ?? this.boxes[0]?.box)?.focus();
  }
}
