// The builtin functions: print, len, id, isinstance, sorted, ... (the builtins module).
import { getAttrOrNull, getAttr, setAttr, delAttr, lookupInMro } from '../runtime/attributes';
import { refuseMissingAttribute } from '../runtime/cpython-gaps';
import { cpythonDir, namespaceDir } from '../runtime/dir';
import type { Frame } from '../vm/frame';
import { chargeBigResult, numeric, numberResult, binaryOp } from '../runtime/arith';
import { eq, richCompare, truthy } from '../runtime/compare';
import { PyException, Unsupported } from '../runtime/errors';
import { getIter, iterNext, iterateToArray, newIterator } from '../runtime/iteration';
import { lookupKey } from '../runtime/keys';
import type { KwArgs, PyBuiltin, PyMethod, PyObj, PyProperty, PySuper, PyType } from '../runtime/objects';
import { repr, str } from '../runtime/repr';
import type { Runtime } from '../runtime/runtime';
import { length } from '../runtime/sequences';
import { sortList } from '../builtins/list-methods';
import { sequenceToList } from '../runtime/list-ops';
import { formatValue, objectRepr } from '../runtime/string-format';
import { numAbs, numDivmod, numRound, numPow } from '../values/numbers';
import { arity, asIndex, checkCall, kwarg, noKwargs, onlyKwargs } from './args';
import { argumentTuple, CallScratch } from '../runtime/call-protocol';

type Impl = (args: readonly PyObj[], kwargs: KwArgs | null) => PyObj;

export function builtinFunctions(rt: Runtime): Record<string, Impl> {
  const T = rt.types;
  return {
    print(args, kwargs) {
      onlyKwargs(rt, 'print', kwargs, ['sep', 'end', 'file', 'flush']);
      const sepObj = kwarg(kwargs, 'sep');
      const endObj = kwarg(kwargs, 'end');
      const sep = sepObj && sepObj !== rt.None ? strArg(rt, sepObj, 'sep') : ' ';
      const end = endObj && endObj !== rt.None ? strArg(rt, endObj, 'end') : '\n';
      // one write per argument, separator and end, as print does
      args.forEach((a, i) => {
        if (i > 0) rt.writePiece(sep);
        rt.writePiece(str(rt, a));
      });
      rt.writePiece(end);
      return rt.none();
    },
    len(args, kwargs) {
      noKwargs(rt, 'len', kwargs);
      arity(rt, 'len', args, 1, 1);
      return rt.int(BigInt(length(rt, args[0]!)));
    },
    id(args) {
      arity(rt, 'id', args, 1, 1);
      return rt.int(BigInt(args[0]!.id) * 16n + 0x7f0000000000n);
    },
    repr(args) {
      arity(rt, 'repr', args, 1, 1);
      return objectRepr(rt, args[0]!);
    },
    ascii(args) {
      arity(rt, 'ascii', args, 1, 1);
      return rt.str(repr(rt, args[0]!).replace(/[^\x00-\x7f]/gu, (c) => {
        const cp = c.codePointAt(0)!;
        return cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0') : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
      }));
    },
    isinstance(args) {
      arity(rt, 'isinstance', args, 2, 2);
      return rt.bool(isInstanceOf(rt, args[0]!, args[1]!, 'isinstance'));
    },
    issubclass(args) {
      arity(rt, 'issubclass', args, 2, 2);
      const c = args[0]!;
      if (c.kind !== 'type') throw rt.typeError('issubclass() arg 1 must be a class');
      return rt.bool(classMatches(rt, c, args[1]!, 'issubclass'));
    },
    hasattr(args) {
      arity(rt, 'hasattr', args, 2, 2);
      const name = attrName(rt, args[1]!);
      try {
        const v = getAttrOrNull(rt, args[0]!, name);
        if (v) rt.decref(v);
        else refuseMissingAttribute(args[0]!, name);
        return rt.bool(v !== null);
      } catch (e) {
        if (e instanceof PyException && e.exc.cls.mro.includes(T.AttributeError)) {
          rt.decref(e.exc);
          return rt.bool(false);
        }
        throw e;
      }
    },
    getattr(args) {
      arity(rt, 'getattr', args, 2, 3);
      const name = attrName(rt, args[1]!);
      if (args.length === 2) return getAttr(rt, args[0]!, name);
      try {
        const v = getAttrOrNull(rt, args[0]!, name);
        if (!v) refuseMissingAttribute(args[0]!, name);
        return v ?? rt.incref(args[2]!);
      } catch (e) {
        if (e instanceof PyException && e.exc.cls.mro.includes(T.AttributeError)) {
          rt.decref(e.exc);
          return rt.incref(args[2]!);
        }
        throw e;
      }
    },
    setattr(args) {
      arity(rt, 'setattr', args, 3, 3);
      setAttr(rt, args[0]!, attrName(rt, args[1]!), args[2]!);
      return rt.none();
    },
    delattr(args) {
      arity(rt, 'delattr', args, 2, 2);
      delAttr(rt, args[0]!, attrName(rt, args[1]!));
      return rt.none();
    },
    callable(args) {
      arity(rt, 'callable', args, 1, 1);
      return rt.bool(isCallable(args[0]!));
    },
    iter(args) {
      arity(rt, 'iter', args, 1, 2);
      if (args.length === 2) {
        // builtin_iter: the two-argument form wants a callable, then makes a callable_iterator
        if (!isCallable(args[0]!)) throw rt.typeError('iter(v, w): v must be callable');
        throw new Unsupported('iter(callable, sentinel)');
      }
      return getIter(rt, args[0]!);
    },
    next(args) {
      arity(rt, 'next', args, 1, 2);
      const it = args[0]!;
      if (it.kind !== 'iterator' && it.kind !== 'generator' && !lookupInMro(it.cls, '__next__')) {
        throw rt.typeError(`'${it.cls.name}' object is not an iterator`);
      }
      if (it.kind === 'generator') {
        const c = rt.resumeFull(it);
        if (c.yielded) return c.value;
        if (args.length === 2) {
          rt.decref(c.value);
          return rt.incref(args[1]!);
        }
        throw new PyException(rt.exception(T.StopIteration, c.value === rt.None ? (rt.decref(c.value), []) : [c.value]));
      }
      const v = iterNext(rt, it);
      if (v !== null) return v;
      if (args.length === 2) return rt.incref(args[1]!);
      throw rt.error(T.StopIteration, null);
    },
    abs(args) {
      arity(rt, 'abs', args, 1, 1);
      const a = args[0]!;
      // long_abs of a non-negative exact int is long_long: the int itself
      if (a.kind === 'int' && a.cls === rt.types.int && a.value >= 0n) return rt.incref(a);
      if (a.kind === 'int' || a.kind === 'float') return numberResult(rt, numAbs(a.value));
      const m = lookupInMro(a.cls, '__abs__');
      if (m && m.kind === 'function') return rt.call(m, [a], null);
      throw rt.typeError(`bad operand type for abs(): '${a.cls.name}'`);
    },
    round(args, kwargs) {
      const all = positionalAndKw(rt, 'round', args, kwargs, ['number', 'ndigits']);
      const x = all[0];
      if (!x) throw rt.typeError("round() missing required argument 'number' (pos 1)");
      const nd = all[1] && all[1] !== rt.None ? asIndex(rt, all[1]) : null;
      // long_round: no ndigits, or ndigits >= 0, needs no rounding and returns the exact int itself
      if (x.cls === rt.types.int && (nd === null || nd >= 0n)) return rt.incref(x);
      if (x.kind === 'int' || x.kind === 'float') return numberResult(rt, numeric(rt, () => numRound(x.value, nd)));
      const m = lookupInMro(x.cls, '__round__');
      if (m && m.kind === 'function') return rt.call(m, all[1] ? [x, all[1]] : [x], null);
      throw rt.typeError(`type ${x.cls.name} doesn't define __round__ method`);
    },
    divmod(args) {
      arity(rt, 'divmod', args, 2, 2);
      const [a, b] = args as [PyObj, PyObj];
      if ((a.kind === 'int' || a.kind === 'float') && (b.kind === 'int' || b.kind === 'float')) {
        const [q, r] = numeric(rt, () => numDivmod(a.value, b.value));
        return rt.tuple([numberResult(rt, q), numberResult(rt, r)]);
      }
      throw rt.typeError(`unsupported operand type(s) for divmod(): '${a.cls.name}' and '${b.cls.name}'`);
    },
    pow(args) {
      arity(rt, 'pow', args, 2, 3);
      const [a, b, m] = args;
      if (m && m !== rt.None) {
        if (a!.kind !== 'int' || b!.kind !== 'int' || m.kind !== 'int') throw rt.typeError('pow() 3rd argument not allowed unless all arguments are integers');
        return rt.int(numeric(rt, () => rt.modPow(a!.value, b!.value, m.value)));
      }
      if (a!.kind === 'int' && b!.kind === 'int') chargeBigResult(rt, '**', a!.value, b!.value);
      if ((a!.kind === 'int' || a!.kind === 'float') && (b!.kind === 'int' || b!.kind === 'float')) return numberResult(rt, numeric(rt, () => numPow(a!.value, b!.value)));
      return binaryOp(rt, '**', a!, b!);
    },
    sum(args, kwargs) {
      const all = positionalAndKw(rt, 'sum', args, kwargs, ['iterable', 'start']);
      if (!all[0]) throw rt.typeError('sum() takes at least 1 positional argument (0 given)');
      const start = all[1] ?? null;
      if (start && start.kind === 'str') throw rt.typeError("sum() can't sum strings [use ''.join(seq) instead]");
      let acc: PyObj = start ? rt.incref(start) : rt.int(0n);
      const it = getIter(rt, all[0]);
      try {
        for (let v = iterNext(rt, it); v !== null; v = iterNext(rt, it)) {
          try {
            const next = binaryOp(rt, '+', acc, v);
            rt.decref(acc);
            acc = next;
          } finally {
            rt.decref(v);
          }
        }
      } catch (e) {
        rt.decref(acc);
        throw e;
      } finally {
        rt.decref(it);
      }
      return acc;
    },
    min(args, kwargs) {
      return minMax(rt, 'min', args, kwargs, '<');
    },
    max(args, kwargs) {
      return minMax(rt, 'max', args, kwargs, '>');
    },
    sorted(args, kwargs) {
      checkCall(rt, 'sorted', { kind: 'positional', min: 1, max: 1 }, args, null); // builtin_sorted: keywords go to list.sort
      onlyKwargs(rt, 'sort', kwargs, ['key', 'reverse']);
      const list = sequenceToList(rt, args[0]!);
      try {
        sortList(rt, list, kwarg(kwargs, 'key') ?? null, kwarg(kwargs, 'reverse') ?? null);
      } catch (e) {
        rt.decref(list);
        throw e;
      }
      return list;
    },
    reversed(args, kwargs) {
      checkCall(rt, 'reversed', { kind: 'positional', min: 1, max: 1 }, args, kwargs); // reversed_new
      const s = args[0]!;
      if ((s.kind === 'list' || s.kind === 'tuple') && s.cls.builtin) {
        rt.incref(s);
        return newIterator(rt, s.kind === 'list' ? 'list_reverseiterator' : 'reversed', { type: 'reversed', seq: s, index: s.items.length - 1 });
      }
      if (s.kind === 'range') {
        const n = rt.rangeLength(s);
        const last = s.start + (n - 1n) * s.step;
        return newIterator(rt, 'range_iterator', { type: 'range', next: last, step: -s.step, remaining: n }, false);
      }
      if (s.kind === 'str') {
        const chars = [...s.value].reverse().map((c) => rt.str(c));
        const t = rt.tuple(chars);
        return newIterator(rt, 'reversed', { type: 'seq', seq: t, index: 0 });
      }
      const m = lookupInMro(s.cls, '__reversed__');
      if (m && m.kind === 'function') return rt.call(m, [s], null);
      if (s.kind === 'dict' || s.kind === 'dictview') {
        const keys = iterateToArray(rt, s).reverse();
        return newIterator(rt, 'reversed', { type: 'seq', seq: rt.tuple(keys), index: 0 });
      }
      throw rt.typeError(`'${s.cls.name}' object is not reversible`);
    },
    enumerate(args, kwargs) {
      // enumerate_vectorcall: its own words for a missing iterable and for unknown keywords
      for (const k of kwargs?.keys() ?? []) {
        if (k !== 'iterable' && k !== 'start') throw rt.typeError(`'${k}' is an invalid keyword argument for enumerate()`);
      }
      const all = positionalAndKw(rt, 'enumerate', args, kwargs, ['iterable', 'start']);
      if (!all[0]) throw rt.typeError("enumerate() missing required argument 'iterable'");
      const start = all[1] ? asIndex(rt, all[1]) : 0n;
      const it = getIter(rt, all[0]);
      return newIterator(rt, 'enumerate', { type: 'enumerate', it, count: start, result: rt.tuple([rt.none(), rt.none()]) });
    },
    zip(args, kwargs) {
      onlyKwargs(rt, 'zip', kwargs, ['strict']);
      // zip_new (3.11): the iterator's own TypeError ("'int' object is not iterable") goes out as is
      const its: PyObj[] = [];
      try {
        for (const a of args) its.push(getIter(rt, a));
      } catch (e) {
        rt.heap.decrefAll(its);
        throw e;
      }
      return newIterator(rt, 'zip', { type: 'zip', its, result: its.length > 0 ? rt.tuple(its.map(() => rt.none())) : null });
    },
    map(args, kwargs) {
      noKwargs(rt, 'map', kwargs); // map_new: _PyArg_NoKeywords first
      if (args.length < 2) throw rt.typeError('map() must have at least two arguments.');
      const its = args.slice(1).map((a) => getIter(rt, a));
      return newIterator(rt, 'map', { type: 'map', fn: rt.incref(args[0]!), its });
    },
    filter(args, kwargs) {
      checkCall(rt, 'filter', { kind: 'positional', min: 2, max: 2 }, args, kwargs); // filter_new
      const it = getIter(rt, args[1]!);
      return newIterator(rt, 'filter', { type: 'filter', fn: rt.incref(args[0]!), it });
    },
    any(args) {
      arity(rt, 'any', args, 1, 1);
      return rt.bool(scan(rt, args[0]!, true));
    },
    all(args) {
      arity(rt, 'all', args, 1, 1);
      return rt.bool(!scan(rt, args[0]!, false));
    },
    hash(args) {
      arity(rt, 'hash', args, 1, 1);
      return rt.int(rt.hashOf(args[0]!));
    },
    ord(args) {
      arity(rt, 'ord', args, 1, 1);
      const s = args[0]!;
      if (s.kind !== 'str') throw rt.typeError(`ord() expected string of length 1, but ${s.cls.name} found`);
      const cps = [...s.value];
      if (cps.length !== 1) throw rt.typeError(`ord() expected a character, but string of length ${cps.length} found`);
      return rt.int(BigInt(cps[0]!.codePointAt(0)!));
    },
    chr(args) {
      arity(rt, 'chr', args, 1, 1);
      const n = asIndex(rt, args[0]!);
      if (n < 0n || n > 0x10ffffn) throw rt.valueError('chr() arg not in range(0x110000)');
      return rt.str(String.fromCodePoint(Number(n)));
    },
    hex(args) {
      arity(rt, 'hex', args, 1, 1);
      const n = asIndex(rt, args[0]!);
      return rt.str((n < 0n ? '-0x' : '0x') + (n < 0n ? -n : n).toString(16));
    },
    oct(args) {
      arity(rt, 'oct', args, 1, 1);
      const n = asIndex(rt, args[0]!);
      return rt.str((n < 0n ? '-0o' : '0o') + (n < 0n ? -n : n).toString(8));
    },
    bin(args) {
      arity(rt, 'bin', args, 1, 1);
      const n = asIndex(rt, args[0]!);
      return rt.str((n < 0n ? '-0b' : '0b') + (n < 0n ? -n : n).toString(2));
    },
    format(args) {
      arity(rt, 'format', args, 1, 2);
      const specObj = args[1];
      // builtin_format's clinic: format_spec is a str parameter (_PyArg_BadArgument)
      if (specObj && specObj.kind !== 'str') throw rt.typeError(`format() argument 2 must be str, not ${specObj === rt.None ? 'None' : specObj.cls.name}`);
      const spec = specObj && specObj.kind === 'str' ? specObj.value : '';
      return formatValue(rt, args[0]!, spec);
    },
    vars(args) {
      arity(rt, 'vars', args, 0, 1);
      if (args.length === 0) return rt.incref(rt.currentLocals());
      const d = getAttrOrNull(rt, args[0]!, '__dict__');
      if (!d) throw rt.typeError('vars() argument must have __dict__ attribute');
      return d;
    },
    globals() {
      return rt.incref(rt.currentGlobals());
    },
    locals() {
      return rt.incref(rt.currentLocals());
    },
    dir(args) {
      arity(rt, 'dir', args, 0, 1);
      const o = args[0];
      const names = o ? cpythonDir(o) : frameDir(rt.currentFrame()!);
      return rt.listFromSequence(names.map((n) => rt.str(n)));
    },
    // builtin_input_impl: the prompt is written to stdout before the (always empty) stdin is read
    input(args) {
      arity(rt, 'input', args, 0, 1);
      if (args[0]) rt.writePiece(str(rt, args[0]));
      throw rt.error(T.EOFError, 'EOF when reading a line');
    },
  };
}

/** dir() without an argument: the names bound in the running frame (PyEval_GetLocals) */
function frameDir(f: Frame): string[] {
  if (f.namespace) return namespaceDir(f.namespace, f.namespace === f.globals);
  const code = f.code;
  const slots = [...code.varnames, ...code.cellvars, ...code.freevars];
  return namespaceDir(slots.filter((_, i) => {
    const v = f.locals[i];
    return v !== null && v !== undefined && (v.kind !== 'cell' || i < code.varnames.length || v.contents !== null);
  }));
}

function isCallable(o: PyObj): boolean {
  return o.kind === 'function' || o.kind === 'builtin' || o.kind === 'method' || o.kind === 'type' || lookupInMro(o.cls, '__call__') !== null;
}

function strArg(rt: Runtime, o: PyObj, name: string): string {
  if (o.kind !== 'str') throw rt.typeError(`${name} must be None or a string, not ${o.cls.name}`);
  return o.value;
}

function attrName(rt: Runtime, o: PyObj): string {
  if (o.kind !== 'str') throw rt.typeError(`attribute name must be string, not '${o.cls.name}'`);
  return o.value;
}

function positionalAndKw(rt: Runtime, fname: string, args: readonly PyObj[], kwargs: KwArgs | null, names: readonly string[]): (PyObj | undefined)[] {
  if (args.length > names.length) throw rt.typeError(`${fname}() takes at most ${names.length} arguments (${args.length} given)`);
  const out: (PyObj | undefined)[] = [...args];
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw rt.typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw rt.typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  return out;
}

export function classMatches(rt: Runtime, cls: PyType, spec: PyObj, fname: string): boolean {
  if (spec.kind === 'tuple') return spec.items.some((s) => classMatches(rt, cls, s, fname));
  if (spec.kind !== 'type') throw rt.typeError(`${fname}() arg 2 must be a type, a tuple of types, or a union`);
  return cls.mro.includes(spec);
}

export function isInstanceOf(rt: Runtime, o: PyObj, spec: PyObj, fname = 'isinstance'): boolean {
  return classMatches(rt, o.cls, spec, fname);
}

function scan(rt: Runtime, iterable: PyObj, want: boolean): boolean {
  const it = getIter(rt, iterable);
  try {
    for (let v = iterNext(rt, it); v !== null; v = iterNext(rt, it)) {
      const t = truthy(rt, v);
      rt.decref(v);
      if (t === want) return true;
    }
    return false;
  } finally {
    rt.decref(it);
  }
}

/**
 * `min`/`max` as bltinmodule.c min_max streams them: one item (and its key) at a time, the best
 * so far kept, every other item released as soon as it loses, so `__del__` and refcounts
 * inside a key function match CPython, and a long iterable is never held in memory at once.
 */
function minMax(rt: Runtime, name: string, args: readonly PyObj[], kwargs: KwArgs | null, op: '<' | '>'): PyObj {
  // min_max: the positional count is checked before PyArg_ParseTupleAndKeywords sees keywords
  if (args.length === 0) throw rt.typeError(`${name} expected at least 1 argument, got 0`);
  onlyKwargs(rt, name, kwargs, ['key', 'default']);
  const keyArg = kwarg(kwargs, 'key');
  const key = keyArg && keyArg !== rt.None ? keyArg : null;
  const dflt = kwarg(kwargs, 'default');
  if (args.length > 1 && dflt) throw rt.typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  // min and max are METH_VARARGS: cfunction_call gives min_max an argument tuple and keywords
  // dict, alive until it returns; with several arguments it iterates over that tuple itself
  const tuple = args.length > 1 ? argumentTuple(rt, args) : null;
  const scratch = tuple ? null : CallScratch.tuple(rt, args);
  const kwdict = kwargs && kwargs.size > 0 ? CallScratch.dict(rt, kwargs) : null;
  try {
    return minMaxOf(rt, name, tuple ?? args[0]!, key, dflt, op);
  } finally {
    if (tuple) rt.decref(tuple);
    scratch?.release();
    kwdict?.release();
  }
}

function minMaxOf(rt: Runtime, name: string, source: PyObj, key: PyObj | null, dflt: PyObj | undefined, op: '<' | '>'): PyObj {
  const it = getIter(rt, source);
  let bestItem: PyObj | null = null;
  let bestKey: PyObj | null = null;
  try {
    for (let item = iterNext(rt, it); item !== null; item = iterNext(rt, it)) {
      let value: PyObj;
      try {
        value = key ? rt.call(key, [item], null) : rt.incref(item);
      } catch (e) {
        rt.decref(item);
        throw e;
      }
      if (bestKey === null) {
        bestItem = item;
        bestKey = value;
        continue;
      }
      let better: boolean;
      try {
        const r = richCompare(rt, value, bestKey, op);
        try {
          better = truthy(rt, r);
        } finally {
          rt.decref(r);
        }
      } catch (e) {
        rt.decref(item);
        rt.decref(value);
        throw e;
      }
      if (better) {
        rt.decref(bestKey);
        rt.decref(bestItem!);
        bestKey = value;
        bestItem = item;
      } else {
        rt.decref(item);
        rt.decref(value);
      }
    }
  } catch (e) {
    rt.xdecref(bestKey);
    rt.xdecref(bestItem);
    rt.decref(it);
    throw e;
  }
  rt.decref(it);
  if (bestKey === null) {
    if (dflt) return rt.incref(dflt);
    throw rt.valueError(`${name}() arg is an empty sequence`);
  }
  rt.decref(bestKey);
  return bestItem!;
}

/** super() and super(type, obj): attribute lookup that starts after `type` in obj's MRO. */
export function makeSuper(rt: Runtime, type: PyType, obj: PyObj): PySuper {
  return rt.make<PySuper>({ kind: 'super', type: rt.incref(type), obj: rt.incref(obj), cls: rt.types.super }, true, 48);
}

export function superGetAttr(rt: Runtime, s: PySuper, name: string): PyObj | null {
  const startType = s.obj.kind === 'type' ? s.obj : s.obj.cls;
  const mro = startType.mro;
  const i = mro.indexOf(s.type);
  for (let j = i + 1; j < mro.length; j++) {
    const v = mro[j]!.dict.store.get(undefined as unknown as PyObj, 's' + name, null);
    if (v === undefined) continue;
    if (v.kind === 'function') {
      if (s.obj.kind === 'type') return rt.incref(v);
      rt.incref(v);
      rt.incref(s.obj);
      return rt.make<PyMethod>({ kind: 'method', func: v, self: s.obj, cls: rt.types.method }, true, 48);
    }
    if (v.kind === 'builtin' && v.owner) {
      rt.incref(s.obj);
      return rt.make<PyBuiltin>({ kind: 'builtin', name: v.name, impl: v.impl, self: s.obj, owner: null, cls: rt.types.builtin_function_or_method }, true, 72);
    }
    if (v.kind === 'property') {
      const p = v as PyProperty;
      if (p.which === 'property' && p.fget) return rt.call(p.fget, [s.obj], null);
      if (p.which === 'staticmethod') return rt.incref(p.fget!);
      if (p.which === 'classmethod') return rt.make<PyMethod>({ kind: 'method', func: rt.incref(p.fget!), self: rt.incref(startType), cls: rt.types.method }, true, 48);
    }
    return rt.incref(v);
  }
  return null;
}

export { eq, lookupKey };
