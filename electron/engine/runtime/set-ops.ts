// Set and frozenset operations with reference counting. The table work (layout, order,
// resizing) is CPython's own algorithm in values/set-table.ts; here each member gains a
// reference when it enters a set and loses it when it leaves, released in CPython's order.
import { typeName } from './attributes';
import { iterateToArray } from './iteration';
import { lookupKey } from './keys';
import type { PyObj, PySet } from './objects';
import type { Runtime } from './runtime';
import { memberHash, membersEqual, rememberKey } from './set-store';
import { SetTable as SetTableClass } from '../values/set-table';
import type { SetEntry, SetSource, SetTable } from '../values/set-table';

export type SetOperator = '|' | '&' | '-' | '^';

/** The hash of `item` as a set stores it; TypeError for unhashable objects. */
function entryOf(rt: Runtime, item: PyObj): SetEntry<PyObj> {
  const k = lookupKey(rt, item);
  rememberKey(item, k.key, k.eq);
  return { value: item, hash: memberHash(item, k.key) };
}

/**
 * Runs `f` with `item` as a lookup key; a plain set that is unhashable is looked up as the
 * equal frozenset, as set_contains / set_discard do.
 */
function withKey<T>(rt: Runtime, item: PyObj, f: (entry: SetEntry<PyObj>) => T): T {
  if (item.kind === 'set' && !item.frozen) {
    const frozen = setFromIterable(rt, item, true);
    try {
      return f(entryOf(rt, frozen));
    } finally {
      rt.decref(frozen);
    }
  }
  return f(entryOf(rt, item));
}

export function setHas(rt: Runtime, set: PySet, item: PyObj): boolean {
  return withKey(rt, item, (e) => set.store.table.has(e.value, e.hash));
}

/** `set.add(item)` (borrowed): true when it was added. */
export function setAdd(rt: Runtime, set: PySet, item: PyObj): boolean {
  const e = entryOf(rt, item);
  if (!set.store.table.add(e.value, e.hash)) return false;
  rt.incref(item);
  set.store.changed();
  rt.recorder?.touched(set);
  return true;
}

/** `set.discard(item)`: true when a member was removed (and released). */
export function setDiscard(rt: Runtime, set: PySet, item: PyObj): boolean {
  const stored = withKey(rt, item, (e) => set.store.removeHashed(e.value, e.hash));
  if (stored === null) return false;
  rt.recorder?.touched(set);
  rt.decref(stored);
  return true;
}

/** What a set operation reads from, plus the temporary references to release afterwards. */
interface Operand {
  readonly source: SetSource<PyObj>;
  /** the error met while reading an iterable (after the items before it) */
  readonly error: unknown;
  release(): void;
}

function operandOf(rt: Runtime, o: PyObj): Operand {
  if (o.kind === 'set') return { source: o.store.source(), error: null, release: () => undefined };
  if (o.kind === 'dict' && o.cls === rt.types.dict) {
    const entries = o.store.entries().map(([k]) => entryOf(rt, k));
    return { source: { kind: 'dict', entries }, error: null, release: () => undefined };
  }
  const items = iterateToArray(rt, o);
  const entries: SetEntry<PyObj>[] = [];
  let error: unknown = null;
  for (const item of items) {
    try {
      entries.push(entryOf(rt, item));
    } catch (e) {
      error = e;
      break;
    }
  }
  return { source: { kind: 'iterable', entries }, error, release: () => rt.heap.decrefAll(items) };
}

/** Runs `f` over operands built from `others`, releasing them and rethrowing a read error. */
function withOperands<T>(rt: Runtime, others: readonly PyObj[], f: (sources: SetSource<PyObj>[]) => T): T {
  const operands: Operand[] = [];
  try {
    for (const o of others) {
      const op = operandOf(rt, o);
      operands.push(op);
      if (op.error !== null) break;
    }
    const result = f(operands.map((op) => op.source));
    const failed = operands.find((op) => op.error !== null);
    if (failed) throw failed.error;
    return result;
  } finally {
    for (const op of operands) op.release();
  }
}

/** A new set (or frozenset) holding a reference to each member of `table`. */
export function setFromTable(rt: Runtime, table: SetTable<PyObj>, frozen: boolean): PySet {
  const s = rt.set(frozen) as PySet;
  for (const x of table) rt.incref(x);
  s.store.adopt(table);
  return s;
}

/**
 * Mutates `set` through `f` (which works on the table only), then settles references:
 * new members gain one, removed members lose theirs — in `order` (the sequence CPython
 * discards them in) where given, else in the table order they had.
 */
export function mutateSet(rt: Runtime, set: PySet, f: (table: SetTable<PyObj>) => void, order: readonly PyObj[] = []): void {
  const before = set.store.items();
  f(set.store.table);
  set.store.changed();
  const after = new Set(set.store.table);
  const had = new Set(before);
  for (const x of after) if (!had.has(x)) rt.incref(x);
  const removed = new Set(before.filter((x) => !after.has(x)));
  if (removed.size === 0 && after.size === had.size) return;
  rt.recorder?.touched(set);
  for (const x of order) {
    if (removed.delete(x)) rt.decref(x);
  }
  for (const x of removed) rt.decref(x);
}

function sourceOrder(source: SetSource<PyObj>): PyObj[] {
  return source.kind === 'set' ? [...source.table] : source.entries.map((e) => e.value);
}

/**
 * A set display `{a, b, c}` (items borrowed). With three or more constant members CPython's
 * compiler folds them into a frozenset constant first, which can change the order of members
 * whose slots collide; `allConstant` says whether every member is a literal constant.
 */
export function setFromDisplay(rt: Runtime, items: readonly PyObj[], allConstant: boolean): PySet {
  const entries = items.map((x) => entryOf(rt, x));
  const table = SetTableClass.fromDisplay(membersEqual, entries, allConstant);
  return setFromTable(rt, table, false);
}

/** `set(iterable)` / `frozenset(iterable)`: a frozenset of an exact frozenset is itself. */
export function setFromIterable(rt: Runtime, iterable: PyObj | null, frozen: boolean): PySet {
  if (frozen && iterable && iterable.kind === 'set' && iterable.frozen && iterable.cls === rt.types.frozenset) {
    return rt.incref(iterable);
  }
  const s = rt.set(frozen) as PySet;
  if (iterable === null) return s;
  try {
    setUpdate(rt, s, [iterable]);
  } catch (e) {
    rt.decref(s);
    throw e;
  }
  return s;
}

/** `s.update(*others)` / `s |= t`. */
export function setUpdate(rt: Runtime, set: PySet, others: readonly PyObj[]): void {
  for (const o of others) {
    withOperands(rt, [o], ([src]) => mutateSet(rt, set, (t) => t.update(src!)));
  }
}

/** `a op b` for two sets: a new set of a's kind (set or frozenset). */
export function setBinary(rt: Runtime, op: SetOperator, a: PySet, b: PyObj): PySet {
  return withOperands(rt, [b], ([src]) => {
    const t = a.store.table;
    switch (op) {
      case '|': return setFromTable(rt, t.union(src!), a.frozen);
      case '&': return setFromTable(rt, t.intersection(src!), a.frozen);
      case '-': return setFromTable(rt, t.difference(src!), a.frozen);
      case '^': return setFromTable(rt, t.symmetricDifference(src!), a.frozen);
    }
  });
}

/** `a op= b` on a mutable set. */
export function setInplace(rt: Runtime, op: SetOperator, a: PySet, b: PyObj): void {
  if (a.frozen) throw rt.typeError(`'${typeName(a)}' object does not support in-place set operations`);
  withOperands(rt, [b], ([src]) => {
    switch (op) {
      case '|': return mutateSet(rt, a, (t) => t.update(src!));
      case '&': return mutateSet(rt, a, (t) => t.intersectionUpdate(src!));
      case '-': return mutateSet(rt, a, (t) => t.differenceUpdate(src!), sourceOrder(src!));
      case '^': return mutateSet(rt, a, (t) => t.symmetricDifferenceUpdate(src!), sourceOrder(src!));
    }
  });
}

/** Multi-operand forms of the set methods (`s.union(a, b)`, `s.difference_update(a, b)` ...). */
export function setMethodOp(
  rt: Runtime,
  name: 'union' | 'intersection' | 'difference' | 'intersection_update' | 'difference_update',
  set: PySet,
  others: readonly PyObj[],
): PyObj {
  const t = set.store.table;
  switch (name) {
    case 'union':
      return withOperands(rt, others, (srcs) => setFromTable(rt, t.union(...srcs), set.frozen));
    case 'intersection':
      return withOperands(rt, others, (srcs) => setFromTable(rt, t.intersectionMulti(...srcs), set.frozen));
    case 'difference':
      return withOperands(rt, others, (srcs) => setFromTable(rt, t.differenceMulti(...srcs), set.frozen));
    case 'intersection_update':
      withOperands(rt, others, (srcs) => mutateSet(rt, set, (tt) => tt.intersectionUpdate(...srcs)));
      return rt.none();
    case 'difference_update':
      for (const o of others) {
        withOperands(rt, [o], ([src]) => mutateSet(rt, set, (tt) => tt.differenceUpdate(src!), sourceOrder(src!)));
      }
      return rt.none();
  }
}

/** `a <= b` between set-like operands: every member of a is in b. */
export function setIsSubset(rt: Runtime, a: PySet, b: PySet): boolean {
  if (a.store.size > b.store.size) return false;
  for (const e of a.store.table.entries()) if (!b.store.table.has(e.value, e.hash)) return false;
  return true;
}

/** `s.isdisjoint(other)`. */
export function setIsDisjoint(rt: Runtime, s: PySet, other: PyObj): boolean {
  if (other.kind === 'set') {
    const [small, large] = s.store.size <= other.store.size ? [s, other] : [other, s];
    for (const e of small.store.table.entries()) if (large.store.table.has(e.value, e.hash)) return false;
    return true;
  }
  return withOperands(rt, [other], ([src]) => {
    const entries = src!.kind === 'set' ? [...src!.table.entries()] : src!.entries;
    return !entries.some((e) => s.store.table.has(e.value, e.hash));
  });
}
