// What happens to each candidate when the line runs: still alive, freed at once (its count
// reached 0), or left unreachable until the cycle collector runs.
import { el } from '../../utils/dom';
import type { AnswerInput, AnswerReading } from './AnswerInput';
import { ChoiceGroup } from './ChoiceGroup';

type Fate = 'alive' | 'freed' | 'unreachable';

const FATES: readonly { readonly value: Fate; readonly label: string; readonly className: string }[] = [
  { value: 'alive', label: 'Stays alive', className: 'fate-alive' },
  { value: 'freed', label: 'Freed at once', className: 'fate-freed' },
  { value: 'unreachable', label: 'Unreachable, awaits gc', className: 'fate-zombie' },
];

export class FreedAnswerInput implements AnswerInput {
  readonly element: HTMLElement;
  private readonly groups: ChoiceGroup<Fate>[];

  constructor(private readonly candidates: readonly string[]) {
    this.groups = candidates.map((candidate) => new ChoiceGroup(el('code', { text: candidate }), FATES));
    this.element = el('div', { class: 'answer freed' }, ...this.groups.map((group) => group.element));
  }

  read(): AnswerReading {
    const freed: string[] = [];
    const unreachable: string[] = [];
    for (const [index, group] of this.groups.entries()) {
      const candidate = this.candidates[index]!;
      if (group.value === null) return { ok: false, problem: `Choose what happens to ${candidate}.` };
      if (group.value === 'freed') freed.push(candidate);
      if (group.value === 'unreachable') unreachable.push(candidate);
    }
    return { ok: true, answer: { kind: 'freed', freed, unreachable } };
  }

  setEnabled(enabled: boolean): void {
    for (const group of this.groups) group.setEnabled(enabled);
  }

  focus(): void {
    this.groups[0]?.focus();
  }
}
