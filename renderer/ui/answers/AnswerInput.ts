// What every answer widget offers the question card.
import type { PlayerAnswer } from '../../../electron/api';

export type AnswerReading = { readonly ok: true; readonly answer: PlayerAnswer } | { readonly ok: false; readonly problem: string };

export interface AnswerInput {
  readonly element: HTMLElement;
  /** the player's answer, or what is still missing */
  read(): AnswerReading;
  setEnabled(enabled: boolean): void;
  /** puts the keyboard focus on the first control */
  focus(): void;
}
