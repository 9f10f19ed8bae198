// One question of a level: its prompt, the answer widget for its kind, a Check button and the
// verdict, with the correct answer and the engine's explanation once it is closed.
import type { AnswerDiff, AnswerOutcome, OtherVersions, PublicQuestion, QuestionStatus } from '../../../electron/api';
import { el, richText } from '../../utils/dom';
import { describeAnswer } from '../../utils/describeAnswer';
import { AnswerCard, type SendAnswer } from './AnswerCard';

export class QuestionCard extends AnswerCard {
  constructor(question: PublicQuestion, status: QuestionStatus, check: SendAnswer) {
    super(question, 'Check', check);
    if (status.state === 'closed') this.showClosed(status.outcome);
  }

  showWrong(triesLeft: number, diff?: AnswerDiff): void {
    this.setVerdict('wrong', `✗ Not quite. ${triesLeft === 1 ? '1 try left' : `${triesLeft} tries left`}.`);
    if (diff) this.input.showDiff?.(diff);
    this.element.classList.remove('shake');
    void this.element.offsetWidth; // restart the CSS animation
    this.element.classList.add('shake');
  }

  showClosed(outcome: AnswerOutcome): void {
    this.closeAs(outcome.verdict === 'right' ? 'answered-right' : 'answered-revealed');
    const heading = outcome.verdict === 'right' ? `✓ Right! ${describeAnswer(outcome.correct)}` : `Out of tries. The answer: ${describeAnswer(outcome.correct)}`;
    this.setVerdict(outcome.verdict, heading, outcome.explanation);
    if (outcome.otherVersions) this.showOtherVersions(outcome.otherVersions);
  }

  /** "In Python 3.10: 4." and the level's reason, under the explanation. */
  private showOtherVersions(others: OtherVersions): void {
    const lines = others.answers.map(({ version, answer }) => `In Python ${version}: ${describeAnswer(answer)}.`);
    this.verdict.append(
      el('div', { class: 'other-versions' },
        el('p', { class: 'other-versions-heading', text: `This answer is CPython 3.11's. ${lines.join(' ')}` }),
        el('p', { class: 'explanation' }, richText(others.note))),
    );
  }
}
