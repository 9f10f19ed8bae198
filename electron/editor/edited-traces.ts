// Traces of the program in the editor, read a page at a time by the step slider. The last
// program's trace is kept: the slider reads many pages of one program, then the code changes.
import { PACK_RUN_MILLIS, PACK_STEP_BUDGET } from '../classroom/limits';
import { traceProgram } from '../engine/trace/trace-program';
import type { Trace } from '../engine/trace/trace-program';
import type { EditorTraceSlice } from './api-types';

export class EditedTraces {
  private last: { readonly code: string; readonly trace: Trace } | null = null;

  slice(code: string, from: number, count: number): EditorTraceSlice {
    const trace = this.traceOf(code);
    const steps = [];
    for (let index = from; index < Math.min(trace.stepCount, from + count); index++) {
      const step = trace.steps[index]!;
      steps.push({ index, data: { index, kind: step.kind, line: step.line, function: step.function, events: step.events, snapshot: trace.snapshot(index) } });
    }
    const ended = trace.result.exitCode === 0;
    return { stepCount: trace.stepCount, steps, stdout: trace.result.stdout, stderr: ended ? '' : trace.result.stderr.trim() };
  }

  private traceOf(code: string): Trace {
    if (this.last?.code !== code) this.last = { code, trace: traceProgram(code, { maxSteps: PACK_STEP_BUDGET, maxMillis: PACK_RUN_MILLIS }) };
    return this.last.trace;
  }
}
