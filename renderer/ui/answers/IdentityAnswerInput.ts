// `a is b`: True or False.
import { el } from '../../utils/dom';
import type { AnswerInput, AnswerReading } from './AnswerInput';
import { ChoiceGroup } from './ChoiceGroup';

export class IdentityAnswerInput implements AnswerInput {
  readonly element: HTMLElement;
  private readonly group: ChoiceGroup<'true' | 'false'>;

  constructor(left: string, right: string) {
    this.group = new ChoiceGroup(el('code', { text: `${left} is ${right}` }), [
      { value: 'true', label: 'True', className: 'choice-true' },
      { value: 'false', label: 'False', className: 'choice-false' },
    ]);
    this.element = el('div', { class: 'answer identity' }, this.group.element);
  }

  read(): AnswerReading {
    const value = this.group.value;
    if (value === null) return { ok: false, problem: 'Pick True or False.' };
    return { ok: true, answer: { kind: 'identity', same: value === 'true' } };
  }

  setEnabled(enabled: boolean): void {
    this.group.setEnabled(enabled);
  }

  focus(): void {
    this.group.focus();
  }
}
