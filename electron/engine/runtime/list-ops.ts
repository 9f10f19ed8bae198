// List storage as CPython 3.11's Objects/listobject.c manages it: every operation keeps the
// list's `allocated` capacity exactly as list_resize / list_preallocate_exact would, so that
// `sys.getsizeof(lst)` (56 + 8 * allocated) matches CPython as a list grows and shrinks.
// Also the sequence operators `+`, `*`, `+=`, `*=` of lists, tuples and strings.
import { lookupInMro, typeName } from './attributes';
import { getIter, iterNext, rangeLengthOf } from './iteration';
import type { PyList, PyObj, PyTuple } from './objects';
import type { Runtime } from './runtime';

/** sizeof(PyListObject) plus the GC header; each allocated slot adds a pointer */
export const LIST_BASE_SIZE = 56;
const PY_SSIZE_T_MAX = (1n << 63n) - 1n;

/**
 * Lists whose item buffer exists although its capacity is 0 (`list_resize(0)` reallocates to
 * zero bytes but keeps a non-NULL pointer). Everywhere else `allocated === 0` means
 * `ob_item == NULL`, which decides between list_preallocate_exact and list_resize.
 */
const zeroCapacityBuffers = new WeakSet<PyList>();

function hasBuffer(list: PyList): boolean {
  return list.allocated > 0 || zeroCapacityBuffers.has(list);
}

/** The capacity list_resize(self, newSize) leaves when the list currently holds `size` items. */
export function resizedCapacity(allocated: number, size: number, newSize: number): number {
  if (allocated >= newSize && newSize >= allocated >> 1) return allocated;
  if (newSize === 0) return 0;
  let capacity = (newSize + (newSize >> 3) + 6) & ~3;
  if (newSize - size > capacity - newSize) capacity = (newSize + 3) & ~3;
  return capacity;
}

/** list_preallocate_exact rounds the capacity up to an even number of slots. */
export function exactCapacity(n: number): number {
  return (n + 1) & ~1;
}

/** Changes a list's capacity, charging (or refunding) the simulated heap for the slots. */
function setCapacity(rt: Runtime, list: PyList, capacity: number): void {
  const delta = (capacity - list.allocated) * 8;
  if (delta > 0) rt.chargeMemory(delta);
  rt.heap.bytesInUse += delta;
  list.allocated = capacity;
  if (capacity === 0) zeroCapacityBuffers.add(list);
}

/**
 * `list_resize(list, newSize)` as called while the list still holds `size` items (CPython
 * moves items before shrinking, so `size` is the old length there). Callers then change
 * `list.items` themselves.
 */
export function listResize(rt: Runtime, list: PyList, newSize: number, size = list.items.length): void {
  const capacity = resizedCapacity(list.allocated, size, newSize);
  if (capacity !== list.allocated) setCapacity(rt, list, capacity);
}

function preallocateExact(rt: Runtime, list: PyList, n: number): void {
  setCapacity(rt, list, exactCapacity(n));
}

/** `_list_clear`: drops the buffer (ob_item = NULL), releasing items last to first. */
export function listClear(rt: Runtime, list: PyList): void {
  const items = list.items;
  list.items = [];
  setCapacity(rt, list, 0);
  zeroCapacityBuffers.delete(list);
  rt.recorder?.touchedAt(list, 0, 0);
  for (let i = items.length - 1; i >= 0; i--) rt.decref(items[i]!);
}

/** `list.append(item)` / LIST_APPEND: `item` is borrowed. */
export function listAppend(rt: Runtime, list: PyList, item: PyObj): void {
  listResize(rt, list, list.items.length + 1);
  list.items.push(rt.incref(item));
  rt.recorder?.touchedAt(list, list.items.length - 1, list.items.length);
}

/** Appends, taking the caller's reference to `item` (`_PyList_AppendTakeRef`). */
export function listAppendTakeRef(rt: Runtime, list: PyList, item: PyObj): void {
  listResize(rt, list, list.items.length + 1);
  list.items.push(item);
  rt.recorder?.touchedAt(list, list.items.length - 1, list.items.length);
}

/** `ins1`: `list.insert(where, item)` with `item` borrowed. */
export function listInsert(rt: Runtime, list: PyList, where: bigint | number, item: PyObj): void {
  const n = list.items.length;
  let at = typeof where === 'bigint' ? clampToNumber(where) : where;
  listResize(rt, list, n + 1);
  if (at < 0) {
    at += n;
    if (at < 0) at = 0;
  }
  if (at > n) at = n;
  list.items.splice(at, 0, rt.incref(item));
  rt.recorder?.touchedAt(list, at, n + 1);
}

function clampToNumber(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  if (v < BigInt(Number.MIN_SAFE_INTEGER)) return Number.MIN_SAFE_INTEGER;
  return Number(v);
}

/**
 * `PyObject_LengthHint(o, fallback)`: len() for objects that have one, else a builtin
 * iterator's remaining length, else `__length_hint__`, else the fallback.
 */
export function lengthHint(rt: Runtime, o: PyObj, fallback: number): number {
  switch (o.kind) {
    case 'list': case 'tuple': return o.items.length;
    case 'str': return [...o.value].length;
    case 'dict': return o.store.size;
    case 'set': return o.store.size;
    case 'dictview': return o.dict.store.size;
    case 'range': return Number(rangeLengthOf(o.start, o.stop, o.step));
    case 'iterator': {
      const it = o.iter;
      switch (it.type) {
        case 'seq': {
          if (!it.seq) return 0;
          const seq = it.seq;
          const len = seq.kind === 'str' ? [...seq.value].length : (seq as { items: PyObj[] }).items.length;
          return Math.max(0, len - it.index);
        }
        case 'reversed': return it.seq ? Math.max(0, it.index + 1) : 0;
        case 'range': return Number(it.remaining > 0n ? it.remaining : 0n);
        case 'dict': return it.dict && it.size === it.dict.store.size ? remainingPositions(it.dict.store, it.pos) : 0;
        case 'set': return it.set && it.size === it.set.store.size ? remainingPositions(it.set.store, it.pos) : 0;
        default: return fallback;
      }
    }
    case 'instance': {
      const len = lookupInMro(o.cls, '__len__');
      if (len && len.kind === 'function') return callForInt(rt, len, o, '__len__');
      const hint = lookupInMro(o.cls, '__length_hint__');
      if (hint && hint.kind === 'function') {
        const r = rt.call(hint, [o], null);
        if (r === rt.NotImplemented) {
          rt.decref(r);
          return fallback;
        }
        rt.decref(r);
        if (r.kind !== 'int') throw rt.typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
        if (r.value < 0n) throw rt.valueError('__length_hint__() should return >= 0');
        return Number(r.value);
      }
      return fallback;
    }
    default:
      return fallback;
  }
}

/** the items a dict or set iterator has still to produce (CPython's `di_len` / `len`) */
function remainingPositions(store: { nextPosition(from: number): number }, from: number): number {
  let n = 0;
  for (let pos = store.nextPosition(from); pos >= 0; pos = store.nextPosition(pos + 1)) n++;
  return n;
}

function callForInt(rt: Runtime, fn: PyObj, self: PyObj, name: string): number {
  const r = rt.call(fn, [self], null);
  rt.decref(r);
  if (r.kind !== 'int') throw rt.typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
  if (r.value < 0n) throw rt.valueError(`${name}() should return >= 0`);
  return Number(r.value);
}

/** `list.extend(iterable)` and `list += iterable`, in place. */
export function listExtend(rt: Runtime, list: PyList, iterable: PyObj): void {
  const exact = (iterable.kind === 'list' && iterable.cls === rt.types.list) || (iterable.kind === 'tuple' && iterable.cls === rt.types.tuple);
  if (exact || iterable === list) {
    const source = (iterable as PyList | PyTuple).items.slice();
    const n = source.length;
    if (n === 0) return;
    if (!hasBuffer(list)) preallocateExact(rt, list, n);
    else listResize(rt, list, list.items.length + n);
    const from = list.items.length;
    for (const item of source) list.items.push(rt.incref(item));
    rt.recorder?.touchedAt(list, from, list.items.length);
    return;
  }
  const it = getIter(rt, iterable);
  try {
    const n = lengthHint(rt, iterable, 8);
    const m = list.items.length;
    if (!hasBuffer(list)) {
      if (n > 0) preallocateExact(rt, list, n);
    } else {
      listResize(rt, list, m + n, m);
    }
    for (let item = iterNext(rt, it); item !== null; item = iterNext(rt, it)) {
      if (list.items.length >= list.allocated) listResize(rt, list, list.items.length + 1);
      list.items.push(item);
      rt.recorder?.touchedAt(list, list.items.length - 1, list.items.length);
    }
    if (list.items.length < list.allocated) listResize(rt, list, list.items.length);
  } finally {
    rt.decref(it);
  }
}

/** `list(iterable)` on a fresh list (`list___init__`): exact preallocation when len() is known. */
export function listFromIterable(rt: Runtime, iterable: PyObj): PyList {
  const list = rt.list([]);
  try {
    const len = knownLength(rt, iterable);
    if (len !== null && len > 0) preallocateExact(rt, list, len);
    listExtend(rt, list, iterable);
  } catch (e) {
    rt.decref(list);
    throw e;
  }
  return list;
}

/** `PySequence_List` (used by sorted()): a new empty list extended by the iterable. */
export function sequenceToList(rt: Runtime, iterable: PyObj): PyList {
  const list = rt.list([]);
  try {
    listExtend(rt, list, iterable);
  } catch (e) {
    rt.decref(list);
    throw e;
  }
  return list;
}

/** len() for objects whose type has one (`_PyObject_HasLen`), else null. */
function knownLength(rt: Runtime, o: PyObj): number | null {
  switch (o.kind) {
    case 'list': case 'tuple': case 'str': case 'dict': case 'set': case 'dictview': case 'range':
      return lengthHint(rt, o, 0);
    case 'instance': {
      const len = lookupInMro(o.cls, '__len__');
      return len && len.kind === 'function' ? callForInt(rt, len, o, '__len__') : null;
    }
    default:
      return null;
  }
}

/** `a + b` for two lists or two tuples: a new object. */
export function sequenceConcat(rt: Runtime, a: PyList | PyTuple, b: PyList | PyTuple): PyObj {
  if (a.kind === 'tuple') {
    if (b.items.length === 0 && a.cls === rt.types.tuple) return rt.incref(a);
    if (a.items.length === 0 && b.cls === rt.types.tuple) return rt.incref(b);
    guardSize(rt, a.items.length + b.items.length, 40);
    return rt.tuple([...a.items, ...b.items].map((x) => rt.incref(x)));
  }
  const n = a.items.length + b.items.length;
  if (n === 0) return rt.list([]);
  guardSize(rt, n, LIST_BASE_SIZE);
  return rt.list([...a.items, ...b.items].map((x) => rt.incref(x)), n);
}

/** Raises MemoryError before allocating `n` pointer slots that would break the memory cap. */
function guardSize(rt: Runtime, n: number, base: number): void {
  const bytes = base + 8 * n;
  if (rt.heap.bytesInUse + bytes > rt.budgets.maxBytes) throw rt.memoryError(bytes);
}

/** `seq * n` for str, list and tuple (n already an int). */
export function sequenceRepeat(rt: Runtime, seq: PyObj, n: bigint): PyObj {
  if (n > PY_SSIZE_T_MAX || n < -PY_SSIZE_T_MAX - 1n) {
    throw rt.error(rt.types.OverflowError, `cannot fit 'int' into an index-sized integer`);
  }
  const count = n < 0n ? 0n : n;
  switch (seq.kind) {
    case 'str': {
      if (count === 1n && seq.cls === rt.types.str) return rt.incref(seq);
      const total = BigInt(seq.value.length) * count;
      if (total === 0n) return rt.str('');
      const bytes = 49n + total;
      if (BigInt(rt.heap.bytesInUse) + bytes > BigInt(rt.budgets.maxBytes)) throw rt.memoryError(Number(bytes));
      return rt.str(seq.value.repeat(Number(count)));
    }
    case 'list': {
      const len = BigInt(seq.items.length);
      if (len === 0n || count === 0n) return rt.list([]);
      checkRepeatSize(rt, len * count, LIST_BASE_SIZE);
      const out = repeatItems(rt, seq.items, Number(count));
      return rt.list(out, out.length);
    }
    case 'tuple': {
      const len = BigInt(seq.items.length);
      if ((len === 0n || count === 1n) && seq.cls === rt.types.tuple) return rt.incref(seq);
      if (len === 0n || count === 0n) return rt.tuple([]);
      checkRepeatSize(rt, len * count, 40);
      return rt.tuple(repeatItems(rt, seq.items, Number(count)));
    }
    default:
      throw rt.typeError(`can't multiply sequence by non-int of type '${typeName(seq)}'`);
  }
}

function checkRepeatSize(rt: Runtime, total: bigint, base: number): void {
  const bytes = BigInt(base) + 8n * total;
  if (total > PY_SSIZE_T_MAX / 8n || BigInt(rt.heap.bytesInUse) + bytes > BigInt(rt.budgets.maxBytes)) {
    throw rt.memoryError(Number(bytes));
  }
}

function repeatItems(rt: Runtime, items: readonly PyObj[], count: number): PyObj[] {
  const out: PyObj[] = new Array<PyObj>(items.length * count);
  let k = 0;
  for (let r = 0; r < count; r++) {
    for (const item of items) out[k++] = rt.incref(item);
  }
  return out;
}

/** `list *= n` (`list_inplace_repeat`). */
export function listInplaceRepeat(rt: Runtime, list: PyList, n: bigint): void {
  if (n > PY_SSIZE_T_MAX || n < -PY_SSIZE_T_MAX - 1n) {
    throw rt.error(rt.types.OverflowError, `cannot fit 'int' into an index-sized integer`);
  }
  const size = list.items.length;
  if (size === 0 || n === 1n) return;
  if (n < 1n) {
    listClear(rt, list);
    return;
  }
  checkRepeatSize(rt, BigInt(size) * n, LIST_BASE_SIZE);
  const count = Number(n);
  listResize(rt, list, size * count);
  const original = list.items.slice();
  for (let r = 1; r < count; r++) {
    for (const item of original) list.items.push(rt.incref(item));
  }
  rt.recorder?.touched(list);
}

/** Records that `list_resize(0)` / `_list_clear` semantics apply (used by slice deletion). */
export function listDropBuffer(list: PyList): void {
  zeroCapacityBuffers.delete(list);
}
export { sortList } from './list-sort';
