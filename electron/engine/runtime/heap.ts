// Object identity, reference counting and deallocation as CPython does them: an object whose
// count reaches zero is finalized (`__del__`), then releases what it holds in the order its C
// type's tp_dealloc does; deep cascades are deferred past a nesting depth of 50 like CPython's
// trashcan, so freeing a million-node chain never overflows the JavaScript stack.
import type { Recorder, FreeCause } from '../trace/recorder';
import { Flag, type PyObj } from './objects';
import { takeReferencesForDealloc } from './references';
import { intObjectBytes } from '../values/int-size';
import { takeTypeReferencesForDealloc } from './type-companions';

export interface HeapHooks {
  /** runs `__del__` if the object's class has one; returns true if the object was resurrected */
  finalize(obj: PyObj): boolean;
  /** clears weak references to `obj`, calling their callbacks */
  clearWeakrefs(obj: PyObj): void;
  /** called once a GC-counted object is allocated; may run the automatic collector */
  maybeCollect(): void;
}

const TRASHCAN_DEPTH = 50;

/**
 * CPython's free lists of lists (80), dicts (80) and tuples of 1..19 items (2000 each): an
 * object freed into one, or taken from one, does not change the collector's allocation count,
 * which decides when automatic collections run. A full collection empties them.
 */
export class FreeLists {
  lists = 0;
  dicts = 0;
  readonly tuples: number[] = new Array(20).fill(0);

  /** A new object reuses a free-list slot if one is there. */
  take(obj: PyObj): boolean {
    if (obj.kind === 'list' && this.lists > 0) return (this.lists--, true);
    if (obj.kind === 'dict' && this.dicts > 0) return (this.dicts--, true);
    if (obj.kind === 'tuple') {
      const n = obj.items.length;
      if (n > 0 && n < 20 && this.tuples[n]! > 0) return (this.tuples[n]!--, true);
    }
    return false;
  }

  /** A freed object goes to its free list if there is room. */
  give(obj: PyObj, tupleSize: number): boolean {
    if (obj.kind === 'list' && this.lists < 80) return (this.lists++, true);
    if (obj.kind === 'dict' && this.dicts < 80) return (this.dicts++, true);
    if (obj.kind === 'tuple' && tupleSize > 0 && tupleSize < 20 && this.tuples[tupleSize]! < 2000) return (this.tuples[tupleSize]!++, true);
    return false;
  }

  clear(): void {
    this.lists = 0;
    this.dicts = 0;
    this.tuples.fill(0);
  }
}

/** What an object's memory counted toward the memory budget (an estimate; not sys.getsizeof). */
function approximateBytes(obj: PyObj): number {
  switch (obj.kind) {
    case 'list': return 56 + 8 * obj.allocated;
    case 'tuple': return 40 + 8 * obj.items.length;
    case 'str': return 49 + obj.value.length;
    case 'dict': return 64 + 24 * obj.store.size;
    case 'int': return intObjectBytes(obj.value);
    default: return 32;
  }
}

export class Heap {
  /** the interpreter's own objects (types, builtins, caches) are numbered from here; see startProgramIds */
  private nextId = 1_000_000_000; // within int32: the trace stores ids in typed arrays
  recorder: Recorder | null = null;
  hooks!: HeapHooks;
  /** objects currently alive that the cycle collector tracks, oldest first, by generation */
  readonly generations: [Set<PyObj>, Set<PyObj>, Set<PyObj>] = [new Set(), new Set(), new Set()];
  /** CPython's per-generation counters: gen0 counts GC allocations minus deallocations */
  readonly counts: [number, number, number] = [0, 0, 0];
  readonly freeLists = new FreeLists();
  liveObjects = 0;
  bytesInUse = 0;
  private deallocDepth = 0;
  private trash: PyObj[] = [];
  freedCause: FreeCause = 'refcount';

  newId(): number {
    return this.nextId++;
  }

  /** The program's own objects are numbered from 1, so the game can call them #1, #2, ... */
  startProgramIds(): void {
    this.nextId = 1;
  }

  /** The id counter, saved and restored around probes so ids match an unprobed run. */
  get idCounter(): number {
    return this.nextId;
  }
  set idCounter(n: number) {
    this.nextId = n;
  }

  /** Registers a freshly built object (rc 1, owned by the caller). */
  register<T extends PyObj>(obj: T, gcCounted: boolean, bytes: number): T {
    this.liveObjects++;
    this.bytesInUse += bytes;
    if (gcCounted) {
      // an object taken from a free list is not a new GC allocation: the count stays
      if (!this.freeLists.take(obj)) {
        this.counts[0]++;
        this.hooks.maybeCollect();
      }
      obj.flags |= Flag.GcType;
      // dicts start untracked and are tracked once they hold a container (MAINTAIN_TRACKING)
      if (obj.kind !== 'dict') {
        obj.flags |= Flag.GcTracked;
        this.generations[0].add(obj);
      }
    }
    this.recorder?.allocated(obj);
    return obj;
  }

  incref(obj: PyObj): void {
    obj.rc++;
    if (this.recorder !== null) this.recorder.counted(obj);
  }

  decref(obj: PyObj): void {
    if (--obj.rc === 0) this.dealloc(obj);
    else if (this.recorder !== null) this.recorder.counted(obj);
  }

  decrefAll(objs: readonly PyObj[]): void {
    for (const o of objs) this.decref(o);
  }

  /** Stops tracking and releases an object whose count reached zero. */
  private dealloc(obj: PyObj): void {
    if (obj.flags & Flag.Cached) {
      // shared objects are kept alive by CPython's caches; their count never really hits 0
      obj.rc = 1 << 30;
      return;
    }
    if (this.deallocDepth >= TRASHCAN_DEPTH) {
      this.trash.push(obj);
      return;
    }
    this.deallocDepth++;
    try {
      this.destroy(obj);
    } finally {
      this.deallocDepth--;
    }
    if (this.deallocDepth === 0) this.emptyTrash();
  }

  private emptyTrash(): void {
    while (this.trash.length > 0) {
      const obj = this.trash.pop()!;
      this.deallocDepth++;
      try {
        this.destroy(obj);
      } finally {
        this.deallocDepth--;
      }
    }
  }

  private destroy(obj: PyObj): void {
    if (!(obj.flags & Flag.Finalized) && this.hooks.finalize(obj)) return; // resurrected
    if (obj.weakrefs) this.hooks.clearWeakrefs(obj);
    this.untrack(obj);
    obj.flags |= Flag.Freed;
    this.liveObjects--;
    this.bytesInUse = Math.max(0, this.bytesInUse - approximateBytes(obj));
    this.recorder?.freed(obj, this.freedCause);
    const size = obj.kind === 'tuple' ? obj.items.length : 0;
    const held = obj.kind === 'type' && obj.companions ? takeTypeReferencesForDealloc(this, obj) : takeReferencesForDealloc(obj);
    for (const r of held) this.decref(r);
    // freeing a GC-capable object takes one off the young generation's count (PyObject_GC_Del),
    // unless it goes to a free list (lists, dicts, small tuples)
    if (obj.flags & Flag.GcType && !this.freeLists.give(obj, size) && this.counts[0] > 0) this.counts[0]--;
  }

  /** Starts tracking an object that was created untracked (a dict that now holds a container). */
  track(obj: PyObj): void {
    if (obj.flags & Flag.GcTracked) return;
    obj.flags |= Flag.GcTracked | Flag.GcType;
    this.generations[0].add(obj);
  }

  /**
   * Counts a GC allocation of an object CPython makes but the engine does not model as an
   * object of its own (a class's MRO tuple, its attribute descriptors): the automatic
   * collector's timing depends on every one of them.
   */
  phantomAllocation(tupleSize = 0): void {
    if (tupleSize > 0 && tupleSize < 20 && this.freeLists.tuples[tupleSize]! > 0) {
      this.freeLists.tuples[tupleSize]!--;
      return;
    }
    this.counts[0]++;
    this.hooks.maybeCollect();
  }

  /**
   * A tuple CPython makes and drops at once (the argument tuple of a call through tp_call):
   * it comes from, and goes back to, the free list, so only the first one counts.
   */
  phantomTemporaryTuple(size: number): void {
    if (size <= 0) return;
    if (size < 20 && this.freeLists.tuples[size]! > 0) return;
    this.counts[0]++;
    this.hooks.maybeCollect();
    if (size < 20 && this.freeLists.tuples[size]! < 2000) this.freeLists.tuples[size]!++;
    else if (this.counts[0] > 0) this.counts[0]--;
  }

  /**
   * A tuple or dict CPython allocates for its call machinery and frees when the call returns
   * (see CallScratch): taken from its free list if it can be, else counted as a GC allocation.
   */
  scratchAllocated(kind: 'tuple' | 'dict', size: number): void {
    if (kind === 'tuple' && size === 0) return; // the empty tuple singleton
    const free = this.freeLists;
    if (kind === 'dict' ? free.dicts > 0 : size < 20 && free.tuples[size]! > 0) {
      if (kind === 'dict') free.dicts--;
      else free.tuples[size]!--;
      return;
    }
    this.counts[0]++;
    this.hooks.maybeCollect();
  }

  /** That tuple or dict freed again: back to its free list if there is room, else uncounted. */
  scratchFreed(kind: 'tuple' | 'dict', size: number): void {
    if (kind === 'tuple' && size === 0) return;
    const free = this.freeLists;
    if (kind === 'dict' ? free.dicts < 80 : size < 20 && free.tuples[size]! < 2000) {
      if (kind === 'dict') free.dicts++;
      else free.tuples[size]!++;
    } else if (this.counts[0] > 0) this.counts[0]--;
  }

  /** A dict CPython makes and drops at once (type_new_set_names copies the class dict). */
  phantomTemporaryDict(): void {
    if (this.freeLists.dicts > 0) return;
    this.counts[0]++;
    this.hooks.maybeCollect();
    this.freeLists.dicts++;
  }

  /** A list CPython makes for its own use (stdout's pending writes), taken from the free list if it can. */
  phantomList(): void {
    if (this.freeLists.lists > 0) {
      this.freeLists.lists--;
      return;
    }
    this.counts[0]++;
    this.hooks.maybeCollect();
  }

  /** That list freed again. */
  phantomListFree(): void {
    if (this.freeLists.lists < 80) this.freeLists.lists++;
    else if (this.counts[0] > 0) this.counts[0]--;
  }

  /** A dict CPython makes and keeps (a base type's tp_subclasses), from the free list if it can. */
  phantomDict(): void {
    if (this.freeLists.dicts > 0) {
      this.freeLists.dicts--;
      return;
    }
    this.counts[0]++;
    this.hooks.maybeCollect();
  }

  /** That dict freed: to the free list if there is room (dict_dealloc). */
  phantomDictFree(): void {
    if (this.freeLists.dicts < 80) this.freeLists.dicts++;
    else if (this.counts[0] > 0) this.counts[0]--;
  }

  /** A tuple of `size` items CPython frees: to its free list if there is room (tupledealloc). */
  phantomTupleFree(size: number): void {
    if (size <= 0) return;
    if (size < 20 && this.freeLists.tuples[size]! < 2000) this.freeLists.tuples[size]!++;
    else if (this.counts[0] > 0) this.counts[0]--;
  }

  /** A GC object of a type without a free list freed (PyObject_GC_Del takes it off the count). */
  phantomFree(): void {
    if (this.counts[0] > 0) this.counts[0]--;
  }

  /** A GC object CPython makes and frees at once (a super object, a bound builtin method): only its allocation can start a collection. */
  phantomTemporary(): void {
    this.counts[0]++;
    this.hooks.maybeCollect();
    if (this.counts[0] > 0) this.counts[0]--;
  }

  /** Counts an allocation the collector will see (a materialized instance dict). */
  countAllocation(): void {
    this.counts[0]++;
    this.hooks.maybeCollect();
  }

  /** A GC-capable object that is tracked, or any non-tuple GC-capable one (_PyObject_GC_MAY_BE_TRACKED). */
  mayBeTracked(obj: PyObj): boolean {
    if (!(obj.flags & Flag.GcType)) return false;
    if (obj.kind === 'tuple') return (obj.flags & Flag.GcTracked) !== 0;
    return true;
  }

  /** A dict starts being tracked when it receives a key or value that may be tracked. */
  maintainTracking(dict: PyObj, key: PyObj | null, value: PyObj): void {
    if (dict.flags & (Flag.GcTracked | Flag.Managed)) return;
    if (!(dict.flags & Flag.GcType)) return;
    if ((key && this.mayBeTracked(key)) || this.mayBeTracked(value)) this.track(dict);
  }

  untrack(obj: PyObj): void {
    if (obj.flags & Flag.GcTracked) {
      obj.flags &= ~Flag.GcTracked;
      for (const g of this.generations) if (g.delete(obj)) break;
    }
  }
}
