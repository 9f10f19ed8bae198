// One question of a challenge: like the level's card, but a challenge never shows the correct
// answer. Under the one-attempt rule the answer is only recorded (the teacher grades it); under
// three tries the player is told right or wrong.
import type { ChallengeQuestionState, ChallengeVerdict, PublicQuestion } from '../../electron/api';
import { AnswerCard, type SendAnswer } from '../ui/level/AnswerCard';

const CLOSED_TEXT: Record<Extract<ChallengeQuestionState, { state: 'closed' }>['verdict'], string> = {
  recorded: '✓ Answer recorded. Your teacher will see it.',
  right: '✓ Right!',
  'out-of-tries': 'Out of tries. Your teacher will see your answers.',
};

export class ChallengeQuestionCard extends AnswerCard {
  constructor(question: PublicQuestion, state: ChallengeQuestionState, oneAttempt: boolean, submit: SendAnswer) {
    super(question, oneAttempt ? 'Submit' : 'Check', submit);
    if (state.state === 'closed') this.close(state.verdict);
  }

  showVerdict(verdict: ChallengeVerdict): void {
    if (verdict.verdict !== 'wrong') {
      this.close(verdict.verdict);
      return;
    }
    this.setVerdict('wrong', `✗ Not quite. ${verdict.triesLeft === 1 ? '1 try left' : `${verdict.triesLeft} tries left`}.`);
  }

  /** Time is up or the challenge is finished: nothing more can be answered. */
  freeze(): void {
    this.input.setEnabled(false);
    this.buttonRow.hidden = true;
  }

  private close(verdict: keyof typeof CLOSED_TEXT): void {
    this.closeAs(verdict === 'out-of-tries' ? 'answered-revealed' : 'answered-right');
    this.setVerdict(verdict === 'out-of-tries' ? 'revealed' : 'right', CLOSED_TEXT[verdict]);
  }
}
