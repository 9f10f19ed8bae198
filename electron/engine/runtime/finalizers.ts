// `__del__` and weak-reference callbacks: the Python code that runs while objects die.
import { lookupInMro } from './attributes';
import { PyException } from './errors';
import { Flag, type PyObj, type PyWeakref } from './objects';
import type { Runtime } from './runtime';

/**
 * Runs `obj.__del__()` once. From deallocation (PyObject_CallFinalizerFromDealloc) the dead
 * object is resurrected at refcount 1 while the finalizer runs; from the collector
 * (finalize_garbage) the object is alive and the collector already holds it, so nothing is
 * added. Either way slot_tp_finalize calls `__del__` with self borrowed. Returns true if a
 * finalizer run from deallocation resurrected the object.
 */
export function finalize(rt: Runtime, obj: PyObj): boolean {
  if (obj.flags & Flag.Finalized) return false;
  if (obj.kind === 'generator') return rt.closeGenerator(obj);
  if (obj.kind !== 'instance' || obj.cls.builtin) return false;
  const del = lookupInMro(obj.cls, '__del__');
  if (!del || del.kind !== 'function') return false;
  obj.flags |= Flag.Finalized;
  const fromDealloc = obj.rc === 0;
  if (fromDealloc) obj.rc = 1;
  try {
    rt.decref(rt.call(del, [obj], null));
  } catch (e) {
    rt.reportIgnored(e, `<function ${del.qualname} at 0x7f00000000>`);
  }
  if (!fromDealloc) return false;
  obj.rc--;
  if (obj.rc > 0) {
    rt.recorder?.touched(obj);
    return true; // resurrected: something stored a new reference to it
  }
  return false;
}

/** Clears weak references to a dying object, newest first, calling their callbacks. */
export function clearWeakrefs(rt: Runtime, obj: PyObj): void {
  const refs = obj.weakrefs;
  obj.weakrefs = null;
  if (!refs) return;
  for (const w of refs) {
    w.referent = null;
    rt.recorder?.touched(w);
  }
  for (let i = refs.length - 1; i >= 0; i--) {
    const w: PyWeakref = refs[i]!;
    if (!w.callback || w.rc === 0) continue;
    rt.incref(w);
    try {
      rt.decref(rt.call(w.callback, [w], null));
    } catch (e) {
      rt.reportIgnored(e, `<function at 0x7f00000000>`);
    } finally {
      rt.decref(w);
    }
  }
}

/** "Exception ignored in: ..." as CPython writes to stderr for errors it cannot raise. */
export function ignoredMessage(rt: Runtime, e: unknown, where: string): string {
  if (!(e instanceof PyException)) throw e;
  const name = e.exc.cls.name;
  const msg = rt.describeException(e.exc);
  rt.decref(e.exc);
  return `Exception ignored in: ${where}\nTraceback (most recent call last):\n${name}${msg ? ': ' + msg : ''}\n`;
}
