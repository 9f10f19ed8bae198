// What a class statement's type owns in CPython besides its dict, kept by the engine as counts
// rather than objects of their own (so they stay out of the game's heap diagrams): the
// `__bases__` and `__mro__` tuples, one getset or member descriptor per attribute the class adds
// (`__dict__`, `__weakref__`, each slot), the weak reference its base keeps in `__subclasses__`,
// the `__slots__` tuple (ht_slots) and the base's subclasses dict. They matter because the
// collector counts them when a class dies (`class A: pass; del A` makes gc.collect() return 6),
// they hold references to the type and its bases, and their allocations move the collector's
// allocation count. Objects/typeobject.c: type_new, type_ready, add_subclass, type_traverse,
// type_clear, type_dealloc.
import type { Heap } from './heap';
import type { PyObj, PyType } from './objects';

export interface TypeCompanions {
  /** tp_bases: the `__bases__` tuple is still tracked by the collector (untrack_tuples drops it once it holds only untracked types) */
  basesTracked: boolean;
  /** tp_mro: the `__mro__` tuple (the type itself first), until type_clear drops it */
  mro: PyType[] | null;
  /** getset (`__dict__`, `__weakref__`) and member (one per slot) descriptors in the class dict; each holds the type */
  descriptors: number;
  /** the length of the class's own `__slots__` tuple (ht_slots), freed with the type; -1 without one */
  ownSlotsTuple: number;
  /** a subclass registered itself: this type owns a tp_subclasses dict, freed with the type */
  hasSubclassesDict: boolean;
}

export interface ClassShape {
  descriptors: number;
  /** the names the class's own `__slots__` lists (ht_slots), or null without `__slots__` */
  ownSlots: readonly string[] | null;
}

function userTypes(types: readonly PyType[]): PyType[] {
  return types.filter((t) => !t.builtin);
}

/**
 * The allocations type_new makes for `cls` before the type object itself: the `(object,)`
 * tuple of a class without bases (type_new_get_bases) and, for a `__slots__` class, the sorted
 * list of names and the ht_slots tuple made from it (type_new_slots_impl).
 */
export function allocateBeforeType(heap: Heap, hasExplicitBases: boolean, ownSlots: readonly string[] | null): void {
  if (!hasExplicitBases) heap.phantomAllocation(1);
  if (ownSlots) {
    heap.phantomList();
    if (ownSlots.length > 0) heap.phantomAllocation(ownSlots.length);
    heap.phantomListFree();
  }
}

/**
 * Attaches the companions to a freshly made type and takes the references they hold, in
 * type_ready's order: the MRO tuple (holding the type and every class in its MRO), the
 * descriptors (each holding the type), then add_subclass's weak reference and, for the base's
 * first subclass, the base's subclasses dict.
 */
export function attachCompanions(heap: Heap, cls: PyType, base: PyType, shape: ClassShape): void {
  const mro = cls.mro.slice();
  heap.phantomAllocation(mro.length);
  for (const t of userTypes(mro)) t.rc++;
  for (let i = 0; i < shape.descriptors; i++) heap.phantomAllocation();
  cls.rc += shape.descriptors;
  // the __bases__ tuple holds each base (tp_base, held separately, is `cls.bases`)
  for (const b of userTypes(cls.bases)) b.rc++;
  heap.phantomAllocation();
  if (!base.builtin && base.companions && !base.companions.hasSubclassesDict) {
    base.companions.hasSubclassesDict = true;
    heap.phantomDict();
  }
  cls.companions = {
    basesTracked: true,
    mro,
    descriptors: shape.descriptors,
    ownSlotsTuple: shape.ownSlots ? shape.ownSlots.length : -1,
    hasSubclassesDict: false,
  };
}

/**
 * What the collector sees `cls` reference through its companions (type_traverse visits tp_mro
 * and tp_bases; the dict visits the descriptors, which visit the type): the companions are
 * reachable only through the type, so they are traversed as part of it.
 */
export function companionReferents(cls: PyType): PyType[] {
  const c = cls.companions;
  if (!c) return [];
  const out: PyType[] = [];
  if (c.mro) out.push(...userTypes(c.mro));
  if (c.basesTracked) out.push(...userTypes(cls.bases));
  for (let i = 0; i < c.descriptors; i++) out.push(cls);
  return out;
}

/** How many tracked objects besides the type itself a collection of `cls` finds. */
export function companionGarbageCount(cls: PyType): number {
  const c = cls.companions;
  if (!c) return 0;
  return (c.mro ? 1 : 0) + (c.basesTracked ? 1 : 0) + c.descriptors;
}

/** untrack_tuples: a surviving `__bases__` tuple that holds only untracked (builtin) types stops being tracked. */
export function maybeUntrackBases(cls: PyType): void {
  const c = cls.companions;
  if (c && c.basesTracked && userTypes(cls.bases).length === 0) c.basesTracked = false;
}

/**
 * type_clear, after the dict is cleared: the descriptors it held are freed (each releasing the
 * type), then tp_mro is dropped (tupledealloc releases its items last to first). Returns the
 * references to release, in order.
 */
export function takeCompanionsForClear(heap: Heap, cls: PyType): PyType[] {
  const c = cls.companions;
  if (!c) return [];
  const out: PyType[] = [];
  for (let i = 0; i < c.descriptors; i++) {
    heap.phantomFree();
    out.push(cls);
  }
  c.descriptors = 0;
  if (c.mro) {
    heap.phantomTupleFree(c.mro.length);
    out.push(...userTypes(c.mro).reverse());
    c.mro = null;
  }
  return out;
}

/**
 * type_dealloc's order: the base's subclasses entry (a weak reference) is freed first, then
 * tp_base, the dict, the bases tuple, the MRO tuple if type_clear did not drop it, ht_slots and
 * the type's own subclasses dict. Returns the references to release, in order.
 */
export function takeTypeReferencesForDealloc(heap: Heap, cls: PyType): PyObj[] {
  const c = cls.companions;
  const out: PyObj[] = [...cls.bases, cls.dict];
  if (!c) return out;
  heap.phantomFree();
  heap.phantomTupleFree(cls.bases.length);
  out.push(...userTypes(cls.bases).reverse());
  out.push(...takeCompanionsForClear(heap, cls));
  if (c.ownSlotsTuple >= 0) heap.phantomTupleFree(c.ownSlotsTuple);
  if (c.hasSubclassesDict) heap.phantomDictFree();
  cls.companions = undefined;
  return out;
}
