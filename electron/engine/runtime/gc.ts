// The cycle collector, following CPython 3.11's Modules/gcmodule.c: generations with
// thresholds (700, 10, 10), unreachable-set computation by subtracting internal references,
// finalizers (`__del__`) run once in list order, then tp_clear breaks the cycles.
import { Flag, type PyObj, type PyWeakref } from './objects';
import { referencesOf, takeReferencesForClear } from './references';
import type { Runtime } from './runtime';

export class GcState {
  enabled = true;
  collecting = false;
  readonly thresholds: [number, number, number] = [700, 10, 10];
  longLivedTotal = 0;
  longLivedPending = 0;
  /** collections per generation, for gc.get_stats-like reporting */
  readonly collections: [number, number, number] = [0, 0, 0];
}

/** What the collector traverses for `o`: a managed instance dict's contents count as the instance's own. */
function gcReferents(o: PyObj): PyObj[] {
  if (o.kind === 'instance' && o.dict && o.dict.flags & Flag.Managed) {
    const out: PyObj[] = [];
    if (o.slots) for (const s of o.slots) if (s) out.push(s);
    for (const [k, v] of o.dict.store.entries()) out.push(k, v);
    if (o.exc) {
      const e = o.exc;
      for (const x of [e.obj, e.name, e.args, e.cause, e.context, e.traceback]) if (x) out.push(x);
    }
    if (!o.cls.builtin) out.push(o.cls);
    return out;
  }
  return referencesOf(o);
}

/** Called after each GC-counted allocation (CPython's _PyObject_GC_Link). */
export function maybeCollect(rt: Runtime, gc: GcState): void {
  const heap = rt.heap;
  if (!gc.enabled || gc.collecting || gc.thresholds[0] === 0 || heap.counts[0] <= gc.thresholds[0]) return;
  gc.collecting = true;
  try {
    collectGenerations(rt, gc);
  } finally {
    gc.collecting = false;
  }
}

function collectGenerations(rt: Runtime, gc: GcState): void {
  const counts = rt.heap.counts;
  for (let i = 2; i >= 0; i--) {
    if (counts[i]! > gc.thresholds[i]!) {
      // a full collection only when enough long-lived objects are pending (25%)
      if (i === 2 && gc.longLivedPending < gc.longLivedTotal / 4) continue;
      collect(rt, gc, i);
      break;
    }
  }
}

/** Collects generation `generation` and the younger ones; returns CPython's count. */
export function collect(rt: Runtime, gc: GcState, generation: number): number {
  const found = collectOnce(rt, gc, generation);
  // a full collection ends by emptying the free lists (clear_freelists)
  if (generation === 2) rt.heap.freeLists.clear();
  return found;
}

function collectOnce(rt: Runtime, gc: GcState, generation: number): number {
  const heap = rt.heap;
  const gens = heap.generations;
  const counts = heap.counts;
  gc.collections[generation]!++;
  if (generation + 1 < 3) counts[generation + 1]!++;
  for (let i = 0; i <= generation; i++) counts[i] = 0;
  // merge younger generations into the one collected
  const young = gens[generation]!;
  for (let i = 0; i < generation; i++) {
    for (const o of gens[i]!) young.add(o);
    gens[i]!.clear();
  }
  const unreachable = findUnreachable(young);
  untrackAtomicContainers(young, generation === 2);
  // survivors move on to the next generation
  if (generation < 2) {
    const old = gens[generation + 1]!;
    if (generation === 1) gc.longLivedPending += young.size;
    for (const o of young) old.add(o);
    young.clear();
  } else {
    gc.longLivedPending = 0;
    gc.longLivedTotal = young.size;
  }

  const found = unreachable.length;
  if (found === 0) {
    rt.recorder?.gcRan(generation, 0);
    return 0;
  }
  for (const o of unreachable) o.flags |= Flag.Unreachable;
  clearWeakrefsTo(rt, unreachable);
  // finalizers run once each, in list order; they may resurrect objects
  for (const o of unreachable) {
    if (o.flags & Flag.Freed) continue;
    rt.incref(o);
    heap.hooks.finalize(o);
    rt.decref(o);
  }
  const stillUnreachable = new Set(findUnreachableAmong(unreachable));
  const finalList = unreachable.filter((o) => stillUnreachable.has(o) && !(o.flags & Flag.Freed));
  for (const o of unreachable) {
    if (!stillUnreachable.has(o)) o.flags &= ~Flag.Unreachable;
  }
  rt.recorder?.gcRan(generation, finalList.length);
  // break the cycles: tp_clear each in turn; refcounts then fall to zero and free the rest
  heap.freedCause = 'gc';
  try {
    for (const o of finalList) {
      if (o.flags & Flag.Freed) continue;
      rt.incref(o);
      const refs = takeReferencesForClear(o);
      rt.recorder?.touched(o);
      for (const r of refs) rt.decref(r);
      rt.decref(o);
    }
  } finally {
    heap.freedCause = 'refcount';
  }
  return finalList.length;
}

/**
 * The objects of `young` reachable only from each other: count each object's references
 * from outside the set (refcount minus internal references); whatever is reachable from an
 * object with outside references survives.
 */
function findUnreachable(young: Set<PyObj>): PyObj[] {
  const gcRefs = new Map<PyObj, number>();
  for (const o of young) gcRefs.set(o, o.rc);
  for (const o of young) {
    for (const r of gcReferents(o)) {
      const n = gcRefs.get(r);
      if (n !== undefined) gcRefs.set(r, n - 1);
    }
  }
  const reachable = new Set<PyObj>();
  const stack: PyObj[] = [];
  for (const o of young) {
    if (gcRefs.get(o)! > 0) {
      reachable.add(o);
      stack.push(o);
    }
  }
  while (stack.length > 0) {
    const o = stack.pop()!;
    for (const r of gcReferents(o)) {
      if (gcRefs.has(r) && !reachable.has(r)) {
        reachable.add(r);
        stack.push(r);
      }
    }
  }
  const out: PyObj[] = [];
  for (const o of young) if (!reachable.has(o)) out.push(o);
  for (const o of out) young.delete(o);
  return out;
}

/** After finalizers ran: which of `objs` are still unreachable (not resurrected). */
function findUnreachableAmong(objs: PyObj[]): PyObj[] {
  const set = new Set(objs.filter((o) => !(o.flags & Flag.Freed)));
  const copy = new Set(set);
  const dead = findUnreachable(copy);
  return dead;
}

/** Weak references to garbage are cleared before finalizers run; callbacks of live weakrefs fire. */
function clearWeakrefsTo(rt: Runtime, garbage: PyObj[]): void {
  const dead = new Set(garbage);
  const callbacks: PyWeakref[] = [];
  for (const o of garbage) {
    if (!o.weakrefs) continue;
    for (const w of o.weakrefs) {
      w.referent = null;
      rt.recorder?.touched(w);
      if (w.callback && !dead.has(w)) callbacks.push(w);
    }
    o.weakrefs = null;
  }
  for (const w of callbacks) {
    rt.incref(w);
    try {
      rt.decref(rt.call(w.callback!, [w], null));
    } catch (e) {
      rt.reportIgnored(e, `<function ${describe(w.callback!)}>`);
    } finally {
      rt.decref(w);
    }
  }
}

function describe(o: PyObj): string {
  return o.kind === 'function' ? o.qualname : o.cls.name;
}

/**
 * Tuples (and, in a full collection, dicts) that hold only objects the collector cannot see
 * stop being tracked (CPython's untrack_tuples / untrack_dicts).
 */
function untrackAtomicContainers(survivors: Set<PyObj>, full: boolean): void {
  for (const o of [...survivors]) {
    if (o.kind === 'tuple' ? o.items.every((x) => !mayBeTrackedQuick(x)) : full && o.kind === 'dict' && o.store.entries().every(([k, v]) => !mayBeTrackedQuick(k) && !mayBeTrackedQuick(v))) {
      o.flags &= ~Flag.GcTracked;
      survivors.delete(o);
    }
  }
}

function mayBeTrackedQuick(o: PyObj): boolean {
  if (!(o.flags & Flag.GcType)) return false;
  return o.kind !== 'tuple' || (o.flags & Flag.GcTracked) !== 0;
}

/** gc.is_tracked: containers are tracked; atomic objects are not. */
export function isTracked(o: PyObj): boolean {
  return (o.flags & Flag.GcTracked) !== 0;
}

/** The objects a full collection would find unreachable right now, without collecting. */
export function findGarbage(rt: Runtime): Set<PyObj> {
  const all = new Set<PyObj>();
  for (const g of rt.heap.generations) for (const o of g) all.add(o);
  return new Set(findUnreachable(all));
}
