// sys.getsizeof for each kind, as 64-bit CPython 3.11 reports it: the type's tp_basicsize (or
// its __sizeof__) plus the 16-byte GC header for objects the collector can track (formulas and
// layouts in values/sizes.ts).
import * as S from '../values/sizes';
import type { IteratorState, PyInstance, PyObj, PyType } from './objects';
import type { Runtime } from './runtime';

export function sizeOf(rt: Runtime, o: PyObj): number {
  switch (o.kind) {
    case 'int':
      return o.cls === rt.types.bool ? S.boolSize(o.value !== 0n) : S.intSize(o.value);
    case 'float': return S.FLOAT_SIZE;
    case 'str': return S.strSize(o.value);
    case 'none': case 'ellipsis': case 'notimplemented': return S.BARE_OBJECT_SIZE;
    case 'list': return S.listSize(o.allocated);
    case 'tuple': return S.tupleSize(o.items.length);
    case 'dict': return o.store.sizeof();
    case 'set': return o.store.sizeof();
    case 'range': return S.RANGE_SIZE;
    case 'function': return S.FUNCTION_SIZE;
    case 'instance': return instanceSize(rt, o);
    case 'generator': {
      const code = o.frame?.code;
      return code ? S.generatorSize(code.varnames.length + code.cellvars.length + code.freevars.length, code.stackSize) : S.GENERATOR_BASE_SIZE;
    }
    case 'type': return typeSize(o);
    case 'module': return S.MODULE_SIZE;
    case 'cell': return S.CELL_SIZE;
    case 'method': return S.METHOD_SIZE;
    case 'builtin': return S.BUILTIN_FUNCTION_SIZE;
    case 'weakref': return S.WEAKREF_SIZE;
    case 'iterator': return iteratorSize(o.iter);
    case 'slice': return S.SLICE_SIZE;
    case 'dictview': return S.DICT_VIEW_SIZE;
    case 'property': return o.which === 'property' ? S.PROPERTY_SIZE : S.STATIC_OR_CLASS_METHOD_SIZE;
    case 'super': return S.SUPER_SIZE;
    case 'frame': {
      const c = o.code;
      return S.frameSize(c.varnames.length + c.cellvars.length + c.freevars.length, c.stackSize);
    }
    case 'traceback': return S.TRACEBACK_SIZE;
  }
}

/** Each iterator type's tp_basicsize + GC header (listiterobject, dictiterobject, setiterobject, enumobject, zipobject...). */
function iteratorSize(it: IteratorState): number {
  switch (it.type) {
    case 'seq': case 'reversed': case 'range': case 'map': case 'filter': return S.SEQUENCE_ITERATOR_SIZE;
    case 'dict': case 'enumerate': return S.DICT_ITERATOR_SIZE;
    case 'set': case 'zip': return S.SET_ITERATOR_SIZE;
  }
}

/**
 * type.__sizeof__: a builtin (static) type is a PyTypeObject; a class is a PyHeapTypeObject
 * plus its GC header, plus the shared keys its instances' dicts use (ht_cached_keys, made at
 * full size by _PyDict_NewKeysForClass for classes with a managed `__dict__`).
 */
function typeSize(t: PyType): number {
  if (t.builtin) return S.STATIC_TYPE_SIZE;
  return S.HEAP_TYPE_SIZE + (t.sharedKeys ? S.CACHED_KEYS_SIZE : 0);
}

/**
 * An instance's tp_basicsize: the base layout (a bare object, or an exception's struct), one
 * pointer per slot (a `__weakref__` slot included), then the GC header and, for a managed
 * `__dict__`, the two pointers CPython 3.11 keeps before the object (dict and values).
 */
function instanceSize(rt: Runtime, o: PyInstance): number {
  const cls = o.cls;
  if (cls === rt.types.object) return S.BARE_OBJECT_SIZE;
  let size = o.exc ? S.exceptionLayoutSize(nearestBuiltin(cls).name) : S.BARE_OBJECT_SIZE;
  size += 8 * (cls.slotNames?.length ?? 0);
  // a weakref slot is added by the first class in the MRO that supports weak references
  if (cls.supportsWeakref && !(o.exc && nearestBuiltin(cls).supportsWeakref)) size += 8;
  size += S.GC_HEADER_SIZE;
  if (cls.hasDict && !o.exc) size += S.MANAGED_DICT_PRE_HEADER;
  return size;
}

function nearestBuiltin(t: PyType): PyType {
  return t.mro.find((x) => x.builtin) ?? t;
}
