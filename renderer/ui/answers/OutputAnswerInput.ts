// What a print shows: typed as text, one line per printed line.
import { el } from '../../utils/dom';
import type { AnswerInput, AnswerReading } from './AnswerInput';

export class OutputAnswerInput implements AnswerInput {
  readonly element: HTMLElement;
  private readonly input: HTMLTextAreaElement;

  constructor(id: string, line: number) {
    this.input = el('textarea', { id, rows: 2, spellcheck: 'false', class: 'output-answer', placeholder: 'Type exactly what is printed' });
    this.element = el('div', { class: 'answer output' }, el('label', { for: id, text: `Printed output of line ${line}` }), this.input);
  }

  read(): AnswerReading {
    if (this.input.value.trim() === '') return { ok: false, problem: 'Type what the line prints.' };
    return { ok: true, answer: { kind: 'output', text: this.input.value } };
  }

  setEnabled(enabled: boolean): void {
    this.input.disabled = !enabled;
  }

  focus(): void {
    this.input.focus();
  }
}
