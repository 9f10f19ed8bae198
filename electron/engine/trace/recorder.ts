// What the runtime tells a trace recorder. The runtime only reports *which* objects and frames
// changed; the recorder reads their state at the end of the step and stores the differences,
// so plain runs (no recorder) pay nothing but a null check.
import type { PyObj } from '../runtime/objects';
import type { Frame } from '../vm/frame';

export type FreeCause = 'refcount' | 'gc';

export interface Recorder {
  allocated(obj: PyObj): void;
  /** an object's contents changed (its refcount may have too) */
  touched(obj: PyObj): void;
  /**
   * A list's items (or a dict's entry positions, holes included) changed only from position
   * `from` on; if its length did not change, only before `to`. Lets the recorder compare just
   * those positions instead of re-reading the whole container.
   */
  touchedAt(obj: PyObj, from: number, to: number): void;
  /** only an object's refcount changed (incref/decref): cheaper to record than a content change */
  counted(obj: PyObj): void;
  freed(obj: PyObj, cause: FreeCause): void;
  /** a frame's local names or hidden holders changed */
  frameTouched(frame: Frame): void;
  framePushed(frame: Frame): void;
  framePopped(frame: Frame): void;
  output(text: string): void;
  gcRan(generation: number, found: number): void;
  /** an exception is propagating through `frame` (called once per frame it passes) */
  raised?(frame: Frame, exc: PyObj): void;
}
