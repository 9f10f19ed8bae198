// The replay's data: the trace steps the player may read so far, fetched from main in pages as
// answers unlock more of them, and the step being shown.
import { callApi } from './api';
import { readStep } from './traceStep';
import type { StepInfo } from './traceStep';

const PAGE = 200;

export class TraceReplay {
  private readonly steps: StepInfo[] = [];
  private unlocked = 0;
  private current = -1;
  fullyUnlocked = false;

  constructor(private readonly levelId: string) {}

  get unlockedSteps(): number {
    return this.unlocked;
  }

  get index(): number {
    return this.current;
  }

  get step(): StepInfo | null {
    return this.steps[this.current] ?? null;
  }

  /** Fetches the steps main now allows up to `unlocked`; returns how many were readable before. */
  async sync(unlocked: number): Promise<number> {
    const before = this.unlocked;
    let from = this.steps.length;
    while (from < unlocked) {
      const slice = await callApi('levels:trace', { levelId: this.levelId, from, count: Math.min(PAGE, unlocked - from) });
      for (const step of slice.steps) this.steps[step.index] = readStep(step.index, step.data);
      this.fullyUnlocked = slice.fullyUnlocked;
      if (slice.steps.length === 0) break;
      from = this.steps.length;
    }
    this.unlocked = Math.min(unlocked, this.steps.length);
    if (this.current >= this.unlocked) this.current = this.unlocked - 1;
    return before;
  }

  /** Moves to step `index`, clamped to what is unlocked; returns the step shown. */
  seek(index: number): StepInfo | null {
    this.current = this.unlocked === 0 ? -1 : Math.max(0, Math.min(this.unlocked - 1, index));
    return this.step;
  }
}
