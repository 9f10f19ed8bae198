// "Challenge finished": how much was answered, and the result file to hand to the teacher
// (saved where the person chooses in a Save dialog). Answers, not scores: grading is the teacher's.
import type { ChallengeFinish } from '../../electron/api';
import { callApi, messageOf } from '../utils/api';
import { el } from '../utils/dom';
import { saveFile } from './fileDialogs';

export interface FinishActions {
  back(): void;
}

export class FinishPanel {
  readonly element: HTMLElement;
  private readonly saveButton = el('button', { type: 'button', class: 'primary', text: 'Save result file…' });
  private readonly status = el('p', { class: 'save-status', role: 'status' });

  constructor(
    private readonly finished: ChallengeFinish,
    actions: FinishActions,
  ) {
    const { view } = finished;
    const back = el('button', { type: 'button', class: 'secondary', text: 'Back to classroom' });
    back.addEventListener('click', () => actions.back());
    this.saveButton.addEventListener('click', () => void this.save());
    this.element = el(
      'div',
      { class: 'completion finish-panel', role: 'dialog', 'aria-label': 'Challenge finished' },
      el('h2', { text: 'Challenge finished!' }),
      el('p', { class: 'rating', text: `${view.profileName}, you answered ${view.answeredQuestions} of ${view.totalQuestions} questions.` }),
      el('p', { text: 'Save your result file and hand it to your teacher: it holds your answers, and the teacher’s copy of RefQuest grades them.' }),
      this.status,
      el('div', { class: 'popup-actions' }, back, this.saveButton),
    );
  }

  focus(): void {
    this.saveButton.focus();
  }

  private async save(): Promise<void> {
    this.saveButton.disabled = true;
    try {
      const target = await saveFile('result', this.finished.suggestedFileName);
      if (target === null) return;
      const saved = await callApi('classroom:save-result', { path: target });
      this.status.className = 'save-status saved';
      this.status.textContent = `Saved ${saved.path}`;
    } catch (error) {
      this.status.className = 'save-status form-error';
      this.status.textContent = `The result file was not saved: ${messageOf(error)}`;
    } finally {
      this.saveButton.disabled = false;
    }
  }
}
