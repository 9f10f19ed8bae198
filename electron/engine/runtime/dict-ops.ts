// Dict reads and writes with reference counting: a stored key and value each hold a
// reference; replacing a value keeps the original key object, as CPython does.
import { lookupKey } from './keys';
import type { PyDict, PyObj } from './objects';
import type { Runtime } from './runtime';
import { DictSizing } from '../values/dict-table';

/** A borrowed reference to the value under string key `name`, or undefined. */
export function dictGetStr(d: PyDict, name: string): PyObj | undefined {
  return d.store.get(undefined as unknown as PyObj, 's' + name, null);
}

/** Stores `value` (reference taken) under `name`; returns the replaced value's reference. */
export function dictSetStr(rt: Runtime, d: PyDict, name: string, value: PyObj): PyObj | undefined {
  const key = 's' + name;
  if (d.store.find(undefined as unknown as PyObj, key, null) >= 0) {
    const old = d.store.set(undefined as unknown as PyObj, key, null, value);
    rt.heap.maintainTracking(d, null, value);
    rt.recorder?.touched(d);
    return old;
  }
  d.store.set(rt.intern(name), key, null, value);
  rt.heap.maintainTracking(d, null, value);
  rt.recorder?.touched(d);
  return undefined;
}

/** Removes `name`, handing the key and value references to the caller, or returns null. */
export function dictDelStr(d: PyDict, name: string): [PyObj, PyObj] | null {
  const key = 's' + name;
  const pos = d.store.find(undefined as unknown as PyObj, key, null);
  if (pos < 0) return null;
  return d.store.removeAt(pos, key);
}

/** A borrowed reference to `d[key]`, or undefined. May call __eq__/__hash__. */
export function dictGet(rt: Runtime, d: PyDict, key: PyObj): PyObj | undefined {
  const k = lookupKey(rt, key);
  return d.store.get(key, k.key, k.eq);
}

/** `d[key] = value`: both borrowed (this takes its own references). */
export function dictSet(rt: Runtime, d: PyDict, key: PyObj, value: PyObj): void {
  const k = lookupKey(rt, key);
  rt.incref(value);
  const pos = d.store.find(key, k.key, k.eq);
  if (pos >= 0) {
    const old = d.store.replaceValueAt(pos, value);
    rt.heap.maintainTracking(d, null, value);
    rt.recorder?.touchedAt(d, pos, pos + 1);
    rt.decref(old);
    return;
  }
  rt.incref(key);
  d.store.set(key, k.key, k.eq, value);
  rt.heap.maintainTracking(d, key, value);
  rt.recorder?.touchedAt(d, d.store.entryCount - 1, d.store.entryCount);
}

/** Removes `key` and returns its value's reference, or null when absent. */
export function dictPop(rt: Runtime, d: PyDict, key: PyObj): PyObj | null {
  const k = lookupKey(rt, key);
  const pos = d.store.find(key, k.key, k.eq);
  if (pos < 0) return null;
  const [storedKey, value] = d.store.removeAt(pos, k.key);
  rt.recorder?.touched(d);
  rt.decref(storedKey);
  return value;
}

/** `del d[key]`, raising KeyError as CPython does. */
export function dictDel(rt: Runtime, d: PyDict, key: PyObj): void {
  const v = dictPop(rt, d, key);
  if (v === null) throw rt.keyError(key);
  rt.decref(v);
}

/** Empties a dict, releasing keys and values in entry order. */
export function dictClear(rt: Runtime, d: PyDict): void {
  const entries = d.store.takeAll();
  rt.recorder?.touched(d);
  for (const [k, v] of entries) {
    rt.decref(k);
    rt.decref(v);
  }
}

/**
 * The table BUILD_MAP / BUILD_CONST_KEY_MAP allocate before inserting (`_PyDict_FromItems`):
 * presized for every item, str-only when every key is a str.
 */
export function presizedForItems(keys: readonly PyObj[]): DictSizing {
  return DictSizing.presized(keys.length, keys.every((k) => k.kind === 'str'));
}
