// Where a trace keeps full states, and how a step's state is rebuilt from the nearest one.
// A checkpoint costs a shallow copy of the state (one entry per live object), so one is taken
// once the work recorded since the last (records stored, changes logged) outweighs that copy.
// Seeking then copies one checkpoint and replays at most that much work: bounded by the heap's
// size, never by how many steps the program ran. Memory: one copy per heap's worth of changes,
// so checkpoints add a constant factor to what the changes themselves cost.
import type { ChangeLog } from './change-log';
import { applyStep, cloneState, emptyState, type HeapState, type StepRecord } from './model';

/** Below this much work a copy is not worth keeping: replaying it is as cheap. */
const MIN_WORK = 1024;

export interface Checkpoint {
  readonly step: number;
  readonly state: HeapState;
}

export class Checkpoints {
  readonly list: Checkpoint[] = [];
  private work = 0;

  /** Call after step `index` was applied to `cur`. */
  stepped(index: number, step: StepRecord, cur: HeapState): void {
    this.work += 1 + (step.objects?.length ?? 0) + (step.frames?.length ?? 0) + step.changeCount;
    if (this.work >= Math.max(MIN_WORK, cur.objects.size)) {
      this.list.push({ step: index, state: cloneState(cur) });
      this.work = 0;
    }
  }

  /** The state at the end of `step`, rebuilt from the nearest checkpoint at or before it. */
  stateAt(steps: readonly StepRecord[], changes: ChangeLog, step: number): HeapState {
    if (!(step >= 0 && step < steps.length)) throw new RangeError(`step ${step} is outside 0..${steps.length - 1}`);
    const cps = this.list;
    let lo = 0;
    let hi = cps.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cps[mid]!.step <= step) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const state = best >= 0 ? cloneState(cps[best]!.state) : emptyState();
    for (let s = best >= 0 ? cps[best]!.step + 1 : 0; s <= step; s++) applyStep(state, steps[s]!, changes);
    return state;
  }
}
