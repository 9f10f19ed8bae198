// Back / play / forward / scrub over the replay, limited to the steps the answers unlocked.
import { el } from '../../utils/dom';

export interface StepControlEvents {
  seek(index: number): void;
  togglePlay(): void;
}

export class StepControls {
  readonly element: HTMLElement;
  private readonly back = el('button', { type: 'button', class: 'step-button', 'aria-label': 'Previous step', text: '◀' });
  private readonly play = el('button', { type: 'button', class: 'step-button play', text: 'Play' });
  private readonly forward = el('button', { type: 'button', class: 'step-button', 'aria-label': 'Next step', text: '▶' });
  private readonly scrub = el('input', { type: 'range', min: 0, max: 0, value: 0, 'aria-label': 'Step' });
  private readonly label = el('span', { class: 'step-label', 'aria-live': 'polite' });
  private current = -1;
  private unlocked = 0;

  constructor(private readonly events: StepControlEvents) {
    this.back.addEventListener('click', () => events.seek(this.current - 1));
    this.forward.addEventListener('click', () => events.seek(this.current + 1));
    this.play.addEventListener('click', () => events.togglePlay());
    this.scrub.addEventListener('input', () => events.seek(Number(this.scrub.value)));
    this.element = el('div', { class: 'step-controls', role: 'group', 'aria-label': 'Replay' }, this.back, this.play, this.forward, this.scrub, this.label);
  }

  /** Shows step `current` of the `unlocked` readable ones, at program line `line`. */
  render(current: number, unlocked: number, line: number | null, playing: boolean): void {
    this.current = current;
    this.unlocked = unlocked;
    this.scrub.max = String(Math.max(0, unlocked - 1));
    this.scrub.value = String(Math.max(0, current));
    this.scrub.disabled = unlocked < 2;
    this.back.disabled = current <= 0;
    this.forward.disabled = current >= unlocked - 1;
    this.play.disabled = unlocked < 2;
    this.play.textContent = playing ? 'Pause' : 'Play';
    this.label.textContent =
      unlocked === 0 ? 'The replay opens as you answer' : `Step ${current + 1} of ${unlocked}${line !== null ? ` · after line ${line}` : ''}`;
  }

  get atEnd(): boolean {
    return this.current >= this.unlocked - 1;
  }
}
