// Slice reads, assignments and deletions on lists (list_slice, list_ass_slice and the
// extended-slice branches of list_ass_subscript in CPython 3.11), with the capacity changes
// and the order in which replaced items are released.
import { lookupInMro } from './attributes';
import { listClear, listResize, sequenceToList } from './list-ops';
import type { PyList, PyObj } from './objects';
import type { Runtime } from './runtime';
import type { SliceBounds } from './sequences';

/** `lst[a:b:c]`: a new list with exactly as many slots as items. */
export function listSlice(rt: Runtime, list: PyList, b: SliceBounds): PyList {
  const out: PyObj[] = new Array<PyObj>(b.length);
  for (let k = 0, cur = b.start; k < b.length; k++, cur += b.step) out[k] = rt.incref(list.items[cur]!);
  return rt.list(out, out.length);
}

/**
 * PySequence_Fast: the items of an exact list or tuple, else of a temporary list built from
 * the iterable (released by `done`), as CPython allocates it.
 */
function fastItems(rt: Runtime, list: PyList, v: PyObj, message: string): { items: readonly PyObj[]; done: () => void } {
  if (v === list) {
    const copy = rt.list(list.items.map((x) => rt.incref(x)), list.items.length);
    return { items: copy.items, done: () => rt.decref(copy) };
  }
  if ((v.kind === 'list' && v.cls === rt.types.list) || (v.kind === 'tuple' && v.cls === rt.types.tuple)) {
    return { items: v.items, done: () => undefined };
  }
  if (!iterableKind(v)) throw rt.typeError(message);
  const temp = sequenceToList(rt, v);
  return { items: temp.items, done: () => rt.decref(temp) };
}

function iterableKind(v: PyObj): boolean {
  switch (v.kind) {
    case 'list': case 'tuple': case 'str': case 'dict': case 'set': case 'range': case 'dictview': case 'iterator': case 'generator':
      return true;
    case 'instance':
      return lookupInMro(v.cls, '__iter__') !== null || lookupInMro(v.cls, '__getitem__') !== null;
    default:
      return false;
  }
}

/** `list_ass_slice(a, low, high, v)`; `v` null deletes. */
function assSlice(rt: Runtime, list: PyList, low: number, high: number, source: readonly PyObj[] | null): void {
  const size = list.items.length;
  const n = source ? source.length : 0;
  if (low < 0) low = 0;
  else if (low > size) low = size;
  if (high < low) high = low;
  else if (high > size) high = size;
  const norig = high - low;
  const d = n - norig;
  if (size + d === 0) {
    listClear(rt, list);
    return;
  }
  if (d !== 0) listResize(rt, list, size + d, size);
  const incoming = source ? source.map((x) => rt.incref(x)) : [];
  const recycled = list.items.splice(low, norig, ...incoming);
  rt.recorder?.touchedAt(list, low, low + n);
  for (let k = recycled.length - 1; k >= 0; k--) rt.decref(recycled[k]!);
}

/** `lst[low:high] = value` (step 1). */
export function sliceAssign(rt: Runtime, list: PyList, low: number, high: number, value: PyObj): void {
  const fast = fastItems(rt, list, value, 'can only assign an iterable');
  try {
    assSlice(rt, list, low, high, fast.items);
  } finally {
    fast.done();
  }
}

/** `del lst[low:high]` and `del lst[i]`. */
export function sliceDelete(rt: Runtime, list: PyList, low: number, high: number): void {
  assSlice(rt, list, low, high, null);
}

/** `lst[a:b:c] = value` with c != 1: sizes must match; old items released in slice order. */
export function extendedSliceAssign(rt: Runtime, list: PyList, b: SliceBounds, value: PyObj): void {
  const fast = fastItems(rt, list, value, 'must assign iterable to extended slice');
  try {
    if (fast.items.length !== b.length) {
      throw rt.valueError(`attempt to assign sequence of size ${fast.items.length} to extended slice of size ${b.length}`);
    }
    const garbage: PyObj[] = [];
    for (let k = 0, cur = b.start; k < b.length; k++, cur += b.step) {
      garbage.push(list.items[cur]!);
      list.items[cur] = rt.incref(fast.items[k]!);
    }
    if (garbage.length > 0) rt.recorder?.touched(list);
    for (const g of garbage) rt.decref(g);
  } finally {
    fast.done();
  }
}

/** `del lst[a:b:c]` with c != 1: removed items released in increasing index order. */
export function extendedSliceDelete(rt: Runtime, list: PyList, b: SliceBounds): void {
  if (b.length <= 0) return;
  let start = b.start;
  let step = b.step;
  if (step < 0) {
    const stop = start + 1;
    start = stop + step * (b.length - 1) - 1;
    step = -step;
  }
  const removed = new Set<number>();
  for (let k = 0, cur = start; k < b.length; k++, cur += step) removed.add(cur);
  const garbage: PyObj[] = [];
  const kept: PyObj[] = [];
  list.items.forEach((x, i) => (removed.has(i) ? garbage : kept).push(x));
  list.items = kept;
  listResize(rt, list, kept.length, kept.length);
  rt.recorder?.touched(list);
  for (const g of garbage) rt.decref(g);
}
