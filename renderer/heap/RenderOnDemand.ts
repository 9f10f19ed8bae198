// Drawing only when something changed: the diagram's Pixi application never runs a ticker. A
// change asks for one frame (`invalidate`); a tween or a pulse asks for frames while it runs
// (`animate`, until its step function says it is done). A still diagram costs no CPU at all.

/** What the diagram needs from its renderer: a frame now, or frames while something moves. */
export interface FrameScheduler {
  invalidate(): void;
  /** `step(deltaMs)` runs before each frame until it returns false */
  animate(step: (deltaMs: number) => boolean): void;
}

type RequestFrame = (callback: (now: number) => void) => number;
type CancelFrame = (handle: number) => void;

export class RenderOnDemand implements FrameScheduler {
  private handle = 0;
  private lastFrame = 0;
  private readonly steps = new Set<(deltaMs: number) => boolean>();
  /** frames drawn so far (the benchmark reads it to show that a still diagram draws none) */
  frames = 0;

  constructor(
    private readonly render: () => void,
    private readonly requestFrame: RequestFrame = (cb) => requestAnimationFrame(cb),
    private readonly cancelFrame: CancelFrame = (h) => cancelAnimationFrame(h),
  ) {}

  get animating(): boolean {
    return this.steps.size > 0;
  }

  invalidate(): void {
    if (this.handle === 0) this.handle = this.requestFrame(this.onFrame);
  }

  animate(step: (deltaMs: number) => boolean): void {
    this.steps.add(step);
    this.invalidate();
  }

  /** Stops asking for frames (the view is being destroyed). */
  stop(): void {
    if (this.handle !== 0) this.cancelFrame(this.handle);
    this.handle = 0;
    this.steps.clear();
  }

  private readonly onFrame = (now: number): void => {
    this.handle = 0;
    // the first frame of an animation advances it by one nominal frame, not by the idle gap
    const delta = this.lastFrame === 0 ? 1000 / 60 : Math.min(100, now - this.lastFrame);
    for (const step of [...this.steps]) if (!step(delta)) this.steps.delete(step);
    this.render();
    this.frames++;
    if (this.steps.size > 0) {
      this.lastFrame = now;
      this.handle = this.requestFrame(this.onFrame);
    } else {
      this.lastFrame = 0;
    }
  };
}
