// The methods of dict objects (CPython 3.11 dictobject.c): views, get/setdefault/pop/popitem,
// update with dict.update's argument rules, copy, clear and the fromkeys classmethod.
import { dictMergeInto } from '../runtime/dict-merge';
import { dictClear, dictGet, dictPop, dictSet } from '../runtime/dict-ops';
import { getIter, iterNext } from '../runtime/iteration';
import type { KwArgs, PyDict, PyDictView, PyObj, PyType } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { keyError } from '../runtime/sequences';
import { defineMethods } from '../runtime/types';
import { DictSizing } from '../values/dict-table';
import { arity, noKwargs } from './args';

/** `d.keys()` / `d.values()` / `d.items()`: a view holding a reference to its dict. */
export function dictView(rt: Runtime, d: PyDict, which: PyDictView['which']): PyDictView {
  rt.incref(d);
  return rt.make<PyDictView>({ kind: 'dictview', dict: d, which, cls: rt.types[`dict_${which}`]! }, true, 40);
}

function method(rt: Runtime, name: string, kwargs: KwArgs | null, args: readonly PyObj[], min: number, max: number): void {
  noKwargs(rt, name.includes('.') ? name : `dict.${name}`, kwargs); // _PyObject_FunctionStr: the qualified name
  arity(rt, name, args, min, max);
}

/** `d.update(other, **kwargs)` */
export function dictUpdate(rt: Runtime, d: PyDict, args: readonly PyObj[], kwargs: KwArgs | null): void {
  arity(rt, 'update', args, 0, 1);
  if (args[0]) dictMergeInto(rt, d, args[0]);
  if (kwargs) {
    for (const [name, value] of kwargs) {
      const key = rt.str(name);
      try {
        dictSet(rt, d, key, value);
      } finally {
        rt.decref(key);
      }
    }
  }
}

/** A new dict with the same entries (`dict.copy()`). */
export function dictCopy(rt: Runtime, d: PyDict): PyDict {
  const out = rt.dict();
  for (const [k, v] of d.store.entries()) dictSet(rt, out, k, v);
  // PyDict_Copy clones a dense table (its size and key kind) rather than growing a new one
  out.store.sizing = d.store.sizing.copy();
  return out;
}

export function installDictMethods(rt: Runtime): void {
  const self = (o: PyObj | null): PyDict => o as PyDict;
  defineMethods(rt, rt.types.dict, {
    keys(args, kwargs, s) {
      method(rt, 'dict.keys', kwargs, args, 0, 0);
      return dictView(rt, self(s), 'keys');
    },
    values(args, kwargs, s) {
      method(rt, 'dict.values', kwargs, args, 0, 0);
      return dictView(rt, self(s), 'values');
    },
    items(args, kwargs, s) {
      method(rt, 'dict.items', kwargs, args, 0, 0);
      return dictView(rt, self(s), 'items');
    },
    get(args, kwargs, s) {
      method(rt, 'get', kwargs, args, 1, 2);
      const v = dictGet(rt, self(s), args[0]!);
      return rt.incref(v ?? args[1] ?? rt.None);
    },
    setdefault(args, kwargs, s) {
      method(rt, 'setdefault', kwargs, args, 1, 2);
      const d = self(s);
      const v = dictGet(rt, d, args[0]!);
      if (v !== undefined) return rt.incref(v);
      const dflt = args[1] ?? rt.None;
      dictSet(rt, d, args[0]!, dflt);
      return rt.incref(dflt);
    },
    pop(args, kwargs, s) {
      method(rt, 'pop', kwargs, args, 1, 2);
      const v = dictPop(rt, self(s), args[0]!);
      if (v !== null) return v;
      if (args[1]) return rt.incref(args[1]);
      throw keyError(rt, args[0]!);
    },
    popitem(args, kwargs, s) {
      method(rt, 'dict.popitem', kwargs, args, 0, 0);
      const d = self(s);
      const pos = d.store.lastPosition();
      if (pos < 0) throw rt.error(rt.types.KeyError, 'popitem(): dictionary is empty');
      const key = d.store.keyAt(pos);
      // popitem drops the last entry from the table (a hole left by del stays)
      d.store.sizing.popitem();
      // the pair takes over the dict's references to the key and the value
      rt.incref(key);
      const value = dictPop(rt, d, key)!;
      return rt.tuple([key, value]);
    },
    update(args, kwargs, s) {
      dictUpdate(rt, self(s), args, kwargs);
      return rt.none();
    },
    copy(args, kwargs, s) {
      method(rt, 'dict.copy', kwargs, args, 0, 0);
      return dictCopy(rt, self(s));
    },
    clear(args, kwargs, s) {
      method(rt, 'dict.clear', kwargs, args, 0, 0);
      dictClear(rt, self(s));
      return rt.none();
    },
  });
  installFromkeys(rt);
}

/**
 * `dict.fromkeys(iterable, value=None)`: a classmethod, registered so that both `dict.fromkeys`
 * and `{}.fromkeys` receive the class.
 */
function installFromkeys(rt: Runtime): void {
  const impl = (args: readonly PyObj[], kwargs: KwArgs | null): PyObj => {
    method(rt, 'fromkeys', kwargs, args, 1, 2);
    const d = rt.dict();
    const source = args[0]!;
    if (source.kind === 'dict' && source.cls === rt.types.dict) {
      d.store.sizing = DictSizing.forFromKeys('dict', source.store.size, source.store.sizing.unicodeKeys);
    } else if (source.kind === 'set' && (source.cls === rt.types.set || source.cls === rt.types.frozenset)) {
      d.store.sizing = DictSizing.forFromKeys('set', source.store.size);
    }
    try {
      const it = getIter(rt, source);
      try {
        const value = args[1] ?? rt.None;
        for (let k = iterNext(rt, it); k !== null; k = iterNext(rt, it)) {
          try {
            dictSet(rt, d, k, value);
          } finally {
            rt.decref(k);
          }
        }
      } finally {
        rt.decref(it);
      }
    } catch (e) {
      rt.decref(d);
      throw e;
    }
    return d;
  };
  const fn = rt.cache(rt.make<PyObj & { kind: 'builtin' }>({ kind: 'builtin', cls: rt.types.builtin_function_or_method, name: 'fromkeys', impl, self: null, owner: null }, false, 72));
  const descr = rt.cache(rt.make<PyObj & { kind: 'property' }>({ kind: 'property', which: 'staticmethod', fget: fn, fset: null, cls: rt.types.staticmethod as PyType }, false, 40));
  rt.types.dict.dict.store.set(rt.intern('fromkeys'), 'sfromkeys', null, descr);
}
