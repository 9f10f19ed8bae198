// Reads one trace step as the renderer needs it. The payload is the engine's trace format
// (`TraceStepView.data` is `unknown` in the channel map), so it is read defensively.

export interface StepInfo {
  readonly index: number;
  /** the program line this step is at, when the step names one */
  readonly line: number | null;
  /** the function the step runs in, `<module>` for the main program */
  readonly functionName: string | null;
  /** the engine's one-line explanations of what happened during the step */
  readonly explanations: readonly string[];
  /** the heap snapshot for the diagram, when the step carries one */
  readonly snapshot: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function readStep(index: number, data: unknown): StepInfo {
  if (!isRecord(data)) return { index, line: null, functionName: null, explanations: [], snapshot: null };
  const line = typeof data.line === 'number' && data.line > 0 ? data.line : null;
  const functionName = typeof data.function === 'string' ? data.function : typeof data.name === 'string' ? data.name : null;
  const events = Array.isArray(data.events) ? data.events : [];
  const explanations = events.flatMap((event) => (isRecord(event) && typeof event.explanation === 'string' ? [event.explanation] : []));
  const snapshot = isRecord(data.snapshot) ? data.snapshot : 'objects' in data && 'frames' in data ? data : null;
  return { index, line, functionName, explanations, snapshot };
}
