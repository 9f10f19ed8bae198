// The challenge's clock: time left before the deadline (or time spent, without a limit), always
// in view; it tells the screen once when time is up.
import { el } from '../utils/dom';

const two = (n: number) => String(n).padStart(2, '0');

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const clock = `${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`;
  return hours > 0 ? `${hours}:${clock}` : clock;
}

export class ChallengeTimer {
  readonly element = el('span', { class: 'challenge-timer', role: 'timer' });
  private timesUpSent = false;
  private finishedAtMs: number | null = null;

  constructor(
    private readonly startedAtMs: number,
    private readonly deadlineMs: number | null,
    private readonly onTimeUp: () => void,
  ) {
    this.render(Date.now());
  }

  /** The challenge is over: the clock stops at the time it took. */
  stop(finishedAtMs: number): void {
    this.finishedAtMs = finishedAtMs;
    this.element.classList.remove('urgent');
    this.element.classList.add('stopped');
  }

  /** Redraws for `nowMs`; the screen calls it every frame. */
  render(nowMs: number): void {
    if (this.finishedAtMs !== null) {
      const took = formatDuration(this.finishedAtMs - this.startedAtMs);
      this.setText(`✓ ${took}`, `Finished in ${took}`);
      return;
    }
    if (this.deadlineMs === null) {
      this.setText(`◷ ${formatDuration(nowMs - this.startedAtMs)}`, `Time spent ${formatDuration(nowMs - this.startedAtMs)}`);
      return;
    }
    const left = this.deadlineMs - nowMs;
    this.element.classList.toggle('urgent', left < 60_000);
    this.setText(left > 0 ? `◷ ${formatDuration(left)}` : '◷ Time is up', left > 0 ? `Time left ${formatDuration(left)}` : 'Time is up');
    if (left <= 0 && !this.timesUpSent) {
      this.timesUpSent = true;
      this.onTimeUp();
    }
  }

  private setText(text: string, label: string): void {
    if (this.element.textContent !== text) this.element.textContent = text;
    if (this.element.getAttribute('aria-label') !== label) this.element.setAttribute('aria-label', label);
  }
}
