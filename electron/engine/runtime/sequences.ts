// Subscripts, `in` and len() for the builtin containers, as CPython 3.11's sq_item /
// mp_subscript / sq_contains / sq_length slots do them, with user dunders for instances.
// Slices follow PySlice_Unpack + PySlice_AdjustIndices.
import { lookupInMro, typeName } from './attributes';
import { eq, truthy } from './compare';
import { dictGet, dictPop, dictSet } from './dict-ops';
import { PyException } from './errors';
import { getIter, iterNext, rangeLengthOf } from './iteration';
import { sliceAssign, sliceDelete, extendedSliceAssign, extendedSliceDelete, listSlice } from './list-slices';
import type { PyList, PyObj, PyRange, PySlice } from './objects';
import type { Runtime } from './runtime';
import { setHas } from './set-ops';

const PY_SSIZE_T_MAX = (1n << 63n) - 1n;
const PY_SSIZE_T_MIN = -(1n << 63n);

export function rangeLength(r: PyRange): bigint {
  return rangeLengthOf(r.start, r.stop, r.step);
}

/** `KeyError(key)`, the key being the exception's single argument. */
export function keyError(rt: Runtime, key: PyObj): PyException {
  return new PyException(rt.exception(rt.types.KeyError, [rt.incref(key)]));
}

/** A user-defined (Python) method of `o`'s class, or null; builtin classes have none. */
export function userMethod(o: PyObj, name: string): PyObj | null {
  if (o.cls.builtin) return null;
  const m = lookupInMro(o.cls, name);
  return m && m.kind === 'function' ? m : null;
}

/** The integer value of an index-like object (int, bool, `__index__`), or null. */
export function indexValue(rt: Runtime, o: PyObj): bigint | null {
  if (o.kind === 'int') return o.value;
  const m = userMethod(o, '__index__');
  if (!m) return null;
  const r = rt.call(m, [o], null);
  rt.decref(r);
  if (r.kind !== 'int') throw rt.typeError(`__index__ returned non-int (type ${typeName(r)})`);
  return r.value;
}

/** `PyNumber_AsSsize_t(o, IndexError)`: an index that must fit a C ssize_t. */
function ssizeIndex(rt: Runtime, v: bigint): number {
  if (v > PY_SSIZE_T_MAX || v < PY_SSIZE_T_MIN) {
    throw rt.error(rt.types.IndexError, `cannot fit 'int' into an index-sized integer`);
  }
  return Number(v);
}

/** `PyLong_AsSsize_t`: OverflowError for ints beyond ssize_t (list.pop(10**20)). */
export function asSsize(rt: Runtime, o: PyObj): number {
  const v = indexValue(rt, o);
  if (v === null) throw rt.typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
  if (v > PY_SSIZE_T_MAX || v < PY_SSIZE_T_MIN) {
    throw rt.error(rt.types.OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return Number(v);
}

export interface SliceBounds {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  /** number of items the slice selects */
  readonly length: number;
}

function sliceIndex(rt: Runtime, o: PyObj): bigint {
  const v = indexValue(rt, o);
  if (v === null) throw rt.typeError('slice indices must be integers or None or have an __index__ method');
  // _PyEval_SliceIndex clamps to the ssize_t range
  return v > PY_SSIZE_T_MAX ? PY_SSIZE_T_MAX : v < PY_SSIZE_T_MIN ? PY_SSIZE_T_MIN : v;
}

/** PySlice_Unpack followed by PySlice_AdjustIndices for a sequence of `length` items. */
export function adjustSlice(rt: Runtime, slice: PySlice, length: number): SliceBounds {
  let step = 1n;
  if (slice.step.kind !== 'none') {
    step = sliceIndex(rt, slice.step);
    if (step === 0n) throw rt.valueError('slice step cannot be zero');
    if (step < -PY_SSIZE_T_MAX) step = -PY_SSIZE_T_MAX;
  }
  const len = BigInt(length);
  let start = slice.start.kind === 'none' ? (step < 0n ? PY_SSIZE_T_MAX : 0n) : sliceIndex(rt, slice.start);
  let stop = slice.stop.kind === 'none' ? (step < 0n ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX) : sliceIndex(rt, slice.stop);
  const adjust = (v: bigint): bigint => {
    if (v < 0n) {
      v += len;
      if (v < 0n) v = step < 0n ? -1n : 0n;
    } else if (v >= len) {
      v = step < 0n ? len - 1n : len;
    }
    return v;
  };
  start = adjust(start);
  stop = adjust(stop);
  let count = 0n;
  if (step < 0n) {
    if (stop < start) count = (start - stop - 1n) / -step + 1n;
  } else if (start < stop) {
    count = (stop - start - 1n) / step + 1n;
  }
  return { start: Number(start), stop: Number(stop), step: Number(step), length: Number(count) };
}

/** The code points of a str (Python indexes code points, JS strings are UTF-16). */
export function codePoints(s: string): string[] | null {
  return /[\uD800-\uDFFF]/.test(s) ? Array.from(s) : null;
}

export function strLength(s: string): number {
  const cps = codePoints(s);
  return cps ? cps.length : s.length;
}

function containerIndex(rt: Runtime, key: PyObj, length: number, what: string): number | null {
  const v = indexValue(rt, key);
  if (v === null) return null;
  let i = ssizeIndex(rt, v);
  if (i < 0) i += length;
  if (i < 0 || i >= length) throw rt.error(rt.types.IndexError, `${what} index out of range`);
  return i;
}

/** `container[key]` as a new reference. */
export function getItem(rt: Runtime, container: PyObj, key: PyObj): PyObj {
  const user = userMethod(container, '__getitem__');
  if (user) return rt.call(user, [container, key], null);
  switch (container.kind) {
    case 'list': case 'tuple': {
      const items = container.items;
      if (key.kind === 'slice') {
        const b = adjustSlice(rt, key, items.length);
        if (container.kind === 'list') return listSlice(rt, container, b);
        if (b.step === 1 && b.length === items.length && container.cls === rt.types.tuple) return rt.incref(container);
        return rt.tuple(pick(items, b).map((x) => rt.incref(x)));
      }
      const i = containerIndex(rt, key, items.length, container.kind);
      if (i === null) throw rt.typeError(`${container.kind} indices must be integers or slices, not ${typeName(key)}`);
      return rt.incref(items[i]!);
    }
    case 'str': {
      const cps = codePoints(container.value);
      const length = cps ? cps.length : container.value.length;
      if (key.kind === 'slice') {
        const b = adjustSlice(rt, key, length);
        if (b.step === 1 && b.length === length && container.cls === rt.types.str) return rt.incref(container);
        if (b.step === 1 && !cps) return rt.str(container.value.slice(b.start, b.start + b.length));
        return rt.str(pick(cps ?? container.value.split(''), b).join(''));
      }
      const v = indexValue(rt, key);
      if (v === null) throw rt.typeError(`string indices must be integers, not '${typeName(key)}'`);
      let i = ssizeIndex(rt, v);
      if (i < 0) i += length;
      if (i < 0 || i >= length) throw rt.error(rt.types.IndexError, 'string index out of range');
      return rt.str(cps ? cps[i]! : container.value[i]!);
    }
    case 'range':
      return rangeItem(rt, container, key);
    case 'dict': {
      const v = dictGet(rt, container, key);
      if (v !== undefined) return rt.incref(v);
      const missing = userMethod(container, '__missing__');
      if (missing) return rt.call(missing, [container, key], null);
      throw keyError(rt, key);
    }
    case 'type':
      throw rt.typeError(`type '${container.name}' is not subscriptable`);
    default:
      throw rt.typeError(`'${typeName(container)}' object is not subscriptable`);
  }
}

/** the items a slice selects, in slice order */
export function pick<T>(items: readonly T[], b: SliceBounds): T[] {
  const out: T[] = new Array<T>(b.length);
  for (let k = 0, cur = b.start; k < b.length; k++, cur += b.step) out[k] = items[cur]!;
  return out;
}

function rangeItem(rt: Runtime, r: PyRange, key: PyObj): PyObj {
  const len = rangeLength(r);
  if (key.kind === 'slice') {
    const b = adjustSlice(rt, key, Number(len));
    // compute_slice: the adjusted indices mapped through the range
    const start = r.start + BigInt(b.start) * r.step;
    const stop = r.start + BigInt(b.stop) * r.step;
    const step = r.step * BigInt(b.step);
    return rt.make<PyRange>({ kind: 'range', start, stop, step, cls: rt.types.range }, false, 48);
  }
  const v = indexValue(rt, key);
  if (v === null) throw rt.typeError(`range indices must be integers or slices, not ${typeName(key)}`);
  const i = v < 0n ? v + len : v;
  if (i < 0n || i >= len) throw rt.error(rt.types.IndexError, 'range object index out of range');
  return rt.int(r.start + i * r.step);
}

/** `container[key] = value` (value borrowed). */
export function setItem(rt: Runtime, container: PyObj, key: PyObj, value: PyObj): void {
  const user = userMethod(container, '__setitem__');
  if (user) {
    rt.decref(rt.call(user, [container, key, value], null));
    return;
  }
  switch (container.kind) {
    case 'list':
      listSetItem(rt, container, key, value);
      return;
    case 'dict':
      dictSet(rt, container, key, value);
      return;
    default:
      throw rt.typeError(`'${typeName(container)}' object does not support item assignment`);
  }
}

function listSetItem(rt: Runtime, list: PyList, key: PyObj, value: PyObj): void {
  if (key.kind === 'slice') {
    const b = adjustSlice(rt, key, list.items.length);
    if (b.step === 1) sliceAssign(rt, list, b.start, b.stop, value);
    else extendedSliceAssign(rt, list, b, value);
    return;
  }
  const v = indexValue(rt, key);
  if (v === null) throw rt.typeError(`list indices must be integers or slices, not ${typeName(key)}`);
  let i = ssizeIndex(rt, v);
  if (i < 0) i += list.items.length;
  if (i < 0 || i >= list.items.length) throw rt.error(rt.types.IndexError, 'list assignment index out of range');
  const old = list.items[i]!;
  list.items[i] = rt.incref(value);
  rt.recorder?.touchedAt(list, i, i + 1);
  rt.decref(old);
}

/** `del container[key]`. */
export function delItem(rt: Runtime, container: PyObj, key: PyObj): void {
  const user = userMethod(container, '__delitem__');
  if (user) {
    rt.decref(rt.call(user, [container, key], null));
    return;
  }
  switch (container.kind) {
    case 'list': {
      const list = container;
      if (key.kind === 'slice') {
        const b = adjustSlice(rt, key, list.items.length);
        if (b.step === 1) sliceDelete(rt, list, b.start, b.stop);
        else extendedSliceDelete(rt, list, b);
        return;
      }
      const v = indexValue(rt, key);
      if (v === null) throw rt.typeError(`list indices must be integers or slices, not ${typeName(key)}`);
      let i = ssizeIndex(rt, v);
      if (i < 0) i += list.items.length;
      if (i < 0 || i >= list.items.length) throw rt.error(rt.types.IndexError, 'list assignment index out of range');
      sliceDelete(rt, list, i, i + 1);
      return;
    }
    case 'dict': {
      const v = dictPop(rt, container, key);
      if (v === null) throw keyError(rt, key);
      rt.decref(v);
      return;
    }
    case 'tuple': case 'str': case 'range':
      throw rt.typeError(`'${typeName(container)}' object doesn't support item deletion`);
    default:
      throw rt.typeError(`'${typeName(container)}' object does not support item deletion`);
  }
}

/** `PyObject_RichCompareBool(item, x, Py_EQ)` holding a reference to the item meanwhile. */
function itemEquals(rt: Runtime, item: PyObj, x: PyObj): boolean {
  if (item === x) return true;
  rt.incref(item);
  try {
    return eq(rt, item, x);
  } finally {
    rt.decref(item);
  }
}

/** `item in container`. */
export function contains(rt: Runtime, container: PyObj, item: PyObj): boolean {
  const user = userMethod(container, '__contains__');
  if (user) {
    const r = rt.call(user, [container, item], null);
    try {
      return truthy(rt, r);
    } finally {
      rt.decref(r);
    }
  }
  switch (container.kind) {
    case 'list': {
      const items = container.items;
      for (let i = 0; i < items.length; i++) if (itemEquals(rt, items[i]!, item)) return true;
      return false;
    }
    case 'tuple':
      for (const x of container.items) if (x === item || eq(rt, x, item)) return true;
      return false;
    case 'str':
      if (item.kind !== 'str') throw rt.typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
      return container.value.includes(item.value);
    case 'dict':
      return dictGet(rt, container, item) !== undefined;
    case 'set':
      return setHas(rt, container, item);
    case 'range':
      return rangeContains(rt, container, item);
    case 'dictview':
      return dictViewContains(rt, container.dict, container.which, item);
    default:
      return iterationContains(rt, container, item);
  }
}

function rangeContains(rt: Runtime, r: PyRange, item: PyObj): boolean {
  if (item.kind === 'int' && (item.cls === rt.types.int || item.cls === rt.types.bool)) {
    const v = item.value;
    if (r.step > 0n ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
    return (v - r.start) % r.step === 0n;
  }
  return iterationContains(rt, r, item);
}

function dictViewContains(rt: Runtime, d: PyObj & { kind: 'dict' }, which: 'keys' | 'values' | 'items', item: PyObj): boolean {
  if (which === 'keys') return dictGet(rt, d, item) !== undefined;
  if (which === 'items') {
    if (item.kind !== 'tuple' || item.items.length !== 2) return false;
    const v = dictGet(rt, d, item.items[0]!);
    if (v === undefined) return false;
    return itemEquals(rt, v, item.items[1]!);
  }
  // dict_values has no sq_contains: CPython walks a value iterator
  for (const [, v] of d.store.entries()) if (itemEquals(rt, v, item)) return true;
  return false;
}

/** `_PySequence_IterSearch`: walks the iterator comparing each item. */
function iterationContains(rt: Runtime, container: PyObj, item: PyObj): boolean {
  if (!isIterable(container)) throw rt.typeError(`argument of type '${typeName(container)}' is not iterable`);
  const it = getIter(rt, container);
  try {
    for (let x = iterNext(rt, it); x !== null; x = iterNext(rt, it)) {
      const found = x === item || eq(rt, x, item);
      rt.decref(x);
      if (found) return true;
    }
    return false;
  } finally {
    rt.decref(it);
  }
}

function isIterable(o: PyObj): boolean {
  switch (o.kind) {
    case 'list': case 'tuple': case 'str': case 'dict': case 'set': case 'range': case 'dictview': case 'iterator': case 'generator':
      return true;
    case 'instance':
      return lookupInMro(o.cls, '__iter__') !== null || lookupInMro(o.cls, '__getitem__') !== null;
    default:
      return false;
  }
}

/** len(o). */
export function length(rt: Runtime, o: PyObj): number {
  const user = userMethod(o, '__len__');
  if (user) return userLength(rt, user, o);
  switch (o.kind) {
    case 'list': case 'tuple': return o.items.length;
    case 'str': return strLength(o.value);
    case 'dict': return o.store.size;
    case 'set': return o.store.size;
    case 'dictview': return o.dict.store.size;
    case 'range': {
      const n = rangeLength(o);
      if (n > PY_SSIZE_T_MAX) throw rt.error(rt.types.OverflowError, 'Python int too large to convert to C ssize_t');
      return Number(n);
    }
    default:
      throw rt.typeError(`object of type '${typeName(o)}' has no len()`);
  }
}

function userLength(rt: Runtime, fn: PyObj, o: PyObj): number {
  const r = rt.call(fn, [o], null);
  try {
    const v = indexValue(rt, r);
    if (v === null) throw rt.typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
    if (v < 0n) throw rt.valueError('__len__() should return >= 0');
    if (v > PY_SSIZE_T_MAX) throw rt.error(rt.types.OverflowError, `cannot fit 'int' into an index-sized integer`);
    return Number(v);
  } finally {
    rt.decref(r);
  }
}
