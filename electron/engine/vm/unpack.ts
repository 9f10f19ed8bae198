// `a, b = x` and `a, *rest = x`: new references to the items, in order.
import { iterateToArray } from '../runtime/iteration';
import type { PyObj } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';

export function unpackSequence(rt: Runtime, seq: PyObj, n: number): PyObj[] {
  if ((seq.kind === 'tuple' || seq.kind === 'list') && seq.cls.builtin) {
    if (seq.items.length !== n) throw countError(rt, seq.items.length, n);
    return seq.items.map((x) => rt.incref(x));
  }
  const items = iterateToArray(rt, seq);
  if (items.length !== n) {
    rt.heap.decrefAll(items);
    throw countError(rt, items.length, n);
  }
  return items;
}

function countError(rt: Runtime, got: number, want: number) {
  if (got > want) return rt.valueError(`too many values to unpack (expected ${want})`);
  return rt.valueError(`not enough values to unpack (expected ${want}, got ${got})`);
}

export function unpackEx(rt: Runtime, seq: PyObj, before: number, after: number): PyObj[] {
  const items = iterateToArray(rt, seq);
  if (items.length < before + after) {
    rt.heap.decrefAll(items);
    throw rt.valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const middle = items.slice(before, items.length - after);
  return [...items.slice(0, before), rt.list(middle), ...items.slice(items.length - after)];
}
