// One trace per program text, shared by the solver and the public view (both read the same
// steps, so the object ids a public question names are the ids of the replay's snapshots).
import { traceProgram, type Trace } from '../../engine/trace/trace-program';

const KEEP = 48;
const traces = new Map<string, Trace>();

export function cachedTrace(code: string): Trace {
  const known = traces.get(code);
  if (known) return known;
  const trace = traceProgram(code);
  if (traces.size >= KEEP) traces.delete(traces.keys().next().value!);
  traces.set(code, trace);
  return trace;
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
