// hash() as 64-bit CPython 3.11 computes it, and what makes an object unhashable.
import { hashFloat, hashFrozenset, hashInt, hashNone, hashObject, hashStr, hashTuple } from '../values/hash';
import { lookupInMro } from './attributes';
import type { PyObj } from './objects';
import type { Runtime } from './runtime';

/** A class's own __hash__ function, null for identity hashing; throws when instances are unhashable. */
export function userHash(rt: Runtime, o: PyObj): PyObj | null {
  const h = lookupInMro(o.cls, '__hash__');
  if (h && h.kind === 'function') return h;
  if (h === rt.None || definesEqOnly(o)) throw unhashable(rt, o);
  return null;
}

function definesEqOnly(o: PyObj): boolean {
  // a class that defines __eq__ gets __hash__ = None unless it defines __hash__ too
  for (const t of o.cls.mro) {
    if (t.builtin) return false;
    const eq = t.dict.store.get(undefined as unknown as PyObj, 's__eq__', null);
    const hash = t.dict.store.get(undefined as unknown as PyObj, 's__hash__', null);
    if (hash) return false;
    if (eq) return true;
  }
  return false;
}

export function unhashable(rt: Runtime, o: PyObj) {
  return rt.typeError(`unhashable type: '${o.cls.name}'`);
}

export function hashOf(rt: Runtime, o: PyObj): bigint {
  switch (o.kind) {
    case 'int': return hashInt(o.value);
    case 'float': return hashFloat(o.value, o.id);
    case 'str': return hashStr(o.value);
    case 'none': return hashNone(o.id);
    case 'tuple': return hashNestedTuple(rt, o);
    case 'set':
      if (!o.frozen) throw unhashable(rt, o);
      return hashFrozenset(o.store.items().map((x) => hashOf(rt, x)));
    case 'list': case 'dict': case 'dictview': case 'slice':
      throw unhashable(rt, o);
    case 'instance': {
      const h = userHash(rt, o);
      if (!h) return hashObject(o.id);
      const r = rt.call(h, [o], null);
      try {
        if (r.kind !== 'int') throw rt.typeError('__hash__ method should return an integer');
        const v = hashInt(r.value);
        return v === -1n ? -2n : v;
      } finally {
        rt.decref(r);
      }
    }
    case 'weakref':
      // weakref_hash: the referent's hash; a dead reference that was never hashed has none
      if (!o.referent) throw rt.typeError('weak object has gone away');
      return hashOf(rt, o.referent);
    default:
      return hashObject(o.id);
  }
}

/** hash() of a tuple, nested tuples included, without recursing on the JavaScript stack. */
function hashNestedTuple(rt: Runtime, root: PyObj & { kind: 'tuple' }): bigint {
  const done = new Map<PyObj, bigint>();
  const stack: (PyObj & { kind: 'tuple' })[] = [root];
  while (stack.length > 0) {
    const t = stack[stack.length - 1]!;
    const pending = t.items.filter((x): x is PyObj & { kind: 'tuple' } => x.kind === 'tuple' && !done.has(x));
    if (pending.length > 0) {
      stack.push(...pending);
      continue;
    }
    stack.pop();
    if (!done.has(t)) done.set(t, hashTuple(t.items.map((x) => (x.kind === 'tuple' ? done.get(x)! : hashOf(rt, x)))));
  }
  return done.get(root)!;
}
