// `class` statements (__build_class__) and calling a class to make an instance
// (type.__call__: __new__ then __init__). Instances of user classes hold a reference to their
// class, so each instance adds one to the class's refcount, as in CPython.
import { CodeFlag } from '../compiler/code';
import { lookupInMro } from './attributes';
import { dictGetStr, dictSetStr } from './dict-ops';
import { DictStore } from './dict-store';
import { SharedKeys } from '../values/dict-table';
import { allocateBeforeType, attachCompanions } from './type-companions';
import { PyException, Unsupported } from './errors';
import { Flag, type KwArgs, type PyCell, type PyDict, type PyFunction, type PyInstance, type PyObj, type PyTuple, type PyType } from './objects';
import type { Runtime } from './runtime';
import { argumentTuple, callPrepend, hasVectorcall, withArgumentTuple } from './call-protocol';

/** Builtin types whose call makes something other than a plain instance (int('3'), list(x)...). */
export type TypeCall = (args: readonly PyObj[], kwargs: KwArgs | null, type: PyType) => PyObj;

/** __build_class__(func, name, *bases): runs the body in a fresh namespace, then makes the type. */
export function buildClass(rt: Runtime, args: readonly PyObj[], kwargs: KwArgs | null): PyObj {
  const body = args[0] as PyFunction;
  const name = (args[1] as PyObj & { value: string }).value;
  const bases = args.slice(2);
  if (kwargs && kwargs.size > 0) throw new Unsupported('class keywords (metaclass=...)');
  for (const b of bases) {
    if (b.kind !== 'type') throw rt.typeError('bases must be types');
    if (b.builtin && !b.isException && b !== rt.types.object) {
      throw new Unsupported(`subclassing the builtin type '${b.name}'`);
    }
  }
  // __build_class__ packs the bases in a tuple first; it becomes the class's __bases__
  if (bases.length > 0) rt.heap.phantomAllocation(bases.length);
  const ns = rt.dict();
  try {
    const cell = rt.runClassBody(body, ns);
    // type(name, bases, ns) is called through tp_call, with an argument tuple
    rt.heap.phantomTemporaryTuple(3);
    const cls = makeClass(rt, name, body.qualname, bases as PyType[], ns);
    if (cell && cell.kind === 'cell') {
      const old = (cell as PyCell).contents;
      (cell as PyCell).contents = rt.incref(cls);
      rt.recorder?.touched(cell);
      if (old) rt.decref(old);
    }
    if (cell) rt.decref(cell);
    return cls;
  } finally {
    rt.decref(ns);
  }
}

function makeClass(rt: Runtime, name: string, qualname: string, bases: PyType[], ns: PyDict): PyType {
  const base = bases[0] ?? rt.types.object;
  if (bases.length > 1) throw new Unsupported('multiple inheritance');
  const ownSlotNames = slotsDeclared(rt, ns);
  allocateBeforeType(rt.heap, bases.length > 0, ownSlotNames);
  const dict = rt.make<PyDict>({ kind: 'dict', store: new DictStore(), cls: rt.types.dict }, true, 64);
  let slotNames: string[] | null = base.slotNames ? [...base.slotNames] : null;
  let ownSlots = false;
  let ownSlotCount = 0;
  let slotsDeclareDict = false;
  let slotsDeclareWeakref = false;
  for (const [k, v] of ns.store.entries()) {
    const key = (k as PyObj & { value: string }).value;
    if (key === '__classcell__') continue;
    if (key === '__slots__') {
      ownSlots = true;
      const names = v.kind === 'str' ? [v.value] : rt.iterateToArray(v).map((s) => {
        const n = (s as PyObj & { value: string }).value;
        rt.decref(s);
        return n;
      });
      const members = names.filter((n) => n !== '__dict__' && n !== '__weakref__');
      ownSlotCount = members.length;
      slotNames = [...(slotNames ?? []), ...members];
      slotsDeclareDict = names.includes('__dict__');
      slotsDeclareWeakref = names.includes('__weakref__');
    }
    if (key === '__init_subclass__' || key === '__new__') {
      // plain functions there would become static/class methods in CPython; keep them as found
    }
    rt.incref(v);
    const old = dictSetStr(rt, dict, key, v);
    if (old) rt.decref(old);
  }
  const addsDict = !base.hasDict && (!ownSlots || slotsDeclareDict);
  const hasDict = base.hasDict || addsDict;
  const addsWeakref = !base.supportsWeakref && (!ownSlots || slotsDeclareWeakref);
  const cls = rt.make<PyType>({
    kind: 'type',
    cls: rt.types.type,
    name,
    qualname,
    bases: [rt.incref(base)],
    mro: [],
    dict,
    builtin: false,
    slotNames,
    hasDict,
    supportsWeakref: base.supportsWeakref || addsWeakref,
    instanceKind: 'instance',
    isException: base.isException,
  }, true, 1072);
  cls.mro = [cls, ...base.mro];
  if (hasDict && !base.isException) cls.sharedKeys = new SharedKeys();
  const descriptors = (addsDict ? 1 : 0) + (addsWeakref ? 1 : 0) + ownSlotCount;
  attachCompanions(rt.heap, cls, base, { descriptors, ownSlots: ownSlotNames });
  // the descriptors live in the class dict, which therefore is tracked (MAINTAIN_TRACKING)
  if (descriptors > 0) rt.heap.track(dict);
  // __set_name__ is looked for in a copy of the class dict; __init_subclass__ is found through
  // a temporary super object and called as a bound builtin method
  rt.heap.phantomTemporaryDict();
  rt.heap.phantomTemporary();
  rt.heap.phantomTemporary();
  return cls;
}

/** The names a class body's own `__slots__` declares besides `__dict__` and `__weakref__`, sorted as ht_slots keeps them; null without `__slots__`. */
function slotsDeclared(rt: Runtime, ns: PyDict): string[] | null {
  const v = dictGetStr(ns, '__slots__');
  if (!v) return null;
  let names: string[];
  if (v.kind === 'str') names = [v.value];
  else if (v.kind === 'tuple' || v.kind === 'list') names = v.items.map((s) => (s.kind === 'str' ? s.value : ''));
  else return [];
  // a __slots__ that is not a tuple is first made into one (PySequence_Tuple)
  if (v.kind !== 'tuple') rt.heap.phantomTemporaryTuple(names.length);
  return names.filter((n) => n !== '__dict__' && n !== '__weakref__').sort();
}

/**
 * Calls a type from a C array (PyObject_Vectorcall). list, dict, range... have their own
 * vectorcall and take the arguments as they are; a class, str, int, zip or an exception type
 * goes through _PyObject_MakeTpCall: one level of the recursion limit, and a new argument
 * tuple (and keywords dict) that hold the arguments until the call returns.
 */
export function construct(rt: Runtime, type: PyType, args: readonly PyObj[], kwargs: KwArgs | null): PyObj {
  if (hasVectorcall(type)) return builtinTypeCall(rt, type, args, kwargs);
  rt.enterRecursion(' while calling a Python object');
  try {
    if (!type.isException) return withArgumentTuple(rt, args, kwargs, () => typeCall(rt, type, args, kwargs, null));
    // an exception keeps the argument tuple itself as its `args`: a real tuple
    const tuple = argumentTuple(rt, args);
    try {
      return withArgumentTuple(rt, [], kwargs, () => typeCall(rt, type, args, kwargs, tuple));
    } finally {
      rt.decref(tuple);
    }
  } finally {
    rt.leaveRecursion();
  }
}

function builtinTypeCall(rt: Runtime, type: PyType, args: readonly PyObj[], kwargs: KwArgs | null): PyObj {
  const maker = rt.typeCalls.get(type);
  if (!maker) throw rt.typeError(`cannot create '${type.name}' instances`);
  return maker(args, kwargs, type);
}

/**
 * type_call (Objects/typeobject.c): tp_new, then, if it made an instance of the type, tp_init
 * of the new object's type, both given the same arguments. A user __new__ or __init__ runs
 * through slot_tp_new / slot_tp_init, which call it with _PyObject_Call_Prepend. `tuple` is the
 * argument tuple when it is a real object (BaseException_new keeps it as `args`).
 */
export function typeCall(rt: Runtime, type: PyType, args: readonly PyObj[], kwargs: KwArgs | null, tuple: PyTuple | null): PyObj {
  if (type.builtin && !type.isException && type !== rt.types.object) return builtinTypeCall(rt, type, args, kwargs);
  const hasArguments = args.length > 0 || (kwargs !== null && kwargs.size > 0);
  const userNew = lookupUserFunction(type, '__new__');
  let obj: PyObj;
  if (userNew) {
    obj = callPrepend(rt, userNew, type, args, kwargs);
    if (!obj.cls.mro.includes(type)) return obj;
  } else {
    obj = newInstance(rt, type, args, tuple);
  }
  const init = lookupUserFunction(obj.cls, '__init__');
  if (init) {
    try {
      const r = callPrepend(rt, init, obj, args, kwargs);
      if (r !== rt.None) {
        rt.decref(r);
        throw rt.typeError(`__init__() should return None, not '${r.cls.name}'`);
      }
      rt.decref(r);
    } catch (e) {
      rt.decref(obj);
      throw e;
    }
  } else if (type.isException && kwargs && kwargs.size > 0) {
    // the builtin tp_init runs (BaseException_init, NameError_init...): it judges the keywords
    const builtinInit = lookupInMro(type, '__init__');
    try {
      if (builtinInit?.kind === 'builtin') rt.decref(builtinInit.impl(args, kwargs, obj));
    } catch (e) {
      rt.decref(obj);
      throw e;
    }
  } else if (!type.isException && !userNew && hasArguments) {
    rt.decref(obj);
    throw rt.typeError(`${type.name}() takes no arguments`);
  }
  return obj;
}

function lookupUserFunction(type: PyType, name: string): PyObj | null {
  const f = lookupInMro(type, name);
  if (!f) return null;
  if (f.kind === 'function') return f;
  if (f.kind === 'property' && f.which === 'staticmethod') return f.fget;
  return null;
}

/**
 * object.__new__, and BaseException_new, which keeps the call's argument tuple itself as
 * `args` when there is one.
 */
export function newInstance(rt: Runtime, type: PyType, args: readonly PyObj[], argsTuple: PyTuple | null = null): PyInstance {
  if (type.isException) {
    const exc = rt.exception(type, []);
    if (argsTuple) {
      rt.decref(exc.exc!.args);
      exc.exc!.args = rt.incref(argsTuple);
    } else {
      exc.exc!.args = rt.tuple(args.map((a) => rt.incref(a)));
    }
    return exc;
  }
  if (!type.builtin) rt.incref(type);
  type.sharedKeys?.onNewInstance();
  // a bare object() is a 16-byte PyObject of a type without Py_TPFLAGS_HAVE_GC: never tracked
  const bare = type === rt.types.object;
  return rt.make<PyInstance>({
    kind: 'instance',
    cls: type,
    dict: null,
    slots: type.slotNames ? new Array(type.slotNames.length).fill(null) : null,
    exc: null,
  }, !bare, bare ? 16 : type.slotNames && !type.hasDict ? 32 + 8 * type.slotNames.length : 56);
}

/** What `raise X` raises: an instance as is, a class called with no arguments. */
export function instantiateException(rt: Runtime, v: PyObj): PyInstance {
  if (v.kind === 'type' && v.isException) {
    const e = construct(rt, v, [], null);
    rt.decref(v);
    return e as PyInstance;
  }
  if (v.kind === 'instance' && v.exc) return v;
  rt.decref(v);
  throw rt.typeError('exceptions must derive from BaseException');
}

/** Runs a class body function with `ns` as its namespace; returns the __class__ cell if any. */
export function classBodyRunner(rt: Runtime, execute: (func: PyFunction, ns: PyDict) => PyObj) {
  return (body: PyFunction, ns: PyDict): PyObj | null => {
    const r = execute(body, ns);
    if (r === rt.None) {
      rt.decref(r);
      return null;
    }
    return r;
  };
}

export function isGeneratorFunction(f: PyObj): boolean {
  return f.kind === 'function' && (f.code.flags & CodeFlag.Generator) !== 0;
}

export { Flag, PyException, dictGetStr };
