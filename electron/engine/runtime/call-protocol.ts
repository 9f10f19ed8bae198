// How CPython 3.11 passes arguments, where it shows in reference counts (Objects/call.c):
// a vectorcall borrows the caller's array; a callable without one (a class, an instance with
// __call__, str/int/zip, a METH_VARARGS builtin) gets a new argument tuple and keywords dict
// (_PyObject_MakeTpCall); a keywords dict turned back into an array holds a reference to every
// argument while the call runs (_PyStack_UnpackDict).
import type { KwArgs, PyBuiltin, PyDict, PyObj, PyTuple } from './objects';
import type { Runtime } from './runtime';

/** Builtin types CPython 3.11 calls through tp_call (their tp_vectorcall is NULL). */
const TYPES_WITHOUT_VECTORCALL = new Set([
  'bytearray', 'bytes', 'classmethod', 'complex', 'int', 'memoryview', 'object', 'property', 'slice',
  'staticmethod', 'str', 'zip', 'weakref', 'weakref.ReferenceType', 'NoneType',
]);

/**
 * Builtin functions declared METH_VARARGS in 3.11's Python/bltinmodule.c, and zip, a type
 * there (a function here) without a vectorcall, so type_call hands zip_new an argument tuple.
 * min and max are METH_VARARGS too, but min_max iterates over its tuple: minMax builds it.
 * sys.getsizeof (Python/sysmodule.c) and gc.set_threshold (Modules/gcmodule.c) are module
 * functions declared METH_VARARGS (measured: each leaves one tuple on 3.11's allocation count).
 */
const VARARGS_FUNCTIONS = new Set(['dir', 'vars', 'zip', 'getsizeof', 'set_threshold']);

/** Method descriptors declared METH_VARARGS in 3.11 (Objects/dictobject.c, setobject.c, unicodeobject.c). */
const VARARGS_METHODS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['dict', new Set(['update'])],
  ['set', new Set(['difference', 'difference_update', 'intersection', 'intersection_update', 'union', 'update'])],
  ['frozenset', new Set(['difference', 'intersection', 'union'])],
  ['str', new Set(['count', 'find', 'index', 'rfind', 'rindex', 'startswith', 'endswith', 'format'])],
]);

/**
 * How a builtin receives its arguments: 'vector' borrows them (METH_O, METH_FASTCALL);
 * 'tuple' gets a new tuple and keywords dict (METH_VARARGS: cfunction_call,
 * method_vectorcall_VARARGS_KEYWORDS); 'packs' is Argument Clinic's `*args`, which copies the
 * positional arguments into a tuple (print).
 */
export function builtinConvention(b: PyBuiltin): 'vector' | 'tuple' | 'packs' {
  const owner = b.owner ?? (b.self && b.self.cls.builtin ? b.self.cls : null);
  if (owner) return VARARGS_METHODS.get(owner.name)?.has(b.name) ? 'tuple' : 'vector';
  if (b.self) return 'vector';
  if (VARARGS_FUNCTIONS.has(b.name)) return 'tuple';
  return b.name === 'print' ? 'packs' : 'vector';
}

/** Whether calling `callable` is a vectorcall (arguments borrowed) rather than a tp_call. */
export function hasVectorcall(callable: PyObj): boolean {
  switch (callable.kind) {
    case 'function':
    case 'method':
      return true;
    case 'builtin':
      return builtinConvention(callable) !== 'tuple';
    case 'type':
      return callable.builtin && !callable.isException && !TYPES_WITHOUT_VECTORCALL.has(callable.name);
    default:
      return false;
  }
}

/** _PyTuple_FromArray: a new tuple holding its own reference to each argument. */
export function argumentTuple(rt: Runtime, args: readonly PyObj[]): PyTuple {
  return rt.tuple(args.map((a) => rt.incref(a)));
}

/**
 * A tuple or dict CPython's call machinery allocates and drops around one call: the argument
 * tuple and keywords dict of _PyObject_MakeTpCall (and of the METH_VARARGS wrappers), the names
 * tuple of _PyStack_UnpackDict, print's `*args`. No Python code can reach one, so the engine
 * makes no object the trace would show: the scratch holds a reference to each item and counts
 * as the allocation it is (free lists first), and releases both when the call returns.
 */
export class CallScratch {
  private constructor(
    private readonly rt: Runtime,
    private readonly kind: 'tuple' | 'dict',
    private readonly size: number,
    private readonly held: readonly PyObj[],
    /** tupledealloc releases a tuple's items last first */
    private readonly lastFirst = false,
  ) {}

  /** A tuple of `items` (borrowed: the scratch takes its own references). */
  static tuple(rt: Runtime, items: readonly PyObj[]): CallScratch {
    rt.heap.scratchAllocated('tuple', items.length);
    for (const o of items) rt.incref(o);
    return new CallScratch(rt, 'tuple', items.length, items, true);
  }

  /** A dict of keyword values (_PyStack_AsDict); the keys are interned names. */
  static dict(rt: Runtime, kwargs: KwArgs): CallScratch {
    rt.heap.scratchAllocated('dict', 0);
    const values = [...kwargs.values()];
    for (const o of values) rt.incref(o);
    return new CallScratch(rt, 'dict', 0, values);
  }

  /**
   * _PyStack_UnpackDict: a new array holding every positional argument and keyword value
   * (Py_INCREF each), and a new tuple of the keyword names; _PyStack_UnpackDict_Free drops the
   * references in order, then the names.
   */
  static unpacked(rt: Runtime, args: readonly PyObj[], kwargs: KwArgs): CallScratch {
    rt.heap.scratchAllocated('tuple', kwargs.size);
    const held = [...args, ...kwargs.values()];
    for (const o of held) rt.incref(o);
    return new CallScratch(rt, 'tuple', kwargs.size, held);
  }

  release(): void {
    const heap = this.rt.heap;
    const held = this.held;
    if (this.lastFirst) for (let i = held.length - 1; i >= 0; i--) heap.decref(held[i]!);
    else heap.decrefAll(held);
    heap.scratchFreed(this.kind, this.size);
  }
}

/** Runs `body` while an argument tuple and keywords dict exist (_PyObject_MakeTpCall), then frees them. */
export function withArgumentTuple<T>(rt: Runtime, args: readonly PyObj[], kwargs: KwArgs | null, body: () => T): T {
  const tuple = CallScratch.tuple(rt, args);
  let kwdict: CallScratch | null = null;
  try {
    if (kwargs && kwargs.size > 0) kwdict = CallScratch.dict(rt, kwargs);
    return body();
  } finally {
    tuple.release();
    kwdict?.release();
  }
}

/** A keywords dict read back as the engine's keyword map (its keys are str: DICT_MERGE checked). */
export function keywordsOf(kwdict: PyDict | null): KwArgs | null {
  if (!kwdict || kwdict.store.size === 0) return null;
  const out = new Map<string, PyObj>();
  for (const [k, v] of kwdict.store.entries()) out.set((k as PyObj & { value: string }).value, v);
  return out;
}

/**
 * _PyObject_FastCallDictTstate: calls `callable` with a borrowed array and keywords that come
 * as a dict; non-empty ones are unpacked first (CallScratch.unpacked) for the call's duration.
 */
export function fastCallDict(rt: Runtime, callable: PyObj, args: readonly PyObj[], kwargs: KwArgs | null): PyObj {
  if (!kwargs || kwargs.size === 0) return rt.call(callable, args, null);
  const held = CallScratch.unpacked(rt, args, kwargs);
  try {
    return rt.call(callable, args, kwargs);
  } finally {
    held.release();
  }
}

/** _PyObject_Call_Prepend: callable(obj, *args, **kwargs), the tuple's items borrowed. */
export function callPrepend(rt: Runtime, callable: PyObj, obj: PyObj, args: readonly PyObj[], kwargs: KwArgs | null): PyObj {
  return fastCallDict(rt, callable, [obj, ...args], kwargs);
}
