// A replay's data for the classroom screens: trace steps read from main a page at a time (a
// challenge's level through classroom:trace, the editor's program through editor:trace), and
// the step being shown.
import type { TraceStepView } from '../../electron/api';
import { readStep } from '../utils/traceStep';
import type { StepInfo } from '../utils/traceStep';

const PAGE = 200;

/** Reads steps [from, from + count); returns fewer at the end of what may be read. */
export type StepPager = (from: number, count: number) => Promise<readonly TraceStepView[]>;

export class PagedTrace {
  private readonly steps: StepInfo[] = [];
  private readable = 0;
  private current = -1;

  constructor(private readonly pager: StepPager) {}

  get readableSteps(): number {
    return this.readable;
  }

  get index(): number {
    return this.current;
  }

  get step(): StepInfo | null {
    return this.steps[this.current] ?? null;
  }

  /** Reads up to `readable` steps; returns how many were readable before. */
  async sync(readable: number): Promise<number> {
    const before = this.readable;
    let from = this.steps.length;
    while (from < readable) {
      const page = await this.pager(from, Math.min(PAGE, readable - from));
      for (const step of page) this.steps[step.index] = readStep(step.index, step.data);
      if (page.length === 0) break;
      from = this.steps.length;
    }
    this.readable = Math.min(readable, this.steps.length);
    if (this.current >= this.readable) this.current = this.readable - 1;
    return before;
  }

  /** Moves to step `index`, clamped to what is readable. */
  seek(index: number): StepInfo | null {
    this.current = this.readable === 0 ? -1 : Math.max(0, Math.min(this.readable - 1, index));
    return this.step;
  }

  /** The last readable step that satisfies `test`, or -1. */
  lastStepWhere(test: (step: StepInfo) => boolean): number {
    for (let index = this.readable - 1; index >= 0; index--) {
      const step = this.steps[index];
      if (step && test(step)) return index;
    }
    return -1;
  }
}
