// The dev page's `window.heapDev`, as the Node-side screenshot and benchmark scripts see it.
// Free of DOM and Pixi types so both tsconfigs (node and web) can import it.

export interface FirstDrawTimings {
  /** snapshot -> diagram model */
  readonly modelMs: number;
  /** ELK layered layout */
  readonly layoutMs: number;
  /** creating the Pixi boxes, texts and arrows */
  readonly applyMs: number;
  /** Application.render + gl.finish */
  readonly drawMs: number;
  readonly totalMs: number;
  readonly objects: number;
  readonly edges: number;
}

export interface FrameStats {
  readonly frames: number;
  readonly meanMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** CPU time inside Application.render per frame (the tween update runs in the ticker before it) */
  readonly renderMeanMs: number;
  /** CPU time of the diagram's per-frame update (tween, node moves, arrow rebuild) */
  readonly updateMeanMs: number;
  /** showSnapshot(animate) from call to settled: layout + the whole animation */
  readonly totalMs: number;
  /** objects entering, leaving, moving in the animated step */
  readonly changes: { readonly enter: number; readonly exit: number; readonly move: number };
}

export interface ScrubStats {
  readonly steps: number;
  /** per step: snapshot -> model -> layout -> Pixi update -> the frame drawn */
  readonly meanMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

export interface HeapDev {
  readonly ready: Promise<void>;
  show(name: string, step: number, animate: boolean): Promise<void>;
  pick(objectIds: readonly number[], selected: readonly number[], highlighted: readonly number[]): void;
  /** a fresh view, timed: build + layout + first draw of one snapshot */
  timeFirstDraw(name: string, step: number): Promise<FirstDrawTimings>;
  /** frames the diagram drew during `ms` of standing still (on demand: 0) */
  idleFrames(ms: number): Promise<number>;
  /** shows `count` steps after `from` one after another, each drawn before the next (a scrub) */
  timeScrub(name: string, from: number, count: number): Promise<ScrubStats>;
  /** frame intervals while animating from `step` to `step + 1` */
  timeAnimation(name: string, step: number): Promise<FrameStats>;
}

export interface DevWindow {
  readonly heapDev: HeapDev;
}
