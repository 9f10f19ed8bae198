// The trace file (`engine trace FILE.py` writes one; docs/TRACE-FORMAT.md describes it): the
// same compact form the app keeps in memory, as JSON. Events and small changes stay int arrays,
// records become short arrays indexing one string table, and nothing is a whole heap per step.
// `readTraceFile` turns a file back into a Trace, so any step's snapshot can be rebuilt from it.
import { ChangeLog } from './change-log';
import { Checkpoints } from './checkpoints';
import { EventLog, type EventLogData } from './event-log';
import { applyStep, emptyState, type FrameRecord, type HeapState, type ObjRecord, type StepKind, type StepRecord } from './model';
import { makeRecord } from './records';
import { Trace, type TraceData } from './trace-program';

export const TRACE_FORMAT = 'refquest-trace/2';
const STEP_KINDS: readonly StepKind[] = ['line', 'call', 'return', 'exception'];
/** ints per step in `steps` */
const STEP_STRIDE = 8;

/** [id, kind, type, rc, size, cached (0/1), atom (-1: none), refs, labels (null: positional)]; strings are table indexes */
type ObjRow = [number, number, number, number, number, number, number, number[], number[] | null];
/** [id, name, names, locals, stack, stackLabels, func] */
type FrameRow = [number, number, number[], number[], number[], number[], number];

export interface TraceFile {
  readonly format: typeof TRACE_FORMAT;
  readonly source: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly stopped: string | null;
  readonly stepCount: number;
  /** STEP_STRIDE ints per step: kind, frame, function (string), line, events, changes, objects, frames */
  readonly steps: readonly number[];
  readonly strings: readonly string[];
  readonly objects: readonly ObjRow[];
  readonly frames: readonly FrameRow[];
  readonly events: EventLogData;
  readonly changes: { readonly ints: readonly number[]; readonly names: readonly string[] };
}

class StringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

export function writeTraceFile(trace: Pick<Trace, 'result' | 'stopped'>, data: TraceData, source: string): TraceFile {
  const strings = new StringTable();
  const steps: number[] = [];
  const objects: ObjRow[] = [];
  const frames: FrameRow[] = [];
  for (const s of data.steps) {
    steps.push(STEP_KINDS.indexOf(s.kind), s.frame, strings.of(s.name), s.line, s.eventCount, s.changeCount, s.objects?.length ?? 0, s.frames?.length ?? 0);
    for (const r of s.objects ?? []) {
      objects.push([r.id, strings.of(r.kind), strings.of(r.type), r.rc, r.size, r.cached ? 1 : 0, r.atom === null ? -1 : strings.of(r.atom),
        r.refs.slice(), r.labels === null ? null : r.labels.map((l) => strings.of(l))]);
    }
    for (const f of s.frames ?? []) {
      frames.push([f.id, strings.of(f.name), f.names.map((n) => strings.of(n)), f.locals.slice(), f.stack.slice(), f.stackLabels.map((l) => strings.of(l)), f.func]);
    }
  }
  return {
    format: TRACE_FORMAT,
    source,
    stdout: trace.result.stdout,
    stderr: trace.result.stderr,
    exitCode: trace.result.exitCode,
    stopped: trace.stopped,
    stepCount: data.steps.length,
    steps,
    strings: strings.list,
    objects,
    frames,
    events: data.events.toData(),
    changes: data.changes.toData(),
  };
}

/** A trace file read back; throws an Error naming what is wrong with a file that is not one. */
export function readTraceFile(json: unknown): Trace {
  const file = checkShape(json);
  const str = (i: number, what: string): string => {
    const s = file.strings[i];
    if (typeof s !== 'string') throw new Error(`trace file: ${what} names string ${i}, which the string table lacks`);
    return s;
  };
  const events = EventLog.fromData(file.events);
  const changes = ChangeLog.fromData(file.changes);
  const steps: StepRecord[] = [];
  let firstEvent = 0;
  let changeStart = 0;
  let nextObject = 0;
  let nextFrame = 0;
  for (let i = 0; i < file.stepCount; i++) {
    const o = i * STEP_STRIDE;
    const [kind, frame, name, line, eventCount, changeCount, objectCount, frameCount] = file.steps.slice(o, o + STEP_STRIDE) as number[];
    const stepKind = STEP_KINDS[kind!] as StepKind | undefined;
    if (!stepKind) throw new Error(`trace file: step ${i} has kind ${kind}, not 0..${STEP_KINDS.length - 1}`);
    const objects = file.objects.slice(nextObject, nextObject += objectCount!).map((row) => objectRecord(row, str));
    const frames = file.frames.slice(nextFrame, nextFrame += frameCount!).map((row) => frameRecord(row, str));
    steps.push({
      kind: stepKind, frame: frame!, name: str(name!, `step ${i}`), line: line!,
      firstEvent, eventCount: eventCount!,
      objects: objects.length ? objects : null, frames: frames.length ? frames : null,
      changeStart, changeCount: changeCount!,
    });
    firstEvent += eventCount!;
    changeStart += changeCount!;
  }
  if (firstEvent !== events.count) throw new Error(`trace file: the steps account for ${firstEvent} events but events holds ${events.count}`);
  if (changeStart !== changes.count) throw new Error(`trace file: the steps account for ${changeStart} changes but changes holds ${changes.count}`);
  if (nextObject !== file.objects.length || nextFrame !== file.frames.length) throw new Error('trace file: the steps do not account for every object and frame record');
  const checkpoints = new Checkpoints();
  const cur: HeapState = emptyState();
  steps.forEach((s, i) => {
    applyStep(cur, s, changes);
    checkpoints.stepped(i, s, cur);
  });
  const data: TraceData = { steps, events, changes, checkpoints, liveStates: new Map() };
  return new Trace({ stdout: file.stdout, stderr: file.stderr, exitCode: file.exitCode as Trace['result']['exitCode'] }, file.stopped, data, file.source.split('\n'));
}

function objectRecord(row: ObjRow, str: (i: number, what: string) => string): ObjRecord {
  const [id, kind, type, rc, size, cached, atom, refs, labels] = row;
  const what = `object ${id}`;
  return makeRecord(id, str(kind, what) as ObjRecord['kind'], str(type, what), rc, size, cached === 1, atom < 0 ? null : str(atom, what),
    refs, labels === null ? null : labels.map((l) => str(l, what)));
}

function frameRecord(row: FrameRow, str: (i: number, what: string) => string): FrameRecord {
  const [id, name, names, locals, stack, stackLabels, func] = row;
  const what = `frame ${id}`;
  return { id, name: str(name, what), names: names.map((n) => str(n, what)), locals, stack, stackLabels: stackLabels.map((l) => str(l, what)), func };
}

function checkShape(json: unknown): TraceFile {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('trace file: not a JSON object');
  const f = json as Record<string, unknown>;
  if (f.format !== TRACE_FORMAT) throw new Error(`trace file: format is ${JSON.stringify(f.format)}, this reader reads ${TRACE_FORMAT}`);
  for (const key of ['source', 'stdout', 'stderr'] as const) if (typeof f[key] !== 'string') throw new Error(`trace file: ${key} is not a string`);
  if (typeof f.exitCode !== 'number' || typeof f.stepCount !== 'number') throw new Error('trace file: exitCode and stepCount must be numbers');
  for (const key of ['steps', 'strings', 'objects', 'frames'] as const) if (!Array.isArray(f[key])) throw new Error(`trace file: ${key} is not an array`);
  const ev = f.events as Record<string, unknown> | undefined;
  const ch = f.changes as Record<string, unknown> | undefined;
  if (!ev || !Array.isArray(ev.ints) || !Array.isArray(ev.holders) || !Array.isArray(ev.strings)) throw new Error('trace file: events needs ints, holders and strings arrays');
  if (!ch || !Array.isArray(ch.ints) || !Array.isArray(ch.names)) throw new Error('trace file: changes needs ints and names arrays');
  if ((f.steps as unknown[]).length !== (f.stepCount as number) * STEP_STRIDE) throw new Error(`trace file: steps holds ${(f.steps as unknown[]).length} ints, not ${STEP_STRIDE} per step for ${f.stepCount} steps`);
  return f as unknown as TraceFile;
}
