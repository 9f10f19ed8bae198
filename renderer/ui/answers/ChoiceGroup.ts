// A row of pill-shaped radio buttons with a group name: the building block of the identity,
// alias and freed answers.
import { el } from '../../utils/dom';

let groupCounter = 0;

export class ChoiceGroup<V extends string> {
  readonly element: HTMLElement;
  private readonly radios: HTMLInputElement[] = [];

  constructor(legend: string | Node, choices: readonly { readonly value: V; readonly label: string; readonly className?: string }[]) {
    const name = `choice-${++groupCounter}`;
    const legendElement = el('legend');
    legendElement.append(legend);
    this.element = el('fieldset', { class: 'choice-group' }, legendElement);
    for (const choice of choices) {
      const radio = el('input', { type: 'radio', name, value: choice.value });
      this.radios.push(radio);
      this.element.append(el('label', { class: `choice ${choice.className ?? ''}` }, radio, el('span', { text: choice.label })));
    }
  }

  get value(): V | null {
    return (this.radios.find((radio) => radio.checked)?.value as V | undefined) ?? null;
  }

  set value(value: V | null) {
    for (const radio of this.radios) radio.checked = radio.value === value;
  }

  setEnabled(enabled: boolean): void {
    for (const radio of this.radios) radio.disabled = !enabled;
  }

  focus(): void {
    (this.radios.find((radio) => radio.checked) ?? this.radios[0])?.focus();
  }
}
