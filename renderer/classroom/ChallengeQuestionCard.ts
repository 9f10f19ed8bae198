// One question of a challenge: like the level's card, but a challenge never shows the correct
// answer. Under the one-attempt rule the answer is only recorded (the teacher grades it); under
// three tries the player is told right or wrong.
import type { ChallengeQuestionState, ChallengeVerdict, PlayerAnswer, PublicQuestion } from '../../electron/api';
import type { AnswerInput } from '../ui/answers/AnswerInput';
import { createAnswerInput } from '../ui/answers/createAnswerInput';
import { el, richText } from '../utils/dom';

export type SubmitAnswer = (question: number, answer: PlayerAnswer) => Promise<void>;

const WAITING = 'Answer the question above first.';

const CLOSED_TEXT: Record<Extract<ChallengeQuestionState, { state: 'closed' }>['verdict'], string> = {
  recorded: '✓ Answer recorded. Your teacher will see it.',
  right: '✓ Right!',
  'out-of-tries': 'Out of tries. Your teacher will see your answers.',
};

export class ChallengeQuestionCard {
  readonly element: HTMLElement;
  private readonly input: AnswerInput;
  private readonly submitButton: HTMLButtonElement;
  private readonly verdict = el('div', { class: 'verdict', role: 'status' });
  private readonly submitRow: HTMLElement;
  private closed = false;

  constructor(
    readonly question: PublicQuestion,
    state: ChallengeQuestionState,
    oneAttempt: boolean,
    private readonly submit: SubmitAnswer,
  ) {
    this.input = createAnswerInput(question);
    this.submitButton = el('button', { type: 'submit', class: 'check', text: oneAttempt ? 'Submit' : 'Check' });
    const prompt = el('p', { class: 'prompt' });
    prompt.append(richText(question.prompt));
    this.submitRow = el('div', { class: 'row' }, this.submitButton);
    const form = el('form', { class: 'question-form' }, this.input.element, this.submitRow);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    this.element = el(
      'article',
      { class: 'question-card', 'aria-label': `Question ${question.index + 1}` },
      el('h3', { text: `Question ${question.index + 1}` }),
      prompt,
      form,
      this.verdict,
    );
    if (state.state === 'closed') this.close(state.verdict);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** a puzzle question's board (drawn over the heap diagram while this question is open) */
  get board(): HTMLElement | null {
    return this.input.board ?? null;
  }

  setActive(active: boolean): void {
    if (this.closed) return;
    this.element.classList.toggle('waiting', !active);
    this.input.setEnabled(active);
    this.submitButton.disabled = !active;
    if (!active && !this.verdict.textContent) this.setVerdict('problem', WAITING);
    if (active && this.verdict.textContent === WAITING) this.setVerdict('problem', '');
  }

  focus(): void {
    this.input.focus();
  }

  showVerdict(verdict: ChallengeVerdict): void {
    if (verdict.verdict !== 'wrong') {
      this.close(verdict.verdict);
      return;
    }
    this.setVerdict('wrong', `✗ Not quite. ${verdict.triesLeft === 1 ? '1 try left' : `${verdict.triesLeft} tries left`}.`);
  }

  showProblem(problem: string): void {
    this.setVerdict('problem', problem);
  }

  /** Time is up or the challenge is finished: nothing more can be answered. */
  freeze(): void {
    this.input.setEnabled(false);
    this.submitRow.hidden = true;
  }

  private close(verdict: keyof typeof CLOSED_TEXT): void {
    this.closed = true;
    this.freeze();
    this.element.classList.remove('waiting');
    this.element.classList.add(verdict === 'out-of-tries' ? 'answered-revealed' : 'answered-right');
    this.setVerdict(verdict === 'out-of-tries' ? 'revealed' : 'right', CLOSED_TEXT[verdict]);
  }

  private setVerdict(kind: string, text: string): void {
    this.verdict.className = `verdict verdict-${kind}`;
    this.verdict.replaceChildren(...(text ? [el('p', { class: 'verdict-heading', text })] : []));
  }

  private async send(): Promise<void> {
    const reading = this.input.read();
    if (!reading.ok) {
      this.showProblem(reading.problem);
      return;
    }
    this.submitButton.disabled = true;
    try {
      await this.submit(this.question.index, reading.answer);
    } finally {
      if (!this.closed) this.submitButton.disabled = false;
    }
  }
}
