// The recorder the VM reports to while a traced program runs. During a step it only notes
// which objects and frames changed (Set adds), and for big lists and dicts which positions; when
// the step ends it re-reads just those, stores the records that differ (a big container's as the
// slots written), derives the step's bind/unbind/refcount events from the differences, and once
// the work since the last checkpoint outweighs a copy of the state, stores a checkpoint.
import { Flag, type PyDict, type PyInstance, type PyList, type PyObj } from '../runtime/objects';
import type { SharedKeys } from '../values/dict-table';
import type { Runtime } from '../runtime/runtime';
import type { Frame } from '../vm/frame';
import { isNull } from '../vm/null';
import { atomOf, encodeRefs, frameName, isOpaque, sizeOfSafe, slotNames, stackLabel, typeName, type HiddenDicts } from './encode';
import { holderFor } from './holders';
import { applyStep, emptyState, writeChanges, type StepChanges, type FrameRecord, type HeapState, type ObjRecord, type RawEvent, type RefHolder, type StepKind, type StepRecord } from './model';
import type { FreeCause, Recorder } from './recorder';
import { EventLog } from './event-log';
import { ChangeLog } from './change-log';
import { Checkpoints } from './checkpoints';
import { compareSlots, isSlotRecorded, type SlotSink } from './container-slots';
import { exceptionMessage, isImmutableAtom, makeRecord, occurrence, sameFrame, sameNumbers, sameStrings } from './records';

/** Beyond this many changed references in one object in one step, the rest show as refcount events only. */
const MAX_REF_EVENTS_PER_OBJECT = 3;
const NO_EVENTS: readonly RawEvent[] = Object.freeze([]);
/** Records of objects holding nothing share these (most records are ints and strs). */
const EMPTY_REFS: number[] = Object.freeze([]) as unknown as number[];
const EMPTY_LABELS: readonly string[] = Object.freeze([]);
const shareEmpty = (labels: readonly string[] | null): readonly string[] | null => (labels !== null && labels.length === 0 ? EMPTY_LABELS : labels);
/** A reference's target id; a dict hole's NULL is 0. */
const idOf = (t: PyObj): number => (isNull(t) ? 0 : t.id);

/** A reference that appeared or went away during a step; typed once the step's records exist. */
interface RefDiff {
  readonly kind: 'bind' | 'unbind';
  readonly holder: RefHolder;
  readonly obj: number;
}

interface OpenStep {
  readonly kind: StepKind;
  readonly frame: Frame;
  readonly line: number;
}

export class StepRecorder implements Recorder {
  readonly steps: StepRecord[] = [];
  readonly events = new EventLog();
  readonly changes = new ChangeLog();
  readonly checkpoints = new Checkpoints();
  /** test mode: full states read afresh from the heap at sampled steps */
  readonly liveStates = new Map<number, HeapState>();
  /** the state at the end of the last closed step */
  private readonly cur = emptyState();
  /** objects with a record in `cur` (their previous state is `cur.objects.get(id)`) */
  private readonly live = new Set<PyObj>();
  /** records made this step (new contents, freed objects), not yet applied to `cur` */
  private readonly stepById = new Map<number, ObjRecord>();
  private readonly contentDirty = new Set<PyObj>();
  /** for dirty containers the VM said which positions changed: [from, to] (absent: all of it) */
  private readonly dirtyRange = new Map<PyObj, [number, number]>();
  /** objects whose count changed this step, with repeats (an array push is cheaper than a Set add) */
  private readonly rcDirty: PyObj[] = [];
  private readonly frameRecs = new Map<Frame, FrameRecord>();
  private readonly frameDirty = new Set<Frame>();
  private readonly liveFrames = new Set<Frame>();
  private readonly hiddenOwners = new Map<PyDict, PyObj | null>();
  /** per class's shared keys, the materialized instance dicts that use them */
  private readonly splitDicts = new Map<SharedKeys, Set<PyDict>>();
  private readonly namespaceFrames = new Map<PyDict, Frame>();
  private readonly globalsNow = new Map<string, number>();
  private globalsDict: PyDict | null = null;
  private globalsDirty = false;
  private freedNow: ObjRecord[] = [];
  /** objects freed this step whose last record still describes them (no new record needed) */
  private readonly freedReused = new Set<number>();
  private allocatedNow: PyObj[] = [];
  private readonly allocatedSet = new Set<PyObj>();
  private readonly rcChange = new Map<number, [number, number]>();
  /** holders of names are shared between events (a loop rebinds the same name every turn) */
  private readonly nameHolders = new Map<string, RefHolder>();
  private pushedNow: Frame[] = [];
  private poppedNow: Frame[] = [];
  private log: RawEvent[] = [];
  private open: OpenStep | null = null;
  private readonly hidden: HiddenDicts = {
    owner: (d) => this.hiddenOwners.get(d),
    hide: (d, owner) => {
      if (owner === null) this.hiddenOwners.delete(d);
      else this.hiddenOwners.set(d, owner);
    },
    running: (f) => this.liveFrames.has(f),
    stackLabel: (f, slot, v) => {
      const seen = this.stackSeen.get(f);
      return seen && seen.ids[slot] === v.id ? seen.labels[slot]! : stackLabel(v, f.line, null);
    },
  };
  /** per frame, the stack values last read and their labels (labels name where a value appeared) */
  private readonly stackSeen = new WeakMap<Frame, { ids: readonly number[]; labels: readonly string[] }>();

  constructor(
    private readonly rt: Runtime,
    private readonly sourceLines: readonly string[],
    /** test mode: which steps to also read afresh from the heap */
    private readonly sampleLive: ((step: number) => boolean) | null = null,
  ) {}

  // ---- what the VM reports ----

  allocated(obj: PyObj): void {
    this.contentDirty.add(obj);
    // a new instance shrinks its class's shared keys, so every split __dict__ of the class changes size
    if (obj.kind === 'instance' && obj.cls.sharedKeys) {
      const dicts = this.splitDicts.get(obj.cls.sharedKeys);
      if (dicts) for (const d of dicts) if (this.live.has(d)) this.contentDirty.add(d);
    }
    this.allocatedNow.push(obj);
    this.allocatedSet.add(obj);
  }

  touched(obj: PyObj): void {
    if (obj.kind === 'dict' && this.isHiddenDict(obj)) {
      this.hiddenChanged(obj);
      return;
    }
    if (this.live.has(obj)) {
      this.contentDirty.add(obj);
      if (this.dirtyRange.size) this.dirtyRange.delete(obj);
    }
  }

  touchedAt(obj: PyObj, from: number, to: number): void {
    if (obj.kind === 'dict' && this.isHiddenDict(obj)) {
      this.hiddenChanged(obj);
      return;
    }
    if (!this.live.has(obj)) return;
    const range = this.dirtyRange.get(obj);
    if (range) {
      if (from < range[0]) range[0] = from;
      if (to > range[1]) range[1] = to;
    } else if (!this.contentDirty.has(obj)) {
      this.contentDirty.add(obj);
      this.dirtyRange.set(obj, [from, to]);
    }
  }

  counted(obj: PyObj): void {
    if (!(obj.flags & Flag.Cached)) this.rcDirty.push(obj);
  }

  freed(obj: PyObj, cause: FreeCause): void {
    if (obj.kind === 'dict' && this.isHiddenDict(obj)) {
      this.hiddenOwners.delete(obj);
      this.namespaceFrames.delete(obj);
      return;
    }
    const prev = this.live.has(obj) ? this.cur.objects.get(obj.id) : undefined;
    this.live.delete(obj);
    if (obj.kind === 'dict') for (const dicts of this.splitDicts.values()) dicts.delete(obj);
    const { targets, labels } = encodeRefs(obj, this.hidden);
    const ids = targets.length ? targets.map(idOf) : EMPTY_REFS;
    const size = sizeOfSafe(this.rt, obj);
    if (prev && prev.size === size && sameNumbers(prev.refs, ids) && sameStrings(prev.labels, labels)) {
      // unchanged since its last record: that record shows it freed, with a refcount of 0
      this.freedNow.push(prev);
      this.freedReused.add(prev.id);
      this.stepById.set(prev.id, prev);
    } else {
      const rec = makeRecord(obj.id, obj.kind, typeName(obj), 0, size, false, prev?.atom ?? atomOf(this.rt, obj), ids, shareEmpty(labels));
      this.freedNow.push(rec);
      this.stepById.set(rec.id, rec);
    }
    if (prev) this.freedPrevRc.set(obj.id, prev.rc);
    for (const t of targets) this.ensureKnown(t);
    this.log.push({ kind: 'free', obj: obj.id, type: typeName(obj), cause });
  }

  private readonly freedPrevRc = new Map<number, number>();

  frameTouched(frame: Frame): void {
    // the module frame's names are the globals; its stack (loop iterators) is checked by depth
    if (frame.namespace !== null && frame.namespace === this.globalsDict) this.globalsDirty = true;
    else this.frameDirty.add(frame);
  }

  framePushed(frame: Frame): void {
    // a resumed generator's frame already holds the sent value: the closing step shows it
    if (frame.generator && this.live.has(frame.generator)) this.contentDirty.add(frame.generator);
    // a class body's namespace was made by the step that calls it: hidden before that step closes
    if (frame.namespace !== null && frame.namespace !== frame.globals) {
      this.namespaceFrames.set(frame.namespace, frame);
      this.hiddenOwners.set(frame.namespace, null);
    }
    this.closeStep();
    if (this.globalsDict === null && frame.code.kind === 'module') {
      this.globalsDict = frame.globals;
      this.hiddenOwners.set(frame.globals, null);
      this.globalsDirty = true;
      // the interpreter's own setup (the module's __name__...) is not the program's doing
      this.allocatedNow = [];
      this.allocatedSet.clear();
    }
    this.liveFrames.add(frame);
    this.pushedNow.push(frame);
    this.frameDirty.add(frame);
    if (frame.generator) this.contentDirty.add(frame.generator);
    this.open = { kind: 'call', frame, line: frame.line };
  }

  framePopped(frame: Frame): void {
    this.closeStep();
    this.liveFrames.delete(frame);
    this.poppedNow.push(frame);
    if (frame.generator) this.contentDirty.add(frame.generator);
    this.open = { kind: 'return', frame, line: frame.line };
  }

  onLine(frame: Frame, line: number): void {
    this.closeStep();
    this.open = { kind: 'line', frame, line };
  }

  raised(frame: Frame, exc: PyObj): void {
    this.closeStep();
    this.open = { kind: 'exception', frame, line: frame.line };
    this.log.push({ kind: 'exception', type: exc.cls.name, message: exceptionMessage(exc) });
  }

  output(text: string): void {
    // print() writes its pieces one by one; a step shows what it printed as one event
    const last = this.log[this.log.length - 1];
    if (last && last.kind === 'output') this.log[this.log.length - 1] = { kind: 'output', text: last.text + text };
    else this.log.push({ kind: 'output', text });
  }

  gcRan(generation: number, found: number): void {
    const line = this.open ? this.sourceLines[this.open.line - 1] ?? '' : '';
    this.log.push({ kind: 'gc-run', generation, found, explicit: line.includes('gc.collect(') });
  }

  /** Closes the last step (the program ended or stopped). */
  finish(): void {
    this.closeStep();
  }

  /** A step added after the run: the uncaught exception the program ended with. */
  addFinalException(type: string, message: string): void {
    const last = this.steps[this.steps.length - 1];
    if (!last) return;
    this.pushStep({
      kind: 'exception', frame: last.frame, name: last.name, line: last.line,
      firstEvent: this.events.append([{ kind: 'exception', type, message }]),
      eventCount: 1,
      objects: null, frames: null, changeStart: this.changes.count, changeCount: 0,
    }, null);
  }

  // ---- closing a step ----

  private isHiddenDict(d: PyDict): boolean {
    return this.hiddenOwners.has(d) || (d.flags & Flag.Managed) !== 0;
  }

  private hiddenChanged(d: PyDict): void {
    if (d === this.globalsDict) {
      this.globalsDirty = true;
      return;
    }
    const frame = this.namespaceFrames.get(d);
    if (frame) {
      this.frameDirty.add(frame);
      return;
    }
    const owner = this.hiddenOwners.get(d);
    if (owner) this.contentDirty.add(owner);
  }

  /** Makes sure an object referenced from something recorded has a record too. */
  private ensureKnown(o: PyObj): void {
    if (isNull(o) || o.flags & Flag.Freed || this.live.has(o) || this.contentDirty.has(o)) return;
    if (o.kind === 'dict' && this.isHiddenDict(o)) return;
    this.contentDirty.add(o);
  }

  // per-step scratch lists, reused (copied only where a step keeps them)
  private readonly stepObjects: ObjRecord[] = [];
  private readonly stepFrames: FrameRecord[] = [];
  private readonly stepDiffs: RefDiff[] = [];
  private readonly stepRcs: number[] = [];
  private readonly stepPopped: number[] = [];
  private readonly stepFreed: number[] = [];
  private readonly stepSlots: number[] = [];
  private readonly stepLengths: number[] = [];
  private readonly stepSizes: number[] = [];
  private readonly slotSink: SlotSink = {
    slots: this.stepSlots,
    lengths: this.stepLengths,
    known: (t) => this.ensureKnown(t),
    diff: (kind, holder, obj) => this.stepDiffs.push({ kind, holder, obj }),
    keyText: (id) => this.keyTextOf(id),
  };

  private closeStep(): void {
    const open = this.open;
    if (open === null) return; // before the first step: keep what changed for it
    this.recordFrames(open);
    const globals = this.globalsDirty ? this.diffGlobals(this.stepDiffs) : null;
    this.recordObjects();
    this.recordRefcounts();
    this.recordFreed();
    const events = this.assembleEvents(this.stepDiffs, this.rcChange);
    const small = this.stepRcs.length + this.stepFreed.length + this.stepPopped.length + this.pushedNow.length +
      this.stepSlots.length + this.stepLengths.length + this.stepSizes.length > 0 || globals !== null;
    this.pushStep({
      kind: open.kind,
      frame: open.frame.id,
      name: frameName(open.frame),
      line: open.line,
      firstEvent: this.events.append(events),
      eventCount: events.length,
      objects: this.stepObjects.length ? this.stepObjects.slice() : null,
      frames: this.stepFrames.length ? this.stepFrames.slice() : null,
      changeStart: 0,
      changeCount: 0,
    }, small ? {
      rcs: this.stepRcs, freed: this.stepFreed, pushed: this.pushedNow.map((f) => f.id), popped: this.stepPopped, globals: globals ?? [],
      slots: this.stepSlots, lengths: this.stepLengths, sizes: this.stepSizes,
    } : null);
    this.resetStep();
  }

  private resetStep(): void {
    this.stepObjects.length = 0;
    this.stepFrames.length = 0;
    this.stepDiffs.length = 0;
    this.stepRcs.length = 0;
    this.stepPopped.length = 0;
    this.stepFreed.length = 0;
    this.stepSlots.length = 0;
    this.stepLengths.length = 0;
    this.stepSizes.length = 0;
    if (this.stepById.size) this.stepById.clear();
    if (this.dirtyRange.size) this.dirtyRange.clear();
    // clearing a Set or Map reallocates its table, so only non-empty ones are cleared
    if (this.contentDirty.size) this.contentDirty.clear();
    this.rcDirty.length = 0;
    if (this.frameDirty.size) this.frameDirty.clear();
    if (this.freedNow.length) this.freedNow = [];
    if (this.allocatedNow.length) {
      this.allocatedNow = [];
      this.allocatedSet.clear();
    }
    if (this.rcChange.size) this.rcChange.clear();
    if (this.pushedNow.length) this.pushedNow = [];
    if (this.poppedNow.length) this.poppedNow = [];
    if (this.log.length) this.log = [];
    this.globalsDirty = false;
    this.open = null;
  }

  /** Frames whose names or hidden holders changed, and the frames that returned. */
  private recordFrames(open: OpenStep): void {
    // loops report their iterators (frameTouched); a call's temporaries are checked here, in the
    // frames that can have run this step: the step's, the current one, and the callers of the
    // frames pushed or popped (a return value lands on the caller's stack)
    this.checkStack(this.rt.currentFrame());
    this.checkStack(open.frame);
    for (const f of this.pushedNow) this.checkStack(f.back);
    for (const f of this.poppedNow) this.checkStack(f.back);
    for (const f of this.frameDirty) {
      if (!this.liveFrames.has(f)) continue;
      const prev = this.frameRecs.get(f);
      const rec = this.encodeFrame(f, prev);
      if (prev && sameFrame(prev, rec)) continue;
      this.frameRecs.set(f, rec);
      this.stepFrames.push(rec);
      this.diffFrame(prev, rec, this.stepDiffs);
    }
    for (const f of this.poppedNow) {
      const prev = this.frameRecs.get(f);
      this.stepPopped.push(f.id);
      if (!prev) continue;
      this.frameRecs.delete(f);
      this.diffFrame(prev, null, this.stepDiffs);
    }
  }

  /** Remembers an instance's materialized split-table __dict__ (its size follows the class's keys). */
  private noteSplitDict(o: PyInstance): void {
    const d = o.dict;
    if (!d || d.flags & Flag.Managed || !d.store.sizing.isSplit || !o.cls.sharedKeys) return;
    let dicts = this.splitDicts.get(o.cls.sharedKeys);
    if (!dicts) this.splitDicts.set(o.cls.sharedKeys, (dicts = new Set()));
    dicts.add(d);
  }

  /** Marks `f` dirty when its evaluation stack holds other values than when last read. */
  private checkStack(f: Frame | null | undefined): void {
    if (!f || !this.liveFrames.has(f) || this.frameDirty.has(f)) return;
    const seen = this.stackSeen.get(f);
    if (!seen) {
      this.frameDirty.add(f);
      return;
    }
    let j = 0;
    for (let i = 0; i < f.sp; i++) {
      const v = f.stack[i]!;
      if (isNull(v)) continue;
      if (seen.ids[j++] !== v.id) {
        this.frameDirty.add(f);
        return;
      }
    }
    if (j !== seen.ids.length) this.frameDirty.add(f);
  }

  /** Objects whose contents changed (or that were just created or first referenced). */
  private recordObjects(): void {
    // a class's namespace dict is shown as the class's attributes: hide it before it is read
    for (const o of this.contentDirty) if (o.kind === 'type' && !o.builtin) this.hiddenOwners.set(o.dict, o);
    for (const o of this.contentDirty) {
      if (o.flags & Flag.Freed || isNull(o)) continue;
      if (o.kind === 'dict' && this.isHiddenDict(o)) continue;
      const prev = this.live.has(o) ? this.cur.objects.get(o.id) : undefined;
      if (prev && isSlotRecorded(o, prev)) {
        this.recordSlots(o, prev);
        continue;
      }
      const rec = this.encodeObject(o, prev);
      if (o.kind === 'instance') this.noteSplitDict(o);
      if (rec === prev) continue;
      this.live.add(o);
      this.stepById.set(rec.id, rec);
      this.stepObjects.push(rec);
      if (prev) {
        this.diffRefs(prev, rec, this.stepDiffs);
        if (!rec.cached && prev.rc !== rec.rc) this.rcChange.set(rec.id, [prev.rc, rec.rc]);
      } else if (!rec.cached && this.allocatedSet.has(o)) {
        this.rcChange.set(rec.id, [0, rec.rc]);
      }
    }
  }

  /** A big list or dict: the positions the VM said changed, compared in place (see container-slots). */
  private recordSlots(o: PyList | PyDict, prev: ObjRecord): void {
    const range = this.dirtyRange.get(o);
    compareSlots(o, prev, range ? range[0] : 0, range ? range[1] : Infinity, this.slotSink, MAX_REF_EVENTS_PER_OBJECT);
    const size = sizeOfSafe(this.rt, o);
    if (size !== prev.size) this.stepSizes.push(prev.id, size);
    if (prev.rc !== o.rc) {
      this.stepRcs.push(prev.id, o.rc);
      this.rcChange.set(prev.id, [prev.rc, o.rc]);
    }
  }

  /** Objects whose only change is their refcount: an int pair each, no record. */
  private recordRefcounts(): void {
    for (const o of this.rcDirty) {
      if (o.flags & Flag.Freed || this.contentDirty.has(o) || !this.live.has(o)) continue;
      const prev = this.cur.objects.get(o.id);
      if (!prev || prev.cached || prev.rc === o.rc) continue;
      this.stepRcs.push(prev.id, o.rc);
      this.rcChange.set(prev.id, [prev.rc, o.rc]);
    }
  }

  private recordFreed(): void {
    for (const rec of this.freedNow) {
      if (this.freedReused.has(rec.id)) this.stepRcs.push(rec.id, 0);
      else this.stepObjects.push(rec);
      this.stepFreed.push(rec.id);
      const before = this.freedPrevRc.get(rec.id);
      if (before !== undefined) this.rcChange.set(rec.id, [before, 0]);
    }
    if (this.freedPrevRc.size) this.freedPrevRc.clear();
    if (this.freedReused.size) this.freedReused.clear();
  }

  private pushStep(draft: StepRecord, changes: StepChanges | null): void {
    const index = this.steps.length;
    const changeStart = changes ? writeChanges(this.changes, changes) : this.changes.count;
    const step: StepRecord = { ...draft, changeStart, changeCount: this.changes.count - changeStart };
    this.steps.push(step);
    applyStep(this.cur, step, this.changes);
    this.checkpoints.stepped(index, step, this.cur);
    if (this.sampleLive !== null && this.sampleLive(index)) this.liveStates.set(index, this.readLiveState());
  }

  private assembleEvents(diffs: RefDiff[], rcChange: Map<number, [number, number]>): readonly RawEvent[] {
    const out: RawEvent[] = [];
    for (const o of this.allocatedNow) {
      if (o.kind === 'dict' && this.isHiddenDict(o)) continue;
      if (this.live.has(o) || o.flags & Flag.Freed) out.push({ kind: 'allocate', obj: o.id, type: typeName(o) });
    }
    for (const d of diffs) {
      const rc = rcChange.get(d.obj) ?? null;
      if (rc) rcChange.delete(d.obj);
      const rec = this.recordById(d.obj);
      out.push({ kind: d.kind, holder: d.holder, obj: d.obj, type: rec?.type ?? 'object', atom: rec?.cached ? rec.atom : null, rc });
    }
    for (const [id, [from, to]] of rcChange) {
      if (from === to || to === 0) continue; // a count reaching 0 is told by the free event
      const type = this.recordById(id)?.type ?? 'object';
      out.push({ kind: to > from ? 'incref' : 'decref', obj: id, type, from, to });
    }
    for (const e of this.log) out.push(e);
    return out.length ? out : NO_EVENTS;
  }

  // ---- encoding ----

  private encodeObject(o: PyObj, prev: ObjRecord | undefined): ObjRecord {
    const cached = (o.flags & Flag.Cached) !== 0;
    const rc = cached ? 0 : o.rc;
    if (prev && prev.atom !== null && prev.refs.length === 0 && (cached || isImmutableAtom(o))) {
      return prev.rc === rc ? prev : makeRecord(prev.id, prev.kind, prev.type, rc, prev.size, cached, prev.atom, prev.refs, prev.labels);
    }
    let ids: number[];
    let labels: readonly string[] | null;
    if (o.kind === 'list' || o.kind === 'tuple') {
      // a small one (big lists are recorded by slots): one pass, no copies
      ids = this.positionalIds(o.items, prev?.refs);
      labels = null;
    } else {
      const enc = isOpaque(o) ? { targets: [], labels: null } : encodeRefs(o, this.hidden);
      ids = enc.targets.length ? this.positionalIds(enc.targets, prev?.refs) : EMPTY_REFS;
      labels = prev && sameStrings(prev.labels, enc.labels) ? prev.labels : shareEmpty(enc.labels);
    }
    const refs = prev && sameNumbers(prev.refs, ids) ? prev.refs : ids;
    const size = sizeOfSafe(this.rt, o);
    const atom = atomOf(this.rt, o);
    if (prev && prev.rc === rc && prev.size === size && prev.refs === refs && prev.labels === labels && prev.atom === atom) return prev;
    return makeRecord(o.id, o.kind, typeName(o), rc, size, cached, atom, refs, labels);
  }

  /**
   * The targets' ids, making sure each new one is recorded. A target at the same position as in
   * the previous record is known already, so only new arrivals cost a lookup.
   */
  private positionalIds(targets: readonly PyObj[], before: readonly number[] | undefined): number[] {
    const ids = new Array<number>(targets.length);
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i]!;
      ids[i] = idOf(t);
      if (before === undefined || before[i] !== ids[i]) this.ensureKnown(t);
    }
    return ids;
  }

  private encodeFrame(f: Frame, prev: FrameRecord | undefined): FrameRecord {
    let names: readonly string[];
    let values: (PyObj | null)[];
    if (f.code.kind === 'class' && f.namespace) {
      const keys: string[] = [];
      values = [];
      for (const [k, v] of f.namespace.store.entries()) {
        const name = k.kind === 'str' ? k.value : '?';
        if (name === '__module__' || name === '__qualname__') continue;
        keys.push(name);
        values.push(v);
      }
      const slots = slotNames(f.code);
      keys.push(...slots);
      values.push(...f.locals);
      names = prev && sameStrings(prev.names, keys) ? prev.names : keys;
    } else {
      names = slotNames(f.code);
      values = f.locals;
    }
    const locals = values.map((v) => (v ? v.id : 0));
    for (const v of values) if (v) this.ensureKnown(v);
    const stack: number[] = [];
    const stackLabels: string[] = [];
    for (let i = 0; i < f.sp; i++) {
      const v = f.stack[i]!;
      if (isNull(v)) continue;
      const j = stack.length;
      const seen = this.stackSeen.get(f);
      const same = seen && seen.ids[j] === v.id ? seen.labels[j]! : null;
      stack.push(v.id);
      stackLabels.push(stackLabel(v, this.open?.frame === f ? this.open.line : f.line, same));
      this.ensureKnown(v);
    }
    if (f.func) this.ensureKnown(f.func);
    this.stackSeen.set(f, { ids: stack, labels: stackLabels });
    return {
      id: f.id,
      name: frameName(f),
      names,
      locals: prev && sameNumbers(prev.locals, locals) ? prev.locals : locals,
      stack: prev && sameNumbers(prev.stack, stack) ? prev.stack : stack,
      stackLabels: prev && sameStrings(prev.stackLabels, stackLabels) ? prev.stackLabels : stackLabels,
      func: f.func ? f.func.id : 0,
    };
  }

  private diffGlobals(diffs: RefDiff[]): (string | number)[] | null {
    const d = this.globalsDict;
    if (!d) return null;
    let out: (string | number)[] | null = null;
    const remembered = this.globalsNow.size;
    let kept = 0;
    for (const [k, v] of d.store.entries()) {
      const name = k.kind === 'str' ? k.value : '?';
      if (name === '__name__' || name === '__doc__' || name === '__builtins__') continue;
      const before = this.globalsNow.get(name) ?? 0;
      if (before) kept++;
      if (before === v.id) continue;
      this.ensureKnown(v);
      (out ??= []).push(name, v.id);
      this.globalsNow.set(name, v.id);
      const holder = this.nameHolder('global', 0, name);
      if (before) diffs.push({ kind: 'unbind', holder, obj: before });
      diffs.push({ kind: 'bind', holder, obj: v.id });
    }
    // every remembered name still bound: nothing was deleted (the common case, no scan)
    if (kept === remembered) return out;
    const bound = new Set<string>();
    for (const [k] of d.store.entries()) if (k.kind === 'str') bound.add(k.value);
    for (const [name, id] of this.globalsNow) {
      if (bound.has(name)) continue;
      (out ??= []).push(name, 0);
      this.globalsNow.delete(name);
      diffs.push({ kind: 'unbind', holder: this.nameHolder('global', 0, name), obj: id });
    }
    return out;
  }


  private diffFrame(prev: FrameRecord | undefined, next: FrameRecord | null, diffs: RefDiff[]): void {
    const id = (next ?? prev)!.id;
    const before = new Map<string, number>();
    if (prev) prev.names.forEach((n, i) => { if (prev.locals[i]) before.set(n, prev.locals[i]!); });
    if (next) {
      next.names.forEach((name, i) => {
        const v = next.locals[i]!;
        const old = before.get(name) ?? 0;
        before.delete(name);
        if (v === old) return;
        if (old) diffs.push(this.diff('unbind', this.nameHolder('local', id, name), old));
        if (v) diffs.push(this.diff('bind', this.nameHolder('local', id, name), v));
      });
    }
    for (const [name, old] of before) diffs.push(this.diff('unbind', this.nameHolder('local', id, name), old));
    const ps = prev?.stack ?? [];
    const ns = next?.stack ?? [];
    for (let j = 0; j < Math.max(ps.length, ns.length); j++) {
      if (ps[j] === ns[j]) continue;
      if (ps[j]) diffs.push(this.diff('unbind', { kind: 'hidden', frame: id, slot: j, label: prev!.stackLabels[j]! }, ps[j]!));
      if (ns[j]) diffs.push(this.diff('bind', { kind: 'hidden', frame: id, slot: j, label: next!.stackLabels[j]! }, ns[j]!));
    }
  }

  private diffRefs(prev: ObjRecord, next: ObjRecord, diffs: RefDiff[]): void {
    if (prev.refs === next.refs && prev.labels === next.labels) return;
    const keyText = (id: number) => this.keyTextOf(id);
    // dict refs are per entry position (holes kept), so a dict compares in place too
    const positional = next.kind === 'list' || next.kind === 'tuple' || next.kind === 'dict';
    if (next.labels === null && positional) {
      // slots are positions: compare them in place (a list mutated in a loop, a dict value replaced)
      let emitted = 0;
      const n = Math.max(prev.refs.length, next.refs.length);
      for (let i = 0; i < n && emitted < MAX_REF_EVENTS_PER_OBJECT; i++) {
        const a = prev.refs[i] ?? 0;
        const b = next.refs[i] ?? 0;
        if (a === b) continue;
        emitted++;
        if (a !== 0) diffs.push(this.diff('unbind', holderFor(prev, i, keyText), a));
        if (b !== 0) diffs.push(this.diff('bind', holderFor(next, i, keyText), b));
      }
      return;
    }
    const key = (rec: ObjRecord, i: number): string => {
      if (rec.labels) return rec.labels[i]! + '#' + occurrence(rec.labels, i);
      if (rec.kind === 'dict') return (i % 2 ? 'v' : 'k') + rec.refs[i - (i % 2)];
      if (rec.kind === 'set') return 'm' + rec.refs[i];
      return 'i' + i;
    };
    const before = new Map<string, number>();
    prev.refs.forEach((t, i) => before.set(key(prev, i), i));
    let emitted = 0;
    next.refs.forEach((t, i) => {
      const k = key(next, i);
      const j = before.get(k);
      before.delete(k);
      if (j !== undefined && prev.refs[j] === t) return;
      if (emitted++ >= MAX_REF_EVENTS_PER_OBJECT) return;
      if (j !== undefined) diffs.push(this.diff('unbind', holderFor(prev, j, keyText), prev.refs[j]!));
      diffs.push(this.diff('bind', holderFor(next, i, keyText), t));
    });
    for (const [, j] of before) {
      if (emitted++ >= MAX_REF_EVENTS_PER_OBJECT) break;
      diffs.push(this.diff('unbind', holderFor(prev, j, keyText), prev.refs[j]!));
    }
  }

  private nameHolder(kind: 'global' | 'local', frame: number, name: string): RefHolder {
    const key = kind === 'global' ? name : `${frame}\u0000${name}`;
    let h = this.nameHolders.get(key);
    if (!h) {
      h = kind === 'global' ? { kind, name } : { kind, frame, name };
      this.nameHolders.set(key, h);
    }
    return h;
  }

  private keyTextOf(id: number): string {
    return this.recordById(id)?.atom ?? `#${id}`;
  }

  private diff(kind: 'bind' | 'unbind', holder: RefHolder, obj: number): RefDiff {
    return { kind, holder, obj };
  }

  private recordById(id: number): ObjRecord | undefined {
    return this.stepById.get(id) ?? this.cur.objects.get(id);
  }

  /** Test mode: the whole state read afresh from the heap, independent of what was marked dirty. */
  private readLiveState(): HeapState {
    const s = emptyState();
    for (const o of this.live) {
      const prev = this.cur.objects.get(o.id)!;
      const cached = (o.flags & Flag.Cached) !== 0;
      const enc = isOpaque(o) ? { targets: [], labels: null } : encodeRefs(o, this.hidden);
      s.objects.set(o.id, makeRecord(o.id, o.kind, typeName(o), cached ? prev.rc : o.rc, sizeOfSafe(this.rt, o), cached,
        atomOf(this.rt, o), enc.targets.map(idOf), enc.labels));
    }
    for (const r of this.cur.freedNow.map((id) => this.cur.objects.get(id)!)) s.objects.set(r.id, r);
    s.freedNow = this.cur.freedNow;
    for (const f of this.liveFrames) {
      const rec = this.encodeFrame(f, this.frameRecs.get(f));
      s.frames.set(f.id, rec);
    }
    s.order.push(...this.cur.order);
    for (const [k, v] of this.cur.lines) s.lines.set(k, v);
    if (this.globalsDict) {
      for (const [k, v] of this.globalsDict.store.entries()) {
        const name = k.kind === 'str' ? k.value : '?';
        if (name !== '__name__' && name !== '__doc__' && name !== '__builtins__') s.globals.set(name, v.id);
      }
    }
    return s;
  }
}
