// One trace per program text, shared by the solver and the public view (both read the same
// steps, so the object ids a public question names are the ids of the replay's snapshots).
import { traceProgram, type Trace } from '../../engine/trace/trace-program';

/**
 * The cache is bounded by an estimate of the traces' bytes, not by their number: one long
 * trace can outweigh hundreds of short ones. A step with its events and changed records costs
 * a few hundred bytes in the recorder; the estimate errs high. (In the app the cache lives in an
 * engine worker whose heap is capped anyway; this keeps the worker from reaching that cap.)
 */
const BYTES_PER_STEP = 512;
export const TRACE_CACHE_BYTES = 48 * 1024 * 1024;
const traces = new Map<string, { readonly trace: Trace; readonly bytes: number }>();
let cachedBytes = 0;

export function traceBytes(code: string, trace: Trace): number {
  return code.length * 2 + trace.stepCount * BYTES_PER_STEP;
}

export function cachedTrace(code: string): Trace {
  const known = traces.get(code);
  if (known) {
    // most recently used last, so the oldest is dropped first
    traces.delete(code);
    traces.set(code, known);
    return known.trace;
  }
  const trace = traceProgram(code);
  const bytes = traceBytes(code, trace);
  while (traces.size > 0 && cachedBytes + bytes > TRACE_CACHE_BYTES) {
    const [oldest, entry] = traces.entries().next().value!;
    traces.delete(oldest);
    cachedBytes -= entry.bytes;
  }
  if (bytes <= TRACE_CACHE_BYTES) {
    traces.set(code, { trace, bytes });
    cachedBytes += bytes;
  }
  return trace;
}

/** What the cache holds now (for tests and the hostile-input suite). */
export function traceCacheBytes(): number {
  return cachedBytes;
}

/** One step of a trace as JSON-safe data for the renderer: its events and the snapshot after it. */
export function stepView(trace: Trace, index: number): unknown {
  const s = trace.steps[index];
  if (!s) throw new RangeError(`step ${index} is outside 0..${trace.stepCount - 1}`);
  return { index, kind: s.kind, line: s.line, function: s.function, events: s.events, snapshot: trace.snapshot(index) };
}

/** The step at the end of which line `line` (its first run) has finished; the last step if it never does. */
export function stepAfter(trace: Trace, line: number): number {
  try {
    return trace.stepAfterLine(line);
  } catch {
    return trace.stepCount - 1;
  }
}

/** The first step at which line `line` runs (the step count if it never runs). */
export function firstStepOf(trace: Trace, line: number): number {
  const i = trace.steps.findIndex((s) => s.kind === 'line' && s.line === line);
  return i < 0 ? trace.stepCount : i;
}
