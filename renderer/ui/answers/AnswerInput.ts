// What every answer widget offers the question card.
import type { AnswerDiff, PlayerAnswer } from '../../../electron/api';

export type AnswerReading = { readonly ok: true; readonly answer: PlayerAnswer } | { readonly ok: false; readonly problem: string };

export interface AnswerInput {
  readonly element: HTMLElement;
  /**
   * A puzzle's play area (draw the heap, make this heap), too big for the question card: the
   * level screen shows it over the heap diagram while the question is the one being answered.
   */
  readonly board?: HTMLElement;
  /** the player's answer, or what is still missing */
  read(): AnswerReading;
  setEnabled(enabled: boolean): void;
  /** puts the keyboard focus on the first control */
  focus(): void;
  /** shows what a wrong answer got wrong, for the kinds whose verdict says it */
  showDiff?(diff: AnswerDiff): void;
}
