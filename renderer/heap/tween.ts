// A tiny tween clock: the diagram animates one step at a time, so one progress value (0..1)
// eased per phase is all it needs; no tween library. Driven by whatever calls `advance(ms)`
// (the Pixi ticker in the view, plain numbers in tests).

export const easeInOutCubic = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
export const easeOutBack = (t: number): number => {
  const c1 = 1.4;
  const c3 = c1 + 1;
  return 1 + c3 * (t - 1) ** 3 + c1 * (t - 1) ** 2;
};

export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** Progress of a sub-phase [start, end] (fractions of the whole) at overall progress t, clamped. */
export function phase(t: number, start: number, end: number): number {
  if (t <= start) return 0;
  if (t >= end) return 1;
  return (t - start) / (end - start);
}

export class Tween {
  private elapsed = 0;
  private finished = false;

  constructor(
    private readonly durationMs: number,
    private readonly onUpdate: (t: number) => void,
    private readonly onDone: () => void = () => {},
  ) {}

  get done(): boolean {
    return this.finished;
  }

  /** Moves the clock on; calls onUpdate with progress in 0..1 and onDone once at the end. */
  advance(ms: number): void {
    if (this.finished) return;
    this.elapsed += ms;
    const t = this.durationMs <= 0 ? 1 : Math.min(1, this.elapsed / this.durationMs);
    this.onUpdate(t);
    if (t >= 1) {
      this.finished = true;
      this.onDone();
    }
  }

  /** Jumps to the end state (a new step arrived before this one finished). */
  finish(): void {
    if (this.finished) return;
    this.onUpdate(1);
    this.finished = true;
    this.onDone();
  }
}
