// Attribute access (CPython's PyObject_GenericGetAttr and type_getattro): data descriptors on
// the type, then the instance's own __dict__, then other class attributes, binding functions
// into method objects that hold a reference to their `self`.
import { Unsupported } from './errors';
import { Flag, type PyBuiltin, type PyDict, type PyInstance, type PyMethod, type PyObj, type PyTraceback, type PyType } from './objects';
import type { Runtime } from './runtime';
import { dictGetStr, dictSetStr, dictDelStr } from './dict-ops';
import { DictStore } from './dict-store';
import { DictSizing } from '../values/dict-table';
import { superGetAttr } from '../builtins/functions';
import { refuseMissingAttribute } from './cpython-gaps';
import { addAttributeErrorContext, exceptionMember, setExceptionMember } from './name-errors';

/** The class attribute `name` along the MRO (a borrowed reference), or null. */
export function lookupInMro(type: PyType, name: string): PyObj | null {
  const key = 's' + name;
  for (const t of type.mro) {
    const v = t.dict.store.get(undefined as unknown as PyObj, key, null);
    if (v !== undefined) return v;
  }
  return null;
}

export function typeName(o: PyObj): string {
  return o.cls.name;
}

/** The slot index of `name` in an instance's `__slots__` layout, or -1. */
function slotIndex(type: PyType, name: string): number {
  return type.slotNames ? type.slotNames.indexOf(name) : -1;
}

/** The instance's attribute dict, created on first need. */
export function instanceDict(rt: Runtime, obj: PyInstance): PyDict | null {
  if (!obj.cls.hasDict) return null;
  if (!obj.dict) {
    // CPython 3.11 keeps instance attributes in the object ("managed dict"): no separate
    // object exists for the collector until someone asks for __dict__
    obj.dict = rt.make<PyDict>({ kind: 'dict', store: new DictStore(), cls: rt.types.dict }, false, 0);
    obj.dict.flags |= Flag.Managed;
    if (obj.cls.sharedKeys) obj.dict.store.sizing = DictSizing.instanceDict(obj.cls.sharedKeys);
  }
  return obj.dict;
}

/** `obj.__dict__`: materializes the managed dict as an object of its own (make_dict_from_instance_attributes, a dict from the free list if it can). */
export function materializeDict(rt: Runtime, obj: PyInstance): PyDict | null {
  const d = instanceDict(rt, obj);
  if (d && d.flags & Flag.Managed) {
    d.flags &= ~Flag.Managed;
    d.flags |= Flag.GcType;
    rt.heap.phantomDict();
    for (const [k, v] of d.store.entries()) rt.heap.maintainTracking(d, k, v);
    // the instance now holds the dict as an object of its own: a trace re-reads it
    rt.recorder?.touched(obj);
  }
  return d;
}

export function bindMethod(rt: Runtime, func: PyObj, self: PyObj): PyObj {
  rt.incref(func);
  rt.incref(self);
  return rt.make<PyMethod>({ kind: 'method', func, self, cls: rt.types.method }, true, 48);
}

function bindBuiltin(rt: Runtime, descr: PyBuiltin, self: PyObj): PyObj {
  rt.incref(self);
  return rt.make<PyBuiltin>({ kind: 'builtin', name: descr.name, impl: descr.impl, self, owner: null, cls: rt.types.builtin_function_or_method }, true, 72);
}

/** Applies a class attribute found on `type` to an instance `obj` (the descriptor protocol). */
function bindToInstance(rt: Runtime, descr: PyObj, obj: PyObj, type: PyType): PyObj {
  switch (descr.kind) {
    case 'function':
      return bindMethod(rt, descr, obj);
    case 'builtin':
      if (descr.owner) return bindBuiltin(rt, descr, obj);
      return rt.incref(descr);
    case 'property':
      if (descr.which === 'property') {
        if (!descr.fget) throw rt.error(rt.types.AttributeError, `property object has no getter`);
        return rt.call(descr.fget, [obj], null);
      }
      if (descr.which === 'staticmethod') return rt.incref(descr.fget!);
      return bindMethod(rt, descr.fget!, type);
    default:
      return rt.incref(descr);
  }
}

/** PyObject_GetAttr: an AttributeError leaving it knows the name and object (for suggestions). */
export function getAttr(rt: Runtime, obj: PyObj, name: string): PyObj {
  let v: PyObj | null;
  try {
    v = getAttrOrNull(rt, obj, name);
  } catch (e) {
    addAttributeErrorContext(rt, e, obj, name);
    throw e;
  }
  if (v !== null) return v;
  refuseMissingAttribute(obj, name);
  const e = attributeError(rt, obj, name);
  addAttributeErrorContext(rt, e, obj, name);
  throw e;
}

export function attributeError(rt: Runtime, obj: PyObj, name: string) {
  if (obj.kind === 'type') return rt.error(rt.types.AttributeError, `type object '${obj.name}' has no attribute '${name}'`);
  if (obj.kind === 'module') return rt.error(rt.types.AttributeError, `module '${obj.name}' has no attribute '${name}'`);
  return rt.error(rt.types.AttributeError, `'${typeName(obj)}' object has no attribute '${name}'`);
}

/** getattr returning null (no exception) when the attribute is missing. */
export function getAttrOrNull(rt: Runtime, obj: PyObj, name: string): PyObj | null {
  if (obj.kind === 'type') return typeGetAttr(rt, obj, name);
  if (obj.kind === 'super') return superGetAttr(rt, obj, name);
  if (obj.kind === 'module') {
    const v = dictGetStr(obj.dict, name);
    return v ? rt.incref(v) : null;
  }
  const special = specialAttr(rt, obj, name);
  if (special !== undefined) return special;
  const type = obj.cls;
  const descr = lookupInMro(type, name);
  if (descr && descr.kind === 'property' && descr.which === 'property') return bindToInstance(rt, descr, obj, type);
  if (obj.kind === 'instance') {
    const si = slotIndex(type, name);
    if (si >= 0) {
      const v = obj.slots![si];
      return v ? rt.incref(v) : null;
    }
    if (obj.dict) {
      const v = dictGetStr(obj.dict, name);
      if (v) return rt.incref(v);
    }
  } else if (obj.kind === 'function' && obj.dict) {
    const v = dictGetStr(obj.dict, name);
    if (v) return rt.incref(v);
  }
  if (descr) return bindToInstance(rt, descr, obj, type);
  const getattr = obj.kind === 'instance' ? lookupInMro(type, '__getattr__') : null;
  if (getattr && getattr.kind === 'function') {
    const n = rt.str(name);
    try {
      return rt.call(getattr, [obj, n], null);
    } finally {
      rt.decref(n);
    }
  }
  return null;
}

function typeGetAttr(rt: Runtime, t: PyType, name: string): PyObj | null {
  switch (name) {
    // a builtin type's name may be dotted (weakref.ReferenceType): __name__ is its last part
    case '__name__': return rt.str(t.builtin ? t.qualname : t.name);
    case '__qualname__': return rt.str(t.qualname);
    case '__module__':
      if (t.builtin) return rt.str(t.name.includes('.') ? t.name.slice(0, t.name.lastIndexOf('.')) : 'builtins');
      break;
    case '__mro__': return rt.tuple(t.mro.map((x) => rt.incref(x)));
    case '__bases__': return rt.tuple(t.bases.map((x) => rt.incref(x)));
    case '__base__': return t.bases[0] ? rt.incref(t.bases[0]) : rt.none();
    case '__dict__': return rt.incref(t.dict);
    case '__class__': return rt.incref(t.cls);
  }
  const v = lookupInMro(t, name);
  if (v === null) {
    const meta = lookupInMro(t.cls, name);
    if (meta && meta.kind === 'builtin' && meta.owner) return bindBuiltin(rt, meta, t);
    return null;
  }
  if (v.kind === 'property') {
    if (v.which === 'staticmethod') return rt.incref(v.fget!);
    if (v.which === 'classmethod') return bindMethod(rt, v.fget!, t);
    return rt.incref(v);
  }
  return rt.incref(v);
}

function specialAttr(rt: Runtime, obj: PyObj, name: string): PyObj | undefined {
  if (name === '__class__') return rt.incref(obj.cls);
  switch (obj.kind) {
    case 'instance':
      if (name === '__dict__') {
        const d = materializeDict(rt, obj);
        if (d) return rt.incref(d);
        return undefined;
      }
      if (obj.exc) {
        const member = exceptionMember(rt, obj, name);
        if (member !== undefined) return member;
        if (name === 'args') return rt.incref(obj.exc.args);
        if (name === '__cause__') return rt.incref(obj.exc.cause ?? rt.None);
        if (name === '__context__') return rt.incref(obj.exc.context ?? rt.None);
        if (name === '__traceback__') return rt.incref(obj.exc.traceback ?? rt.None);
        if (name === '__suppress_context__') return rt.bool(obj.exc.suppressContext);
        if (name === 'value' && obj.cls === rt.types.StopIteration) {
          const a = obj.exc.args.items;
          return rt.incref(a[0] ?? rt.None);
        }
      }
      return undefined;
    case 'function':
      switch (name) {
        case '__name__': return rt.str(obj.name);
        case '__qualname__': return rt.str(obj.qualname);
        case '__defaults__': return rt.incref(obj.defaults ?? rt.None);
        case '__kwdefaults__': return rt.incref(obj.kwdefaults ?? rt.None);
        case '__closure__': return rt.incref(obj.closure ?? rt.None);
        case '__globals__': return rt.incref(obj.globals);
        case '__dict__': {
          if (!obj.dict) obj.dict = rt.dict();
          return rt.incref(obj.dict);
        }
        case '__module__': return rt.str('__main__');
        case '__doc__': return rt.none();
      }
      return undefined;
    case 'builtin':
      if (name === '__name__') return rt.str(obj.name);
      if (name === '__self__') return rt.incref(obj.self ?? rt.None);
      return undefined;
    case 'method':
      if (name === '__self__') return rt.incref(obj.self);
      if (name === '__func__') return rt.incref(obj.func);
      if (name === '__name__') return getAttr(rt, obj.func, '__name__');
      return undefined;
    case 'traceback':
      if (name === 'tb_frame') return rt.incref(obj.frame ?? rt.None);
      if (name === 'tb_next') return rt.incref(obj.next ?? rt.None);
      if (name === 'tb_lineno') return rt.int(BigInt(obj.line));
      return undefined;
    case 'frame':
      if (name === 'f_lineno') return rt.int(BigInt(obj.live ? obj.live.line : obj.line));
      if (name === 'f_back') return rt.incref(obj.back ?? rt.None);
      return undefined;
    case 'cell':
      if (name === 'cell_contents') {
        if (!obj.contents) throw rt.valueError('Cell is empty');
        return rt.incref(obj.contents);
      }
      return undefined;
    case 'generator':
      if (name === '__name__') return rt.str(obj.name);
      if (name === '__qualname__') return rt.str(obj.qualname);
      if (name === 'gi_running') return rt.bool(obj.running);
      return undefined;
    case 'int':
      if (name === 'real' || name === 'numerator') return rt.int(obj.value);
      if (name === 'imag') return rt.int(0n);
      if (name === 'denominator') return rt.int(1n);
      return undefined;
    case 'float':
      if (name === 'real') return rt.incref(obj);
      if (name === 'imag') return rt.float(0);
      return undefined;
    case 'range':
      if (name === 'start') return rt.int(obj.start);
      if (name === 'stop') return rt.int(obj.stop);
      if (name === 'step') return rt.int(obj.step);
      return undefined;
    case 'slice':
      if (name === 'start') return rt.incref(obj.start);
      if (name === 'stop') return rt.incref(obj.stop);
      if (name === 'step') return rt.incref(obj.step);
      return undefined;
    default:
      return undefined;
  }
}

/** `obj.name = value` (value borrowed). */
export function setAttr(rt: Runtime, obj: PyObj, name: string, value: PyObj): void {
  if (obj.kind === 'type') {
    if (obj.builtin) throw rt.typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    rt.incref(value);
    const old = dictSetStr(rt, obj.dict, name, value);
    if (old) rt.decref(old);
    return;
  }
  if (obj.kind === 'function') {
    if (!obj.dict) obj.dict = rt.dict();
    rt.incref(value);
    const old = dictSetStr(rt, obj.dict, name, value);
    if (old) rt.decref(old);
    return;
  }
  if (obj.kind === 'module') {
    rt.incref(value);
    const old = dictSetStr(rt, obj.dict, name, value);
    if (old) rt.decref(old);
    return;
  }
  if (obj.kind === 'instance' && obj.exc && name === '__traceback__') {
    if (value !== rt.None && value.kind !== 'traceback') throw rt.typeError('__traceback__ must be a traceback or None');
    const old = obj.exc.traceback;
    obj.exc.traceback = value === rt.None ? null : rt.incref(value as PyTraceback);
    rt.recorder?.touched(obj);
    if (old) rt.decref(old);
    return;
  }
  if (obj.kind === 'instance' && obj.exc && setExceptionMember(rt, obj, name, value)) return;
  if (obj.kind !== 'instance' || (obj.exc && name === 'args')) {
    if (obj.kind === 'instance' && obj.exc) {
      const t = rt.tupleFromIterable(value);
      const old = obj.exc.args;
      obj.exc.args = t;
      rt.decref(old);
      return;
    }
    const descr = lookupInMro(obj.cls, name);
    if (descr) throw rt.error(rt.types.AttributeError, `'${typeName(obj)}' object attribute '${name}' is read-only`);
    throw rt.error(rt.types.AttributeError, `'${typeName(obj)}' object has no attribute '${name}'`);
  }
  const descr = lookupInMro(obj.cls, name);
  if (descr && descr.kind === 'property' && descr.which === 'property') {
    if (!descr.fset) throw rt.error(rt.types.AttributeError, `can't set attribute '${name}'`);
    rt.decref(rt.call(descr.fset, [obj, value], null));
    return;
  }
  if (name === '__class__') throw new Unsupported('__class__ assignment');
  const si = slotIndex(obj.cls, name);
  if (si >= 0) {
    rt.incref(value);
    const old = obj.slots![si];
    obj.slots![si] = value;
    rt.recorder?.touched(obj);
    if (old) rt.decref(old);
    return;
  }
  const d = instanceDict(rt, obj);
  if (!d) throw rt.error(rt.types.AttributeError, `'${typeName(obj)}' object has no attribute '${name}'`);
  rt.incref(value);
  const old = dictSetStr(rt, d, name, value);
  rt.recorder?.touched(obj);
  if (old) rt.decref(old);
}

export function delAttr(rt: Runtime, obj: PyObj, name: string): void {
  if (obj.kind === 'instance') {
    const si = slotIndex(obj.cls, name);
    if (si >= 0) {
      const old = obj.slots![si];
      // PyMember_SetOne deleting an unset T_OBJECT_EX member: the message is the bare name
      if (!old) throw rt.error(rt.types.AttributeError, name);
      obj.slots![si] = null;
      rt.recorder?.touched(obj);
      rt.decref(old);
      return;
    }
    const taken = obj.dict ? dictDelStr(obj.dict, name) : null;
    if (!taken) throw rt.error(rt.types.AttributeError, `'${typeName(obj)}' object has no attribute '${name}'`);
    rt.recorder?.touched(obj);
    rt.decref(taken[0]);
    rt.decref(taken[1]);
    return;
  }
  const d = obj.kind === 'type' || obj.kind === 'module' ? obj.dict : obj.kind === 'function' ? obj.dict : null;
  const taken = d ? dictDelStr(d, name) : null;
  if (!taken) throw attributeError(rt, obj, name);
  rt.decref(taken[0]);
  rt.decref(taken[1]);
}
