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
import { writeTraceFile, type TraceFile } from './trace-file';
import { type HeapState, type Snapshot, type StepKind, type StepRecord, type TraceEvent } from './model';
import type { Checkpoints } from './checkpoints';
import type { ChangeLog } from './change-log';
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
  /** test mode: as sampleLiveEvery, for the steps this picks (random steps, say) */
  readonly sampleLive?: (step: number) => boolean;
}

/** What a trace is made of: the recorder's output, or a trace file read back (trace-file.ts). */
export interface TraceData {
  readonly steps: readonly StepRecord[];
  readonly events: EventLog;
  readonly changes: ChangeLog;
  readonly checkpoints: Checkpoints;
  /** test mode: states read afresh from the heap at sampled steps */
  readonly liveStates: ReadonlyMap<number, HeapState>;
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
    private readonly data: TraceData,
    private readonly sourceLines: readonly string[],
  ) {}

  /** The steps (made on first use: a trace read only through snapshots never builds them). */
  get steps(): readonly TraceStep[] {
    this.stepViews ??= this.data.steps.map((r, i) => new TraceStep(i, r, (this.sourceLines[r.line - 1] ?? '').trim(), this.data.events));
    return this.stepViews;
  }

  get stepCount(): number {
    return this.data.steps.length;
  }

  /** The state at the end of step `step`, rebuilt from the nearest checkpoint. */
  snapshot(step: number): Snapshot {
    return buildSnapshot(this.stateAt(step), step);
  }

  /** Test mode: the snapshot read afresh from the live heap at `step`, if sampled. */
  liveSnapshot(step: number): Snapshot | undefined {
    const s = this.data.liveStates.get(step);
    return s ? buildSnapshot(s, step) : undefined;
  }

  get sampledSteps(): number[] {
    return [...this.data.liveStates.keys()];
  }

  /** The last step before line `line` (its `occurrence`-th run) has finished: "after line N". */
  stepAfterLine(line: number, occurrence = 1): number {
    const steps = this.data.steps;
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
    return this.data.checkpoints.stateAt(this.data.steps, this.data.changes, step);
  }

  /** The trace file (trace-file.ts, docs/TRACE-FORMAT.md): the compact form this trace keeps, as JSON. */
  toJSON(): TraceFile {
    return writeTraceFile(this, this.data, this.sourceLines.join('\n'));
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
      const every = options.sampleLiveEvery ?? 0;
      const sample = options.sampleLive ?? (every > 0 ? (step: number) => step % every === 0 : null);
      const rec = new StepRecorder(session.rt, lines, sample);
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
