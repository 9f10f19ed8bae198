// The cycle collector, following CPython 3.11's Modules/gcmodule.c: generations with
// thresholds (700, 10, 10), unreachable-set computation by subtracting internal references,
// finalizers (`__del__`) run once in list order, then tp_clear breaks the cycles.
import { Flag, type PyGenerator, type PyObj, type PyWeakref } from './objects';
import { companionGarbageCount, companionReferents, maybeUntrackBases, takeCompanionsForClear } from './type-companions';
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

/** What the collector traverses for `o` (its tp_traverse): a managed instance dict's contents count as the instance's own. */
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
  if (o.kind === 'type') return [o.dict, ...o.bases, ...companionReferents(o)];
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

/** gc_collect_main: one collection of `generation` and the younger ones; returns CPython's count. */
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
  const old = generation < 2 ? gens[generation + 1]! : young;
  const unreachable = findUnreachable(young);
  untrackAtomicContainers(young, generation === 2);
  // survivors move on to the next generation
  if (young !== old) {
    if (generation === 1) gc.longLivedPending += young.size;
    for (const o of young) old.add(o);
    young.clear();
  } else {
    gc.longLivedPending = 0;
    gc.longLivedTotal = young.size;
  }
  if (unreachable.length === 0) {
    rt.recorder?.gcRan(generation, 0);
    return 0;
  }
  for (const o of unreachable) o.flags |= Flag.Unreachable;
  let found = handleWeakrefs(rt, unreachable, old);
  finalizeGarbage(rt, unreachable);
  const finalList = handleResurrectedObjects(unreachable, old);
  for (const o of finalList) found += 1 + (o.kind === 'type' ? companionGarbageCount(o) : 0);
  rt.recorder?.gcRan(generation, found);
  deleteGarbage(rt, finalList, old);
  return found;
}

/**
 * finalize_garbage: each object with a tp_finalize runs it once (`__del__`; a generator not yet
 * finished is closed, which releases its frame), in list order. Objects may die or be
 * resurrected meanwhile.
 */
function finalizeGarbage(rt: Runtime, unreachable: readonly PyObj[]): void {
  for (const o of unreachable) {
    if (o.flags & (Flag.Freed | Flag.Finalized)) continue;
    rt.incref(o);
    if (o.kind === 'generator') finalizeGenerator(rt, o);
    else rt.heap.hooks.finalize(o);
    rt.decref(o);
  }
}

/** _PyGen_Finalize: gen_close throws GeneratorExit into a started or unstarted frame; with no handler to run, the frame is simply released. */
function finalizeGenerator(rt: Runtime, g: PyGenerator): void {
  if (!g.frame || g.running) return;
  if (rt.closeGenerator(g)) return; // resurrected
  g.flags |= Flag.Finalized;
  if (g.frame) rt.finishGenerator(g);
}

/**
 * handle_resurrected_objects: whatever a finalizer made reachable again goes to the old
 * generation; the rest is the final garbage.
 */
function handleResurrectedObjects(unreachable: readonly PyObj[], old: Set<PyObj>): PyObj[] {
  const alive = unreachable.filter((o) => !(o.flags & Flag.Freed));
  const stillUnreachable = new Set(findUnreachable(new Set(alive)));
  for (const o of alive) {
    if (stillUnreachable.has(o)) continue;
    o.flags &= ~Flag.Unreachable;
    if (o.flags & Flag.GcTracked) old.add(o);
  }
  return alive.filter((o) => stillUnreachable.has(o));
}

/**
 * delete_garbage: tp_clear each in turn (a type also drops its descriptors and MRO tuple);
 * refcounts then fall to zero and free the rest. What is still alive after its own clear (a
 * tuple, which has no tp_clear) goes to the old generation, to die when the others are cleared.
 */
function deleteGarbage(rt: Runtime, finalList: readonly PyObj[], old: Set<PyObj>): void {
  const heap = rt.heap;
  heap.freedCause = 'gc';
  try {
    for (const o of finalList) {
      if (o.flags & Flag.Freed) continue;
      rt.incref(o);
      const refs: PyObj[] = takeReferencesForClear(o);
      if (o.kind === 'type') refs.push(...takeCompanionsForClear(heap, o));
      rt.recorder?.touched(o);
      for (const r of refs) rt.decref(r);
      rt.decref(o);
    }
  } finally {
    heap.freedCause = 'refcount';
  }
  for (const o of finalList) {
    if (o.flags & Flag.Freed) continue;
    o.flags &= ~Flag.Unreachable;
    if (o.flags & Flag.GcTracked) old.add(o);
  }
}

/**
 * The objects of `young` reachable only from each other, as gcmodule.c finds them: update_refs
 * and subtract_refs leave each object its references from outside the set; move_unreachable
 * then scans the list in order, moving objects with none to the unreachable list and moving
 * back (to the end of the list) those a reachable object's tp_traverse finds there. So the
 * survivors are reordered as CPython reorders them, which decides the order later collections
 * (and interpreter shutdown) run finalizers in. `young` is left holding the survivors in order.
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
  const list = [...young];
  const unreachable = new Set<PyObj>();
  const survivors: PyObj[] = [];
  for (let i = 0; i < list.length; i++) {
    const o = list[i]!;
    if (gcRefs.get(o)! <= 0) {
      unreachable.add(o);
      continue;
    }
    survivors.push(o);
    for (const r of traverseOrder(o)) {
      const n = gcRefs.get(r);
      if (n === undefined) continue;
      if (unreachable.delete(r)) {
        list.push(r);
        gcRefs.set(r, 1);
      } else if (n <= 0) gcRefs.set(r, 1);
    }
  }
  young.clear();
  for (const o of survivors) young.add(o);
  return [...unreachable];
}

/** gcReferents in tp_traverse order: list_traverse and tupletraverse visit their items last first. */
function traverseOrder(o: PyObj): PyObj[] {
  if (o.kind === 'list' || o.kind === 'tuple') return o.items.slice().reverse();
  return gcReferents(o);
}


/**
 * handle_weakrefs: weak references to the garbage are cleared before any finalizer runs (and
 * weak references that are garbage themselves are cleared too, so their callbacks never run);
 * then the callbacks of the live ones run, object by object, newest weak reference first. A
 * weak reference its own callback freed counts toward the collection's result; one that
 * survives moves to the old generation.
 */
function handleWeakrefs(rt: Runtime, garbage: readonly PyObj[], old: Set<PyObj>): number {
  const dead = new Set(garbage);
  const callbacks: PyWeakref[] = [];
  for (const o of garbage) {
    if (o.kind === 'weakref' && o.referent) detachWeakref(rt, o);
    if (!o.weakrefs) continue;
    const refs = o.weakrefs;
    o.weakrefs = null;
    for (const w of refs) {
      w.referent = null;
      rt.recorder?.touched(w);
    }
    // wr_callback list order: newest first (PyWeakref_NewRef inserts at the head)
    for (let i = refs.length - 1; i >= 0; i--) {
      const w = refs[i]!;
      if (w.callback && !dead.has(w)) callbacks.push(w);
    }
  }
  let freed = 0;
  for (const w of callbacks) rt.incref(w);
  for (const w of callbacks) {
    for (const g of rt.heap.generations) g.delete(w);
    try {
      rt.decref(rt.call(w.callback!, [w], null));
    } catch (e) {
      rt.reportIgnored(e, `<function ${describe(w.callback!)}>`);
    }
    rt.decref(w);
    if (w.flags & Flag.Freed) freed++;
    else if (w.flags & Flag.GcTracked) old.add(w);
  }
  return freed;
}

/** _PyWeakref_ClearRef on a weak reference that is itself garbage: it leaves its referent's list. */
function detachWeakref(rt: Runtime, w: PyWeakref): void {
  const target = w.referent!;
  w.referent = null;
  if (target.weakrefs) {
    const i = target.weakrefs.indexOf(w);
    if (i >= 0) target.weakrefs.splice(i, 1);
    if (target.weakrefs.length === 0) target.weakrefs = null;
  }
  rt.recorder?.touched(w);
}

function describe(o: PyObj): string {
  return o.kind === 'function' ? o.qualname : o.cls.name;
}

/**
 * Tuples (and, in a full collection, dicts) that hold only objects the collector cannot see
 * stop being tracked (CPython's untrack_tuples / untrack_dicts). A class's bases tuple is one
 * of those tuples; its dict holds its descriptors, which are tracked, so it stays.
 */
function untrackAtomicContainers(survivors: Set<PyObj>, full: boolean): void {
  const holdsDescriptors = new Set<PyObj>();
  for (const o of survivors) {
    if (o.kind !== 'type') continue;
    maybeUntrackBases(o);
    if (o.companions && o.companions.descriptors > 0) holdsDescriptors.add(o.dict);
  }
  for (const o of [...survivors]) {
    const atomic = o.kind === 'tuple'
      ? o.items.every((x) => !mayBeTrackedQuick(x))
      : full && o.kind === 'dict' && !holdsDescriptors.has(o) && o.store.entries().every(([k, v]) => !mayBeTrackedQuick(k) && !mayBeTrackedQuick(v));
    if (atomic) {
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
