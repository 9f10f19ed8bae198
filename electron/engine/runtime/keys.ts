// Canonical lookup keys for dict and set storage. Equal builtin values map to the same string
// (1, 1.0 and True are one key, as in Python); objects compared by identity map to their id;
// instances of classes with their own __eq__/__hash__ map to their hash and are told apart by
// calling __eq__.
import type { KeyEq } from './dict-store';
import type { PyObj } from './objects';
import type { Runtime } from './runtime';
import { hashOf, unhashable, userHash } from './hashing';
import { eq } from './compare';

export interface LookupKey {
  readonly key: string;
  /** null when the key string alone decides equality */
  readonly eq: KeyEq | null;
}

const NO_EQ: LookupKey['eq'] = null;

export function lookupKey(rt: Runtime, o: PyObj): LookupKey {
  const k = primitiveKey(o);
  if (k !== null) return { key: k, eq: NO_EQ };
  return customKey(rt, o);
}

/** The key string of a builtin immutable value, or null when Python code must decide. */
export function primitiveKey(o: PyObj, depth = 0): string | null {
  // very deep tuples are looked up by hash and ==, which guard their own recursion
  if (depth > 100) return null;
  switch (o.kind) {
    case 'str':
      return 's' + o.value;
    case 'int':
      return 'n' + o.value;
    case 'float': {
      const v = o.value;
      if (Number.isInteger(v)) return 'n' + BigInt(v);
      if (Number.isNaN(v)) return 'o' + o.id;
      return 'f' + v;
    }
    case 'none':
      return 'N';
    case 'ellipsis':
      return 'E';
    case 'tuple': {
      let s = 't' + o.items.length + '(';
      for (const item of o.items) {
        const k = primitiveKey(item, depth + 1);
        if (k === null) return null;
        s += k.length + ':' + k;
      }
      return s + ')';
    }
    case 'set': {
      if (!o.frozen) return null;
      const parts: string[] = [];
      for (const item of o.store.items()) {
        const k = primitiveKey(item);
        if (k === null) return null;
        parts.push(k.length + ':' + k);
      }
      return 'F(' + parts.sort().join('') + ')';
    }
    case 'type': case 'function': case 'builtin': case 'module': case 'range': case 'weakref': case 'cell': case 'generator': case 'iterator':
      return 'o' + o.id;
    default:
      return null;
  }
}

function customKey(rt: Runtime, o: PyObj): LookupKey {
  if (o.kind === 'list' || o.kind === 'dict' || o.kind === 'dictview' || o.kind === 'slice' || (o.kind === 'set' && !o.frozen)) {
    throw unhashable(rt, o);
  }
  if (o.kind !== 'instance' && o.kind !== 'tuple' && o.kind !== 'set') return { key: 'o' + o.id, eq: null };
  if (o.kind === 'instance' && !userHash(rt, o)) return { key: 'o' + o.id, eq: null };
  return { key: 'h' + hashOf(rt, o), eq: (a, b) => eq(rt, a, b) };
}
