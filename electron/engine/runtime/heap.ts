// Object identity, reference counting and deallocation as CPython does them: an object whose
// count reaches zero is finalized (`__del__`), then releases what it holds in the order its C
// type's tp_dealloc does; deep cascades are deferred past a nesting depth of 50 like CPython's
// trashcan, so freeing a million-node chain never overflows the JavaScript stack.
import type { Recorder, FreeCause } from '../trace/recorder';
import { Flag, type PyObj } from './objects';
import { takeReferencesForDealloc } from './references';

export interface HeapHooks {
  /** runs `__del__` if the object's class has one; returns true if the object was resurrected */
  finalize(obj: PyObj): boolean;
  /** clears weak references to `obj`, calling their callbacks */
  clearWeakrefs(obj: PyObj): void;
  /** called once a GC-counted object is allocated; may run the automatic collector */
  maybeCollect(): void;
}

const TRASHCAN_DEPTH = 50;

/** What an object's memory counted toward the memory budget (an estimate; not sys.getsizeof). */
function approximateBytes(obj: PyObj): number {
  switch (obj.kind) {
    case 'list': return 56 + 8 * obj.allocated;
    case 'tuple': return 40 + 8 * obj.items.length;
    case 'str': return 49 + obj.value.length;
    case 'dict': return 64 + 24 * obj.store.size;
    default: return 32;
  }
}

export class Heap {
  private nextId = 1;
  recorder: Recorder | null = null;
  hooks!: HeapHooks;
  /** objects currently alive that the cycle collector tracks, oldest first, by generation */
  readonly generations: [Set<PyObj>, Set<PyObj>, Set<PyObj>] = [new Set(), new Set(), new Set()];
  /** CPython's per-generation counters: gen0 counts GC allocations minus deallocations */
  readonly counts: [number, number, number] = [0, 0, 0];
  liveObjects = 0;
  bytesInUse = 0;
  private deallocDepth = 0;
  private trash: PyObj[] = [];
  freedCause: FreeCause = 'refcount';

  newId(): number {
    return this.nextId++;
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
      this.counts[0]++;
      this.hooks.maybeCollect();
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
    // freeing any GC-capable object takes one off the young generation's count (PyObject_GC_Del)
    if (obj.flags & Flag.GcType && this.counts[0] > 0) this.counts[0]--;
    obj.flags |= Flag.Freed;
    this.liveObjects--;
    this.bytesInUse = Math.max(0, this.bytesInUse - approximateBytes(obj));
    this.recorder?.freed(obj, this.freedCause);
    const held = takeReferencesForDealloc(obj);
    for (const r of held) this.decref(r);
  }

  /** Starts tracking an object that was created untracked (a dict that now holds a container). */
  track(obj: PyObj): void {
    if (obj.flags & Flag.GcTracked) return;
    obj.flags |= Flag.GcTracked | Flag.GcType;
    this.generations[0].add(obj);
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
