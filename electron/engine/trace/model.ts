// The trace's stored shapes (what the recorder keeps per step) and the public snapshot shapes
// (what the game renders and grades with). Stored records are shared between steps, checkpoints
// and states, so memory grows with changes only. A state edits a record in place only when it
// owns it (see `own`): the first edit after a share copies it, so a big list appended to at
// every step is copied once per checkpoint, not once per step.
import type { PyObj } from '../runtime/objects';
import type { FreeCause } from './recorder';
import { Change, type ChangeLog } from './change-log';

/** One object's state from some step on. */
export interface ObjRecord {
  readonly id: number;
  readonly kind: PyObj['kind'];
  /** the Python type name (`list`, `Node`, `list_iterator`) */
  readonly type: string;
  /** refcount; meaningless (and not tracked) for cached objects */
  readonly rc: number;
  /** sys.getsizeof */
  readonly size: number;
  readonly cached: boolean;
  /** repr of an object whose repr does not depend on what it refers to (ints, strs, functions...) */
  readonly atom: string | null;
  /** ids of the objects it refers to, one per reference it owns */
  readonly refs: readonly number[];
  /**
   * One label per ref, coded `a:name` attribute, `c:name` class attribute, `f:field`,
   * `g:name` generator local, `s:label` generator stack value; null = positional (list/tuple
   * slot i, set member, dict key/value alternating per entry position: an entry deleted from
   * a dict leaves the pair 0, 0 until the dict is compacted, as CPython's entry table does).
   */
  readonly labels: readonly string[] | null;
  /** the HeapState token allowed to edit this record object in place (0: nobody, it is shared) */
  readonly owner: number;
  /** the HeapState token allowed to edit `refs` in place (0: nobody) */
  readonly refsOwner: number;
}

type OwnedRecord = { -readonly [K in keyof ObjRecord]: ObjRecord[K] } & { refs: number[] };

/** A frame's bindings from some step on. */
export interface FrameRecord {
  readonly id: number;
  /** function name, `<module>` for the main module */
  readonly name: string;
  readonly names: readonly string[];
  /** object id per name, 0 = unbound */
  readonly locals: readonly number[];
  /** evaluation-stack values (hidden holders) and their labels */
  readonly stack: readonly number[];
  readonly stackLabels: readonly string[];
  /** the function being run (a frame owns a reference to it), 0 for none */
  readonly func: number;
}

export type StepKind = 'line' | 'call' | 'return' | 'exception';

/** A place a reference lives, as the game names it. */
export type RefHolder =
  | { readonly kind: 'local'; readonly frame: number; readonly name: string }
  | { readonly kind: 'global'; readonly name: string }
  | { readonly kind: 'hidden'; readonly frame: number; readonly slot: number; readonly label: string }
  | { readonly kind: 'frame-function'; readonly frame: number }
  | { readonly kind: 'item'; readonly owner: number; readonly index: number }
  | { readonly kind: 'set-member'; readonly owner: number }
  | { readonly kind: 'dict-key'; readonly owner: number; readonly key: string }
  | { readonly kind: 'dict-value'; readonly owner: number; readonly key: string }
  | { readonly kind: 'attribute'; readonly owner: number; readonly name: string }
  | { readonly kind: 'field'; readonly owner: number; readonly field: string }
  | { readonly kind: 'generator-local'; readonly owner: number; readonly name: string }
  | { readonly kind: 'generator-stack'; readonly owner: number; readonly slot: number; readonly label: string };

/** An event as stored: explained into words only when read. */
export type RawEvent =
  | { readonly kind: 'allocate'; readonly obj: number; readonly type: string }
  | { readonly kind: 'bind' | 'unbind'; readonly holder: RefHolder; readonly obj: number; readonly type: string; readonly atom: string | null; readonly rc: readonly [number, number] | null }
  | { readonly kind: 'incref' | 'decref'; readonly obj: number; readonly type: string; readonly from: number; readonly to: number }
  | { readonly kind: 'free'; readonly obj: number; readonly type: string; readonly cause: FreeCause }
  | { readonly kind: 'gc-run'; readonly generation: number; readonly found: number; readonly explicit: boolean }
  | { readonly kind: 'output'; readonly text: string }
  | { readonly kind: 'exception'; readonly type: string; readonly message: string };

export type TraceEvent = RawEvent & { readonly explanation: string };

/** What changed during one step (null fields: nothing of that sort). */
export interface StepRecord {
  readonly kind: StepKind;
  readonly frame: number;
  readonly name: string;
  readonly line: number;
  /** the step's events: `eventCount` entries of the trace's EventLog from `firstEvent` */
  readonly firstEvent: number;
  readonly eventCount: number;
  readonly objects: readonly ObjRecord[] | null;
  readonly frames: readonly FrameRecord[] | null;
  /** the small changes (refcounts, globals, frees, frame pushes/pops): entries of the ChangeLog */
  readonly changeStart: number;
  readonly changeCount: number;
}

/** The full state at the end of a step; checkpoints hold one, seeking rebuilds one. */
export interface HeapState {
  readonly objects: Map<number, ObjRecord>;
  readonly frames: Map<number, FrameRecord>;
  /** live frame ids, outermost first */
  readonly order: number[];
  readonly lines: Map<number, number>;
  readonly globals: Map<string, number>;
  /** freed during the step this state ends */
  freedNow: readonly number[];
  /** which records this state may edit in place (see ObjRecord.owner) */
  token: number;
}

let lastToken = 0;

/** A copy sharing every record; neither the copy nor `s` may edit a shared record in place any more. */
export function cloneState(s: HeapState): HeapState {
  s.token = ++lastToken;
  return {
    token: ++lastToken,
    objects: new Map(s.objects),
    frames: new Map(s.frames),
    order: s.order.slice(),
    lines: new Map(s.lines),
    globals: new Map(s.globals),
    freedNow: s.freedNow,
  };
}

export function emptyState(): HeapState {
  return { objects: new Map(), frames: new Map(), order: [], lines: new Map(), globals: new Map(), freedNow: [], token: ++lastToken };
}

/** The record of `id` as one `s` may edit: a shallow copy the first time after it was shared. */
function own(s: HeapState, id: number): OwnedRecord | undefined {
  const r = s.objects.get(id);
  if (!r || r.owner === s.token) return r as OwnedRecord | undefined;
  const copy: OwnedRecord = { ...r, refs: r.refs as number[], owner: s.token };
  s.objects.set(id, copy);
  return copy;
}

function ownRefs(s: HeapState, r: OwnedRecord): number[] {
  if (r.refsOwner !== s.token) {
    r.refs = r.refs.slice();
    r.refsOwner = s.token;
  }
  return r.refs;
}

/** The small changes of a step, as lists (for building a step and for the JSON). */
export interface StepChanges {
  /** flat [id, rc, ...] */
  readonly rcs: readonly number[];
  readonly freed: readonly number[];
  readonly pushed: readonly number[];
  readonly popped: readonly number[];
  /** flat [name, id (0 = deleted), ...] */
  readonly globals: readonly (string | number)[];
  /** flat [object, position, id, ...]: one slot of a big container written */
  readonly slots: readonly number[];
  /** flat [object, length, ...]: a big container shortened */
  readonly lengths: readonly number[];
  /** flat [object, size, ...]: a big container's sys.getsizeof changed */
  readonly sizes: readonly number[];
}

export function writeChanges(log: ChangeLog, c: StepChanges): number {
  const start = log.count;
  for (let i = 0; i < c.rcs.length; i += 2) log.add(Change.Refcount, c.rcs[i]!, c.rcs[i + 1]!);
  for (const id of c.freed) log.add(Change.Freed, id);
  for (const id of c.pushed) log.add(Change.Pushed, id);
  for (const id of c.popped) log.add(Change.Popped, id);
  for (let i = 0; i < c.globals.length; i += 2) log.global(c.globals[i] as string, c.globals[i + 1] as number);
  for (let i = 0; i < c.slots.length; i += 3) log.add(Change.Slot, c.slots[i]!, c.slots[i + 1]!, c.slots[i + 2]!);
  for (let i = 0; i < c.lengths.length; i += 2) log.add(Change.Length, c.lengths[i]!, c.lengths[i + 1]!);
  for (let i = 0; i < c.sizes.length; i += 2) log.add(Change.Size, c.sizes[i]!, c.sizes[i + 1]!);
  return start;
}

export function readChanges(log: ChangeLog, step: StepRecord): StepChanges {
  const c = {
    rcs: [] as number[], freed: [] as number[], pushed: [] as number[], popped: [] as number[], globals: [] as (string | number)[],
    slots: [] as number[], lengths: [] as number[], sizes: [] as number[],
  };
  for (let i = step.changeStart; i < step.changeStart + step.changeCount; i++) {
    switch (log.tag(i)) {
      case Change.Refcount: c.rcs.push(log.a(i), log.b(i)); break;
      case Change.Freed: c.freed.push(log.a(i)); break;
      case Change.Pushed: c.pushed.push(log.a(i)); break;
      case Change.Popped: c.popped.push(log.a(i)); break;
      case Change.Global: c.globals.push(log.name(i), log.b(i)); break;
      case Change.Slot: c.slots.push(log.a(i), log.b(i), log.c(i)); break;
      case Change.Length: c.lengths.push(log.a(i), log.b(i)); break;
      case Change.Size: c.sizes.push(log.a(i), log.b(i)); break;
    }
  }
  return c;
}

/** Moves a state forward over one step's changes (in place). */
export function applyStep(s: HeapState, step: StepRecord, log: ChangeLog): void {
  for (const id of s.freedNow) s.objects.delete(id);
  if (step.objects) for (const r of step.objects) s.objects.set(r.id, r);
  const freed: number[] = [];
  const end = step.changeStart + step.changeCount;
  for (let i = step.changeStart; i < end; i++) {
    switch (log.tag(i)) {
      case Change.Refcount: {
        const r = own(s, log.a(i));
        if (r) r.rc = log.b(i);
        break;
      }
      case Change.Slot: {
        const r = own(s, log.a(i));
        if (r) ownRefs(s, r)[log.b(i)] = log.c(i);
        break;
      }
      case Change.Length: {
        const r = own(s, log.a(i));
        if (r) ownRefs(s, r).length = log.b(i);
        break;
      }
      case Change.Size: {
        const r = own(s, log.a(i));
        if (r) r.size = log.b(i);
        break;
      }
      case Change.Freed: freed.push(log.a(i)); break;
      case Change.Pushed: s.order.push(log.a(i)); break;
      case Change.Popped: break;
      case Change.Global:
        if (log.b(i) === 0) s.globals.delete(log.name(i));
        else s.globals.set(log.name(i), log.b(i));
        break;
    }
  }
  s.freedNow = freed;
  if (step.frames) for (const f of step.frames) s.frames.set(f.id, f);
  for (let i = step.changeStart; i < end; i++) {
    if (log.tag(i) !== Change.Popped) continue;
    const id = log.a(i);
    s.frames.delete(id);
    s.lines.delete(id);
    const k = s.order.lastIndexOf(id);
    if (k >= 0) s.order.splice(k, 1);
  }
  if (s.frames.has(step.frame)) s.lines.set(step.frame, step.line);
}

// ---- public snapshot ----

export type ObjectState = 'reachable' | 'unreachable' | 'freed';

export interface ObjectView {
  readonly id: number;
  readonly type: string;
  readonly repr: string;
  /** null for cached objects, whose count the game never asks */
  readonly refcount: number | null;
  readonly size: number;
  readonly state: ObjectState;
  readonly cached: boolean;
}

export interface HiddenHolder {
  readonly slot: number;
  readonly label: string;
  readonly id: number;
}

export interface FrameView {
  readonly id: number;
  readonly name: string;
  readonly line: number;
  readonly locals: Readonly<Record<string, number>>;
  readonly hidden: readonly HiddenHolder[];
}

export interface Reference {
  readonly holder: RefHolder;
  readonly to: number;
}

export interface Snapshot {
  readonly step: number;
  /** outermost first; the module frame's names are in `globals` */
  readonly frames: readonly FrameView[];
  readonly globals: Readonly<Record<string, number>>;
  readonly objects: readonly ObjectView[];
  readonly references: readonly Reference[];
}
