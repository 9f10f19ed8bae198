/**
 * Tracing a program: every step (a line about to run, a call, a return, an exception) with its
 * events, and a snapshot of any step.
 *
 * How it is stored: while the program runs, the VM tells a StepRecorder which objects and
 * frames it touched; at each step boundary the recorder re-reads only those and keeps the
 * records that changed (ObjRecord/FrameRecord, immutable and shared), plus the step's events as
 * data. Every so often (when the changes since the last one outweigh a copy of the live state)
 * it stores a checkpoint: the full state at the end of a step. `snapshot(k)` copies the nearest
 * checkpoint at or before k and applies the following steps' changes, so memory grows with
 * events, not steps × heap, and a seek replays a bounded number of changes.
 *
 * Step k's events are what happened from the start of step k to the start of step k+1;
 * `snapshot(k)` is the state at the end of step k: "after line N runs" is `stepAfterLine(N)`.
 * Objects in a snapshot are 'reachable' (from a frame, a global, a hidden holder, or held by the
 * interpreter itself), 'unreachable' (alive, kept only by cycles: awaiting the collector) or
 * 'freed' (freed during this step). Cached objects (small ints, interned strings, None...) have
 * refcount null: their counts are not the lesson.
 */
import { runSource, type ProgramResult } from '../run';
import { Runtime } from '../runtime/runtime';
import { explainEvents } from './explain';
import { applyStep, cloneState, emptyState, readChanges, type HeapState, type Snapshot, type StepKind, type StepRecord, type TraceEvent } from './model';
import { buildSnapshot } from './snapshot';
import { StepRecorder } from './step-recorder';
import type { EventLog } from './event-log';

export interface TraceOptions {
  readonly maxSteps?: number;
  /** wall-clock budget in ms (default 5 s) */
  readonly maxMillis?: number;
  readonly filename?: string;
  /** test mode: also read the full state afresh every N steps (see Trace.liveSnapshot) */
  readonly sampleLiveEvery?: number;
}

export class TraceStep {
  constructor(
    readonly index: number,
    private readonly record: StepRecord,
    private readonly code: string,
    private readonly log: EventLog,
  ) {}

  get kind(): StepKind { return this.record.kind; }
  get frame(): number { return this.record.frame; }
  /** the function the step runs in (`<module>` for the main program) */
  get function(): string { return this.record.name; }
  get line(): number { return this.record.line; }

  /** The step's events, each with its one-line explanation (written on each read). */
  get events(): TraceEvent[] {
    return explainEvents(this.log.read(this.record.firstEvent, this.record.eventCount), { kind: this.record.kind, name: this.record.name, code: this.code });
  }
}

export class Trace {
  private stepViews: TraceStep[] | null = null;

  constructor(
    readonly result: Pick<ProgramResult, 'stdout' | 'stderr' | 'exitCode'>,
    /** why the run stopped early (a budget), or null */
    readonly stopped: string | null,
    private readonly recorder: StepRecorder,
    private readonly sourceLines: readonly string[],
  ) {}

  /** The steps (made on first use: a trace read only through snapshots never builds them). */
  get steps(): readonly TraceStep[] {
    this.stepViews ??= this.recorder.steps.map((r, i) => new TraceStep(i, r, (this.sourceLines[r.line - 1] ?? '').trim(), this.recorder.events));
    return this.stepViews;
  }

  get stepCount(): number {
    return this.recorder.steps.length;
  }

  /** The state at the end of step `step`, rebuilt from the nearest checkpoint. */
  snapshot(step: number): Snapshot {
    return buildSnapshot(this.stateAt(step), step);
  }

  /** Test mode: the snapshot read afresh from the live heap at `step`, if sampled. */
  liveSnapshot(step: number): Snapshot | undefined {
    const s = this.recorder.liveStates.get(step);
    return s ? buildSnapshot(s, step) : undefined;
  }

  get sampledSteps(): number[] {
    return [...this.recorder.liveStates.keys()];
  }

  /** The last step before line `line` (its `occurrence`-th run) has finished: "after line N". */
  stepAfterLine(line: number, occurrence = 1): number {
    const steps = this.recorder.steps;
    let seen = 0;
    for (let s = 0; s < steps.length; s++) {
      const st = steps[s]!;
      if (st.kind !== 'line' || st.line !== line || ++seen < occurrence) continue;
      for (let t = s + 1; t < steps.length; t++) {
        const next = steps[t]!;
        if ((next.kind === 'line' || next.kind === 'return') && next.frame === st.frame) return t - 1;
      }
      return steps.length - 1;
    }
    throw new RangeError(`line ${line} does not run ${occurrence} time(s)`);
  }

  private stateAt(step: number): HeapState {
    const steps = this.recorder.steps;
    if (!(step >= 0 && step < steps.length)) throw new RangeError(`step ${step} is outside 0..${steps.length - 1}`);
    const cps = this.recorder.checkpoints;
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
    for (let s = best >= 0 ? cps[best]!.step + 1 : 0; s <= step; s++) applyStep(state, steps[s]!, this.recorder.changes);
    return state;
  }

  /** The trace as JSON: per step its events (explained) and what changed, never a whole heap per step. */
  toJSON(): object {
    return {
      format: 'refquest-trace/1',
      stdout: this.result.stdout,
      stderr: this.result.stderr,
      exitCode: this.result.exitCode,
      stopped: this.stopped,
      stepCount: this.stepCount,
      steps: this.steps.map((s, i) => {
        const r = this.recorder.steps[i]!;
        return {
          kind: r.kind, frame: r.frame, function: r.name, line: r.line,
          events: s.events,
          changes: { objects: r.objects, frames: r.frames, ...readChanges(this.recorder.changes, r) },
        };
      }),
    };
  }
}

export function traceProgram(source: string, options: TraceOptions = {}): Trace {
  const lines = source.split('\n');
  let recorder: StepRecorder | null = null;
  const result = runSource(source, {
    maxSteps: options.maxSteps,
    maxMillis: options.maxMillis,
    filename: options.filename,
    onSession: (session) => {
      const rec = new StepRecorder(session.rt, lines, options.sampleLiveEvery ?? 0);
      recorder = rec;
      session.rt.heap.recorder = rec;
      session.rt.onLine = (frame, line) => rec.onLine(frame, line);
    },
  });
  // no session: the program did not compile, so there are no steps
  const rec: StepRecorder = recorder ?? new StepRecorder(new Runtime(), lines);
  rec.finish();
  if (result.session) {
    result.session.rt.heap.recorder = null;
    result.session.rt.onLine = null;
  }
  const stopped = result.exitCode === 3 ? lastLine(result.stderr) : null;
  if (result.exitCode === 1 && result.session && !rec.steps.some((s) => s.kind === 'exception')) {
    const final = lastLine(result.stderr);
    const colon = final.indexOf(': ');
    rec.addFinalException(colon >= 0 ? final.slice(0, colon) : final, colon >= 0 ? final.slice(colon + 2) : '');
  }
  return new Trace({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }, stopped, rec, lines);
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}
