// One question being written: its kind, its line (typed, or picked by clicking a line number),
// its expressions (typed, or filled by clicking an object or a name), and the engine's answer.
import type { EditorAnswer } from '../../../electron/api';
import { el } from '../../utils/dom';
import { asksAfter, fieldLabels, fillField, QUESTION_KINDS } from './levelDraft';
import type { AuthoredKind, QuestionDraft } from './levelDraft';

export interface QuestionEditorEvents {
  changed(): void;
  remove(): void;
  /** this question became the one that picks (lines, objects, names) go to */
  select(): void;
}

let editorCounter = 0;

export class QuestionEditor {
  readonly element: HTMLElement;
  private readonly kindSelect: HTMLSelectElement;
  private readonly lineInput: HTMLInputElement;
  private readonly lineLabel: HTMLLabelElement;
  private readonly fieldsBox = el('div', { class: 'question-fields' });
  private readonly answer = el('div', { class: 'engine-answer', role: 'status' });
  private readonly problem = el('p', { class: 'question-problem' });
  private fieldInputs: HTMLInputElement[] = [];
  private lastField = 0;
  private readonly idPrefix: string;

  constructor(
    readonly draft: QuestionDraft,
    number: number,
    private readonly events: QuestionEditorEvents,
  ) {
    const id = `q-${++editorCounter}`;
    this.idPrefix = id;
    this.kindSelect = el('select', { id: `${id}-kind` }, ...QUESTION_KINDS.map((option) => el('option', { value: option.kind, text: option.label })));
    this.kindSelect.value = draft.kind;
    this.kindSelect.addEventListener('change', () => {
      draft.kind = this.kindSelect.value as AuthoredKind;
      draft.fields = [];
      this.renderFields();
      this.renderLineLabel();
      events.changed();
    });
    this.lineInput = el('input', { id: `${id}-line`, type: 'number', min: 1, step: 1, value: draft.line, class: 'line-input' });
    this.lineInput.addEventListener('input', () => {
      draft.line = Number(this.lineInput.value);
      events.changed();
    });
    this.lineLabel = el('label', { for: `${id}-line` });
    const remove = el('button', { type: 'button', class: 'secondary small', text: 'Remove', 'aria-label': `Remove question ${number}` });
    remove.addEventListener('click', () => events.remove());
    this.element = el(
      'article',
      { class: 'question-card question-editor', 'aria-label': `Question ${number}` },
      el('div', { class: 'row' }, el('h3', { text: `Question ${number}` }), remove),
      el('div', { class: 'row' }, el('label', { for: `${id}-kind`, text: 'Kind' }), this.kindSelect),
      el('div', { class: 'row' }, this.lineLabel, this.lineInput),
      this.fieldsBox,
      this.problem,
      this.answer,
    );
    this.element.addEventListener('focusin', () => events.select());
    this.element.addEventListener('pointerdown', () => events.select());
    this.renderLineLabel();
    this.renderFields();
  }

  setSelected(selected: boolean): void {
    this.element.classList.toggle('selected', selected);
  }

  setLine(line: number): void {
    this.draft.line = line;
    this.lineInput.value = String(line);
    this.events.changed();
  }

  /** Puts a picked expression into the field last used (appending to a list field). */
  fill(expression: string): boolean {
    const input = this.fieldInputs[this.lastField] ?? this.fieldInputs[0];
    if (!input) return false;
    const index = this.fieldInputs.indexOf(input);
    input.value = fillField(this.draft.kind, input.value, expression);
    this.draft.fields[index] = input.value;
    // identity: the next pick goes to the other side
    if (this.draft.kind === 'identity') this.lastField = index === 0 ? 1 : 0;
    this.events.changed();
    return true;
  }

  showProblem(problem: string | null): void {
    this.problem.textContent = problem ? `Still to do: ${problem}` : '';
  }

  showAnswer(answer: EditorAnswer | null, pending = false): void {
    if (!answer) {
      this.answer.replaceChildren(...(pending ? [el('p', { class: 'muted', text: 'The engine is working it out…' })] : []));
      return;
    }
    this.answer.replaceChildren(el('p', {}, el('span', { class: 'engine-label', text: 'Engine’s answer: ' }), el('code', { text: answer.answer })), el('p', { class: 'explanation', text: answer.explanation.replace(/`/g, '') }));
  }

  private renderLineLabel(): void {
    this.lineLabel.textContent = asksAfter(this.draft.kind) ? 'After line' : 'Line';
  }

  private renderFields(): void {
    this.fieldInputs = fieldLabels(this.draft.kind).map((label, index) => {
      const input = el('input', { id: `${this.idPrefix}-field-${index}`, type: 'text', value: this.draft.fields[index] ?? '', spellcheck: 'false' });
      input.addEventListener('input', () => {
        this.draft.fields[index] = input.value;
        this.events.changed();
      });
      input.addEventListener('focus', () => (this.lastField = index));
      return input;
    });
    this.lastField = 0;
    const hint = this.fieldInputs.length > 0 ? el('p', { class: 'muted', text: 'Type, or click an object in the diagram or a name below it.' }) : null;
    const labels = fieldLabels(this.draft.kind);
    const rows = this.fieldInputs.map((input, index) => el('div', { class: 'field-row' }, el('label', { for: input.id, text: labels[index]! }), input));
    this.fieldsBox.replaceChildren(...rows, ...(hint ? [hint] : []));
  }
}
