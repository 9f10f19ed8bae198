// Calling builtin types: int('12'), list(x), dict(a=1), range(3), object(), type(x), ...
import { Unsupported } from '../runtime/errors';
import {  lookupInMro } from '../runtime/attributes';
import { numeric, numberResult } from '../runtime/arith';
import { dictSet } from '../runtime/dict-ops';
import { dictMergeInto } from '../runtime/dict-merge';
import { iterateToArray } from '../runtime/iteration';
import type { KwArgs, PyObj, PyProperty, PyRange, PySlice, PyType } from '../runtime/objects';
import { repr } from '../runtime/repr';
import { objectStr } from '../runtime/string-format';
import type { Runtime } from '../runtime/runtime';
import { listFromIterable } from '../runtime/list-ops';
import { setFromIterable } from '../runtime/set-ops';
import { newInstance } from '../runtime/classes';
import { parseFloat as pyParseFloat, parseInt as pyParseInt } from '../values/number-parse';
import { floatToInt, intToFloat } from '../values/float-ops';
import { arity, asIndex, noKwargs } from './args';
import { makeSuper } from './functions';
import { TYPE_CONVENTIONS, withConvention } from './conventions';

export function installConstructors(rt: Runtime): void {
  const T = rt.types;
  const on = (t: PyType, f: (args: readonly PyObj[], kwargs: KwArgs | null) => PyObj) => rt.typeCalls.set(t, withConvention(rt, t.name, TYPE_CONVENTIONS[t.name], f));

  on(T.int, (args, kwargs) => {
    const base = kwargs?.get('base') ?? args[1];
    arity(rt, 'int', args, 0, 2);
    const x = args[0];
    if (!x) return rt.int(0n);
    if (base !== undefined) {
      if (x.kind !== 'str') throw rt.typeError("int() can't convert non-string with explicit base");
      const b = Number(asIndex(rt, base));
      return rt.int(numeric(rt, () => pyParseInt(x.value, b)));
    }
    switch (x.kind) {
      case 'int': return x.cls === T.int ? rt.incref(x) : rt.int(x.value);
      case 'float': return rt.int(numeric(rt, () => floatToInt(x.value)));
      case 'str': return rt.int(numeric(rt, () => pyParseInt(x.value, 10)));
    }
    // PyNumber_Long: the nb_int slot, else nb_index (slot_nb_int calls __int__ with x borrowed)
    const m = lookupInMro(x.cls, '__int__') ?? lookupInMro(x.cls, '__index__');
    if (m) return rt.call(m, [x], null);
    throw rt.typeError(`int() argument must be a string, a bytes-like object or a real number, not '${x.cls.name}'`);
  });
  on(T.float, (args, kwargs) => {
    noKwargs(rt, 'float', kwargs);
    arity(rt, 'float', args, 0, 1);
    const x = args[0];
    if (!x) return rt.float(0);
    switch (x.kind) {
      case 'float': return rt.incref(x);
      case 'int': return numberResult(rt, numeric(rt, () => intToFloat(x.value)));
      case 'str': return rt.float(numeric(rt, () => pyParseFloat(x.value)));
    }
    // PyNumber_Float: the nb_float slot (slot_nb_float calls __float__ with x borrowed)
    const m = lookupInMro(x.cls, '__float__');
    if (m) return rt.call(m, [x], null);
    throw rt.typeError(`float() argument must be a string or a real number, not '${x.cls.name}'`);
  });
  on(T.str, (args, kwargs) => {
    noKwargs(rt, 'str', kwargs);
    arity(rt, 'str', args, 0, 1);
    const x = args[0];
    if (!x) return rt.str('');
    // PyObject_Str: an exact str is returned as is, an int's digits are always a new string
    return objectStr(rt, x);
  });
  on(T.bool, (args) => {
    arity(rt, 'bool', args, 0, 1);
    return rt.bool(args[0] ? rt.truthy(args[0]) : false);
  });
  on(T.list, (args, kwargs) => {
    noKwargs(rt, 'list', kwargs);
    arity(rt, 'list', args, 0, 1);
    return args[0] ? listFromIterable(rt, args[0]) : rt.list([]);
  });
  on(T.tuple, (args, kwargs) => {
    noKwargs(rt, 'tuple', kwargs);
    arity(rt, 'tuple', args, 0, 1);
    return args[0] ? rt.tupleFromIterable(args[0]) : rt.tuple([]);
  });
  on(T.dict, (args, kwargs) => {
    arity(rt, 'dict', args, 0, 1);
    const d = rt.dict();
    try {
      if (args[0]) dictMergeInto(rt, d, args[0]);
      if (kwargs) for (const [k, v] of kwargs) {
        const key = rt.str(k);
        dictSet(rt, d, key, v);
        rt.decref(key);
      }
    } catch (e) {
      rt.decref(d);
      throw e;
    }
    return d;
  });
  on(T.set, (args, kwargs) => {
    noKwargs(rt, 'set', kwargs);
    arity(rt, 'set', args, 0, 1);
    return setFromIterable(rt, args[0] ?? null, false);
  });
  on(T.frozenset, (args, kwargs) => {
    noKwargs(rt, 'frozenset', kwargs);
    arity(rt, 'frozenset', args, 0, 1);
    const x = args[0];
    if (x && x.kind === 'set' && x.frozen) return rt.incref(x);
    return setFromIterable(rt, x ?? null, true);
  });
  on(T.range, (args, kwargs) => {
    noKwargs(rt, 'range', kwargs);
    if (args.length === 0) throw rt.typeError('range expected at least 1 argument, got 0');
    arity(rt, 'range', args, 1, 3);
    const nums = args.map((a) => asIndex(rt, a));
    const [start, stop, step] = nums.length === 1 ? [0n, nums[0]!, 1n] : [nums[0]!, nums[1]!, nums[2] ?? 1n];
    if (step === 0n) throw rt.valueError('range() arg 3 must not be zero');
    return rt.make<PyRange>({ kind: 'range', start, stop, step, cls: T.range }, false, 48);
  });
  on(T.object, (args) => {
    if (args.length > 0) throw rt.typeError('object() takes no arguments');
    return newInstance(rt, T.object, []);
  });
  on(T.type, (args) => {
    if (args.length === 1) return rt.incref(args[0]!.cls);
    throw new Unsupported('type() with three arguments');
  });
  on(T.slice, (args) => {
    arity(rt, 'slice', args, 1, 3);
    const [a, b, c] = args.length === 1 ? [rt.None, args[0]!, rt.None] : [args[0]!, args[1]!, args[2] ?? rt.None];
    return rt.make<PySlice>({ kind: 'slice', start: rt.incref(a), stop: rt.incref(b), step: rt.incref(c), cls: T.slice }, false, 56);
  });
  for (const which of ['property', 'staticmethod', 'classmethod'] as const) {
    on(T[which], (args) => {
      arity(rt, which, args, 1, which === 'property' ? 4 : 1);
      const fget = args[0] === rt.None ? null : rt.incref(args[0]!);
      const fset = args[1] && args[1] !== rt.None ? rt.incref(args[1]) : null;
      return rt.make<PyProperty>({ kind: 'property', which, fget, fset, cls: T[which] }, true, 72);
    });
  }
  on(T.super, (args) => {
    if (args.length === 2) {
      const t = args[0]!;
      if (t.kind !== 'type') throw rt.typeError('super() argument 1 must be a type, not ' + t.cls.name);
      return makeSuper(rt, t, args[1]!);
    }
    if (args.length !== 0) throw rt.typeError('super() takes 0 or 2 arguments');
    const frame = rt.currentFrame();
    const code = frame?.code;
    const classSlot = code ? code.freevars.indexOf('__class__') : -1;
    if (!frame || !code || classSlot < 0) throw rt.error(T.RuntimeError, 'super(): __class__ cell not found');
    const cell = frame.locals[code.varnames.length + code.cellvars.length + classSlot];
    const self = code.argcount > 0 ? frame.locals[0] ?? findFirstArgInCell(frame) : null;
    if (!cell || cell.kind !== 'cell' || !cell.contents) throw rt.error(T.RuntimeError, 'super(): empty __class__ cell');
    if (!self) throw rt.error(T.RuntimeError, 'super(): no arguments');
    return makeSuper(rt, cell.contents as PyType, self);
  });
  void repr;
  void iterateToArray;
}

/** The first argument may have moved into a cell when a closure captures `self`. */
function findFirstArgInCell(frame: NonNullable<ReturnType<Runtime['currentFrame']>>): PyObj | null {
  const code = frame.code;
  const first = code.varnames[0];
  const i = first ? code.cellvars.indexOf(first) : -1;
  if (i < 0) return null;
  const cell = frame.locals[code.varnames.length + i];
  return cell && cell.kind === 'cell' ? cell.contents : null;
}

