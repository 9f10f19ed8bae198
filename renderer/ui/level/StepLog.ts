// What happened during the replay's current step, in the engine's own words.
import { el, richText } from '../../utils/dom';
import type { StepInfo } from '../../utils/traceStep';

export class StepLog {
  readonly element = el('section', { class: 'step-log', 'aria-label': 'What happened in this step' });
  private message: string | null = null;

  show(step: StepInfo | null): void {
    if (this.message !== null) return;
    if (!step) {
      this.element.replaceChildren(el('p', { class: 'muted', text: 'Answer a question to unlock the replay of what happens in memory.' }));
      return;
    }
    const items = step.explanations.length > 0 ? step.explanations : ['Nothing changes in memory on this step.'];
    this.element.replaceChildren(el('ul', {}, ...items.map((text) => el('li', {}, richText(text)))));
  }

  /** A lasting message instead of the events (the replay cannot be read). */
  showMessage(message: string): void {
    this.message = message;
    this.element.replaceChildren(el('p', { class: 'muted', text: message }));
  }
}
