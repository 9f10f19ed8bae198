// Which targets are one object: each target gets an object letter (A, B, C... each its own
// colour); targets with the same letter are answered as the same object.
import { el } from '../../utils/dom';
import type { AnswerInput, AnswerReading } from './AnswerInput';
import { ChoiceGroup } from './ChoiceGroup';

const LETTERS = 'ABCDEFGHIJKLMNOPQRST';

export class AliasAnswerInput implements AnswerInput {
  readonly element: HTMLElement;
  private readonly groups: ChoiceGroup<string>[];

  constructor(private readonly targets: readonly string[]) {
    const choices = targets.map((_, index) => ({ value: LETTERS[index]!, label: `Object ${LETTERS[index]}`, className: `object-${index % 6}` }));
    this.groups = targets.map((target, index) => {
      const group = new ChoiceGroup(el('code', { text: target }), choices);
      group.value = LETTERS[index]!;
      return group;
    });
    this.element = el(
      'div',
      { class: 'answer alias' },
      el('p', { class: 'answer-help', text: 'Give the same object letter to the ones that refer to one object.' }),
      ...this.groups.map((group) => group.element),
    );
  }

  read(): AnswerReading {
    const byLetter = new Map<string, string[]>();
    this.groups.forEach((group, index) => {
      const letter = group.value ?? LETTERS[index]!;
      byLetter.set(letter, [...(byLetter.get(letter) ?? []), this.targets[index]!]);
    });
    return { ok: true, answer: { kind: 'alias', groups: [...byLetter.values()] } };
  }

  setEnabled(enabled: boolean): void {
    for (const group of this.groups) group.setEnabled(enabled);
  }

  focus(): void {
    this.groups[0]?.focus();
  }
}
