// The frame every question card shares (a campaign level, a challenge, a test run): the prompt,
// the answer widget for the question's kind, the submit button and the verdict, and the rule that
// only the first open question takes answers.
import type { PlayerAnswer, PublicQuestion } from '../../../electron/api';
import { el, richText } from '../../utils/dom';
import type { AnswerInput } from '../answers/AnswerInput';
import { createAnswerInput } from '../answers/createAnswerInput';

export type SendAnswer = (question: number, answer: PlayerAnswer) => Promise<void>;

const WAITING = 'Answer the question above first.';

export abstract class AnswerCard {
  readonly element: HTMLElement;
  protected readonly input: AnswerInput;
  protected readonly button: HTMLButtonElement;
  protected readonly buttonRow: HTMLElement;
  protected readonly verdict = el('div', { class: 'verdict', role: 'status' });
  protected closed = false;

  constructor(
    readonly question: PublicQuestion,
    buttonText: string,
    private readonly send: SendAnswer,
  ) {
    this.input = createAnswerInput(question);
    this.button = el('button', { type: 'submit', class: 'check', text: buttonText });
    const prompt = el('p', { class: 'prompt' });
    prompt.append(richText(question.prompt));
    this.buttonRow = el('div', { class: 'row' }, this.button);
    const form = el('form', { class: 'question-form' }, this.input.element, this.buttonRow);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.element = el(
      'article',
      { class: 'question-card', 'aria-label': `Question ${question.index + 1}` },
      el('h3', { text: `Question ${question.index + 1}` }),
      prompt,
      form,
      this.verdict,
    );
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
    this.button.disabled = !active;
    if (!active && !this.verdict.textContent) this.verdict.textContent = WAITING;
    if (active && this.verdict.textContent === WAITING) this.verdict.textContent = '';
  }

  focus(): void {
    this.input.focus();
  }

  showProblem(problem: string): void {
    this.setVerdict('problem', problem);
  }

  /** Read-only from now on, with the verdict's look (the player's answer stays in view). */
  protected closeAs(look: 'answered-right' | 'answered-revealed'): void {
    this.closed = true;
    this.input.setEnabled(false);
    this.buttonRow.hidden = true;
    this.element.classList.remove('waiting');
    this.element.classList.add(look);
  }

  protected setVerdict(kind: string, heading: string, explanation: string | null = null): void {
    this.verdict.className = `verdict verdict-${kind}`;
    this.verdict.replaceChildren(...(heading ? [el('p', { class: 'verdict-heading', text: heading })] : []));
    if (explanation) this.verdict.append(el('p', { class: 'explanation' }, richText(explanation)));
  }

  private async submit(): Promise<void> {
    const reading = this.input.read();
    if (!reading.ok) {
      this.showProblem(reading.problem);
      return;
    }
    this.button.disabled = true;
    try {
      await this.send(this.question.index, reading.answer);
    } finally {
      if (!this.closed) this.button.disabled = false;
    }
  }
}
