// One question: its prompt, the answer widget for its kind, a Check button and the verdict.
import type { AnswerDiff, AnswerOutcome, PlayerAnswer, PublicQuestion, QuestionStatus } from '../../../electron/api';
import { describeAnswer } from '../../utils/describeAnswer';
import { el, richText } from '../../utils/dom';
import type { AnswerInput } from '../answers/AnswerInput';
import { createAnswerInput } from '../answers/createAnswerInput';

export type CheckAnswer = (question: number, answer: PlayerAnswer) => Promise<void>;

export class QuestionCard {
  readonly element: HTMLElement;
  private readonly input: AnswerInput;
  private readonly checkButton = el('button', { type: 'submit', class: 'check', text: 'Check' });
  private readonly verdict = el('div', { class: 'verdict', role: 'status' });
  private readonly form: HTMLFormElement;
  private readonly checkRow: HTMLElement;
  private closed = false;

  constructor(
    readonly question: PublicQuestion,
    status: QuestionStatus,
    private readonly check: CheckAnswer,
  ) {
    this.input = createAnswerInput(question);
    const prompt = el('p', { class: 'prompt' });
    prompt.append(richText(question.prompt));
    this.checkRow = el('div', { class: 'row' }, this.checkButton);
    this.form = el('form', { class: 'question-form' }, this.input.element, this.checkRow);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.element = el(
      'article',
      { class: 'question-card', 'aria-label': `Question ${question.index + 1}` },
      el('h3', { text: `Question ${question.index + 1}` }),
      prompt,
      this.form,
      this.verdict,
    );
    if (status.state === 'closed') this.showClosed(status.outcome);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** The puzzle's play area, shown by the screen while this question is being answered. */
  get board(): HTMLElement | null {
    return this.input.board ?? null;
  }

  /** An open question is answerable only once the ones before it are closed. */
  setActive(active: boolean): void {
    if (this.closed) return;
    this.element.classList.toggle('waiting', !active);
    this.input.setEnabled(active);
    this.checkButton.disabled = !active;
    if (!active && !this.verdict.textContent) this.verdict.textContent = 'Answer the question above first.';
    if (active && this.verdict.textContent === 'Answer the question above first.') this.verdict.textContent = '';
  }

  focus(): void {
    this.input.focus();
  }

  showWrong(triesLeft: number, diff?: AnswerDiff): void {
    this.setVerdict('wrong', `✗ Not quite. ${triesLeft === 1 ? '1 try left' : `${triesLeft} tries left`}.`, null);
    if (diff) this.input.showDiff?.(diff);
    this.element.classList.remove('shake');
    void this.element.offsetWidth; // restart the CSS animation
    this.element.classList.add('shake');
  }

  showClosed(outcome: AnswerOutcome): void {
    this.closed = true;
    // the player's own answer stays in view, read-only, above the verdict
    this.input.setEnabled(false);
    this.checkRow.hidden = true;
    this.element.classList.remove('waiting');
    this.element.classList.add(outcome.verdict === 'right' ? 'answered-right' : 'answered-revealed');
    const heading = outcome.verdict === 'right' ? `✓ Right! ${describeAnswer(outcome.correct)}` : `Out of tries. The answer: ${describeAnswer(outcome.correct)}`;
    this.setVerdict(outcome.verdict, heading, outcome.explanation);
  }

  showProblem(problem: string): void {
    this.setVerdict('problem', problem, null);
  }

  private setVerdict(kind: string, heading: string, explanation: string | null): void {
    this.verdict.className = `verdict verdict-${kind}`;
    this.verdict.replaceChildren(el('p', { class: 'verdict-heading', text: heading }));
    if (explanation) this.verdict.append(el('p', { class: 'explanation' }, richText(explanation)));
  }

  private async submit(): Promise<void> {
    const reading = this.input.read();
    if (!reading.ok) {
      this.showProblem(reading.problem);
      return;
    }
    this.checkButton.disabled = true;
    try {
      await this.check(this.question.index, reading.answer);
    } finally {
      if (!this.closed) this.checkButton.disabled = false;
    }
  }
}
