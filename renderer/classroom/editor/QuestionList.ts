// The questions of the level being edited: add, remove, select (the selected one receives the
// lines, objects and names the teacher points at), and the engine's answers beside them.
import type { EditorSolveResult } from '../../../electron/api';
import { el } from '../../utils/dom';
import { QUESTION_KINDS, questionProblem } from './levelDraft';
import type { LevelDraft, QuestionDraft } from './levelDraft';
import { QuestionEditor } from './QuestionEditor';

export class QuestionList {
  readonly element: HTMLElement;
  private readonly list = el('div', { class: 'question-list' });
  private readonly addKind = el('select', { id: 'add-question-kind', 'aria-label': 'Kind of the new question' }, ...QUESTION_KINDS.map((option) => el('option', { value: option.kind, text: option.label })));
  private readonly solveStatus = el('div', { class: 'solve-status', role: 'status' });
  private editors: QuestionEditor[] = [];
  private selected = -1;
  private draft: LevelDraft | null = null;

  constructor(private readonly changed: () => void) {
    const add = el('button', { type: 'button', class: 'secondary', text: '+ Add question' });
    add.addEventListener('click', () => this.add());
    this.element = el('section', { class: 'questions-editor', 'aria-label': 'Questions' }, el('h2', { text: 'Questions' }), this.list, el('div', { class: 'row' }, this.addKind, add), this.solveStatus);
  }

  show(draft: LevelDraft): void {
    this.draft = draft;
    this.selected = draft.questions.length > 0 ? 0 : -1;
    this.render();
  }

  /** Checks every question against the program's line count; true when all can be asked. */
  validate(lineCount: number): boolean {
    let ok = this.editors.length > 0;
    for (const editor of this.editors) {
      const problem = questionProblem(editor.draft, lineCount);
      editor.showProblem(problem);
      if (problem) ok = false;
    }
    if (this.editors.length === 0) this.setStatus('muted', 'Add a question: choose its kind, then click a line number and an object.');
    return ok;
  }

  pickLine(line: number): string | null {
    const editor = this.editors[this.selected];
    if (!editor) return 'Add a question first, then click a line number to anchor it.';
    editor.setLine(line);
    return null;
  }

  pickExpression(expression: string): string | null {
    const editor = this.editors[this.selected];
    if (!editor) return 'Add a question first, then pick what it asks about.';
    return editor.fill(expression) ? null : 'This kind of question asks about a line only: there is nothing to fill.';
  }

  showAnswers(result: EditorSolveResult | null, pending = false): void {
    if (result === null) {
      for (const editor of this.editors) editor.showAnswer(null, pending);
      if (pending) this.setStatus('muted', 'Asking the engine…');
      return;
    }
    if (result.status === 'refused') {
      for (const editor of this.editors) editor.showAnswer(null);
      this.setStatus('refused', `The engine cannot answer this level: ${result.problems.join('; ')}`);
      return;
    }
    result.answers.forEach((answer) => this.editors[answer.question]?.showAnswer(answer));
    this.setStatus('solved', '✓ The engine answers every question: the level is ready to play.');
  }

  setStatus(kind: string, text: string): void {
    this.solveStatus.className = `solve-status solve-${kind}`;
    this.solveStatus.textContent = text;
  }

  private add(): void {
    if (!this.draft) return;
    const question: QuestionDraft = { kind: this.addKind.value as QuestionDraft['kind'], line: 1, fields: [] };
    this.draft.questions.push(question);
    this.selected = this.draft.questions.length - 1;
    this.render();
    this.editors[this.selected]?.element.querySelector<HTMLElement>('input, select')?.focus();
    this.changed();
  }

  private render(): void {
    const draft = this.draft!;
    this.editors = draft.questions.map(
      (question, index) =>
        new QuestionEditor(question, index + 1, {
          changed: () => this.changed(),
          remove: () => {
            draft.questions.splice(index, 1);
            this.selected = Math.min(this.selected, draft.questions.length - 1);
            this.render();
            this.changed();
          },
          select: () => this.select(index),
        }),
    );
    this.list.replaceChildren(...this.editors.map((editor) => editor.element));
    this.select(this.selected);
  }

  private select(index: number): void {
    this.selected = index;
    this.editors.forEach((editor, i) => editor.setSelected(i === index));
  }
}
