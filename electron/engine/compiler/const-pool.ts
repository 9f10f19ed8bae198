// The file-wide constant table (CPython's c_const_cache): equal constants of one compiled file
// are one object, and string constants made of name characters are interned.
import type { PyObj } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { SourceError } from '../source-error';
import type { ConstPool } from './compiler';
import type { Folded } from './folding';

const NAME_CHARS = /^[A-Za-z0-9_]*$/;

export function createConstPool(rt: Runtime): ConstPool {
  const cache = new Map<string, PyObj>();
  const keyOf = (v: Folded): string => {
    switch (v.type) {
      case 'int': return 'i' + v.value;
      case 'float': return 'f' + (Object.is(v.value, -0) ? '-0' : String(v.value));
      case 'str': return 's' + v.value.length + ':' + v.value;
      case 'bool': return v.value ? 'T' : 'F';
      case 'none': return 'N';
      case 'ellipsis': return 'E';
      case 'tuple': return 't(' + v.items.map(keyOf).map((k) => k.length + ':' + k).join('') + ')';
      case 'frozenset': return 'z(' + v.items.map(keyOf).map((k) => k.length + ':' + k).join('') + ')';
      case 'complex': return 'c' + v.imag;
      case 'bytes': return 'b' + [...v.value].join(',');
    }
  };
  const make = (v: Folded): PyObj => {
    switch (v.type) {
      case 'int': return rt.cache(rt.int(v.value));
      case 'float': return rt.cache(rt.float(v.value));
      // intern_string_constants: every constant made of name characters, one-character ones too
      case 'str': return v.value.length > 0 && NAME_CHARS.test(v.value) ? rt.intern(v.value) : rt.cache(rt.str(v.value));
      case 'bool': return rt.bool(v.value);
      case 'none': return rt.none();
      case 'ellipsis': return rt.incref(rt.Ellipsis);
      case 'tuple': return rt.cache(rt.tuple(v.items.map(constant)));
      case 'frozenset': {
        const s = rt.set(true);
        for (const item of v.items) rt.setAddOwned(s, constant(item));
        return rt.cache(s);
      }
      case 'complex': throw new SourceError('unsupported', 'SyntaxError', "unsupported: complex numbers", 0, 0);
      case 'bytes': throw new SourceError('unsupported', 'SyntaxError', "unsupported: bytes literals", 0, 0);
    }
  };
  /** a new reference to the shared constant object */
  function constant(v: Folded): PyObj {
    const k = keyOf(v);
    let o = cache.get(k);
    if (!o) {
      o = make(v);
      cache.set(k, o);
    }
    return rt.incref(o);
  }
  return {
    constant(v: Folded): PyObj {
      const o = constant(v);
      rt.decref(o); // the table keeps it alive; the caller's code object refers to it
      return o;
    },
  };
}
