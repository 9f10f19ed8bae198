// Spot the leak: tick the objects (alive before the line, named by an expression that reached
// them then) that survive the line only as unreachable cycles. Ticking none says "no leak".
import type { LeakCandidate } from '../../../electron/api';
import { el } from '../../utils/dom';
import '../mechanics/mechanics.css';
import type { AnswerInput, AnswerReading } from './AnswerInput';

export class LeakAnswerInput implements AnswerInput {
  readonly element: HTMLElement;
  private readonly boxes: { readonly candidate: LeakCandidate; readonly box: HTMLInputElement }[] = [];

  constructor(after: number, candidates: readonly LeakCandidate[]) {
    const group = el('fieldset', { class: 'answer leak-answer choice-group' }, el('legend', { text: `Leaked after line ${after}` }));
    for (const candidate of candidates) {
      const box = el('input', { type: 'checkbox', value: candidate.label });
      this.boxes.push({ candidate, box });
      group.append(el('label', { class: 'choice leak-choice' }, box,
        el('span', {}, el('code', { text: candidate.label }), ` · ${candidate.type} ${candidate.repr}`)));
    }
    this.element = el('div', { class: 'answer leak' },
      el('p', { class: 'answer-help', text: 'Tick every object that is left unreachable, kept alive only by a cycle. Tick none if nothing leaks.' }),
      group);
  }

  read(): AnswerReading {
    return { ok: true, answer: { kind: 'leak', objects: this.boxes.filter((b) => b.box.checked).map((b) => b.candidate.label) } };
  }

  setEnabled(enabled: boolean): void {
    for (const b of this.boxes) b.box.disabled = !enabled;
  }

  focus(): void {
    this.boxes[0]?.box.focus();
  }
}
