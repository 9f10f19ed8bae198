// Comparisons and truth: rich comparison with reflected operands and NotImplemented, as
// CPython's do_richcompare, including sequence comparison item by item.
import { numCompare } from '../values/numbers';
import { strCompare } from '../values/str-index';
import { lookupInMro, typeName } from './attributes';
import type { PyObj } from './objects';
import { dictGet } from './dict-ops';
import { setHas } from './set-ops';
import { rangeLength } from './sequences';
import type { Runtime } from './runtime';

export type CompareOp = '<' | '<=' | '==' | '!=' | '>' | '>=';
const SWAPPED: Record<CompareOp, CompareOp> = { '<': '>', '<=': '>=', '==': '==', '!=': '!=', '>': '<', '>=': '<=' };
const DUNDER: Record<CompareOp, string> = { '<': '__lt__', '<=': '__le__', '==': '__eq__', '!=': '__ne__', '>': '__gt__', '>=': '__ge__' };

function isNumber(o: PyObj): o is PyObj & ({ kind: 'int' } | { kind: 'float' }) {
  return o.kind === 'int' || o.kind === 'float';
}

function orderResult(op: CompareOp, c: number): boolean {
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
}


/**
 * The builtin comparison of two objects, or null when the builtin types do not define it
 * (CPython's NotImplemented from the type's tp_richcompare).
 */
function builtinCompare(rt: Runtime, a: PyObj, b: PyObj, op: CompareOp): boolean | null {
  if (isNumber(a) && isNumber(b)) {
    const c = numCompare(a.value, b.value);
    if (c === null) return op === '!=';
    return orderResult(op, c);
  }
  if (a.kind === 'str' && b.kind === 'str') return orderResult(op, strCompare(a.value, b.value));
  if ((a.kind === 'list' && b.kind === 'list') || (a.kind === 'tuple' && b.kind === 'tuple')) {
    return compareSequences(rt, a.items, b.items, op);
  }
  if (op === '==' || op === '!=') {
    let e: boolean | null = null;
    if (a.kind === 'dict' && b.kind === 'dict') e = dictsEqual(rt, a, b);
    else if (a.kind === 'set' && b.kind === 'set') e = a.store.size === b.store.size && isSubset(rt, a, b);
    else if (a.kind === 'range' && b.kind === 'range') e = rangesEqual(a, b);
    // method_richcompare: the same function bound to the same object (compared by identity)
    else if (a.kind === 'method' && b.kind === 'method') e = a.self === b.self && eq(rt, a.func, b.func);
    // meth_richcompare: the same builtin method bound to the same object
    else if (a.kind === 'builtin' && b.kind === 'builtin' && a.self && b.self) e = a.self === b.self && a.impl === b.impl;
    // weakref_richcompare: two live weak references compare their referents; otherwise identity
    else if (a.kind === 'weakref' && b.kind === 'weakref') e = a.referent && b.referent ? eq(rt, a.referent, b.referent) : a === b;
    if (e === null) return null;
    return op === '==' ? e : !e;
  }
  if (a.kind === 'set' && b.kind === 'set') {
    switch (op) {
      case '<=': return isSubset(rt, a, b);
      case '<': return a.store.size < b.store.size && isSubset(rt, a, b);
      case '>=': return isSubset(rt, b, a);
      case '>': return b.store.size < a.store.size && isSubset(rt, b, a);
    }
  }
  return null;
}

function hasUserDunder(o: PyObj, name: string): boolean {
  const m = lookupInMro(o.cls, name);
  return m !== null && m.kind === 'function';
}

function rangesEqual(a: PyObj & { kind: 'range' }, b: PyObj & { kind: 'range' }): boolean {
  const len = (r: typeof a) => {
    const n = r.step > 0n ? (r.stop - r.start + r.step - 1n) / r.step : (r.start - r.stop - r.step - 1n) / -r.step;
    return n > 0n ? n : 0n;
  };
  const la = len(a);
  if (la !== len(b)) return false;
  if (la === 0n) return true;
  if (a.start !== b.start) return false;
  return la === 1n || a.step === b.step;
}

function isSubset(rt: Runtime, a: PyObj & { kind: 'set' }, b: PyObj & { kind: 'set' }): boolean {
  if (a.store.size > b.store.size) return false;
  for (const x of a.store.items()) if (!setHas(rt, b, x)) return false;
  return true;
}

function dictsEqual(rt: Runtime, a: PyObj & { kind: 'dict' }, b: PyObj & { kind: 'dict' }): boolean {
  if (a.store.size !== b.store.size) return false;
  for (const [k, v] of a.store.entries()) {
    const w = dictGet(rt, b, k);
    if (w === undefined) return false;
    rt.incref(w);
    try {
      if (!eq(rt, v, w)) return false;
    } finally {
      rt.decref(w);
    }
  }
  return true;
}

function compareSequences(rt: Runtime, x: readonly PyObj[], y: readonly PyObj[], op: CompareOp): boolean {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i]) continue;
    if (!eq(rt, x[i]!, y[i]!)) {
      if (op === '==') return false;
      if (op === '!=') return true;
      return truthyAndRelease(rt, richCompare(rt, x[i]!, y[i]!, op));
    }
  }
  return orderResult(op, x.length - y.length);
}

function truthyAndRelease(rt: Runtime, r: PyObj): boolean {
  try {
    return truthy(rt, r);
  } finally {
    rt.decref(r);
  }
}

/** Calls a user-defined comparison dunder; null if absent or it returned NotImplemented. */
function userCompare(rt: Runtime, a: PyObj, b: PyObj, op: CompareOp): PyObj | null {
  const m = lookupInMro(a.cls, DUNDER[op]);
  if (!m || m.kind !== 'function') return null;
  const r = rt.call(m, [a, b], null);
  if (r === rt.NotImplemented) {
    rt.decref(r);
    return null;
  }
  return r;
}

/** `a op b` as a new reference (usually a bool, but user dunders may return anything). */
/** `a op b` (PyObject_RichCompare, itself one level of CPython's recursion check). */
export function richCompare(rt: Runtime, a: PyObj, b: PyObj, op: CompareOp): PyObj {
  // numbers compare without running Python code: no recursion to count
  if ((a.kind === 'int' || a.kind === 'float') && (b.kind === 'int' || b.kind === 'float') && a.cls.builtin && b.cls.builtin) {
    return compareObjects(rt, a, b, op);
  }
  rt.enterRecursion(' in comparison');
  try {
    return compareObjects(rt, a, b, op);
  } finally {
    rt.leaveRecursion();
  }
}

function compareObjects(rt: Runtime, a: PyObj, b: PyObj, op: CompareOp): PyObj {
  const reflectedFirst = b.cls !== a.cls && b.cls.mro.includes(a.cls) && !b.cls.builtin;
  if (reflectedFirst) {
    const r = userCompare(rt, b, a, SWAPPED[op]);
    if (r) return r;
  }
  const r1 = userCompare(rt, a, b, op);
  if (r1) return r1;
  if (!reflectedFirst) {
    const r2 = userCompare(rt, b, a, SWAPPED[op]);
    if (r2) return r2;
  }
  if (op === '!=' && hasUserDunder(a, '__eq__')) {
    const e = userCompare(rt, a, b, '==');
    if (e) return rt.bool(!truthyAndRelease(rt, e));
  }
  const r = builtinCompare(rt, a, b, op);
  if (r !== null) return rt.bool(r);
  if (op === '==') return rt.bool(a === b);
  if (op === '!=') return rt.bool(a !== b);
  throw rt.typeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** Python's `==` reduced to a boolean, with the identity shortcut containers use. */
export function eq(rt: Runtime, a: PyObj, b: PyObj): boolean {
  if (a === b) return true;
  if (a.kind === 'int' && b.kind === 'int') return a.value === b.value;
  if (a.kind === 'str' && b.kind === 'str') return a.value === b.value;
  return truthyAndRelease(rt, richCompare(rt, a, b, '=='));
}

export function truthy(rt: Runtime, o: PyObj): boolean {
  switch (o.kind) {
    case 'int': return o.value !== 0n;
    case 'float': return o.value !== 0;
    case 'str': return o.value.length > 0;
    case 'none': return false;
    case 'list': case 'tuple': return o.items.length > 0;
    case 'dict': return o.store.size > 0;
    case 'set': return o.store.size > 0;
    case 'range': return rangeLength(o) > 0n;
    case 'dictview': return o.dict.store.size > 0;
    case 'instance': {
      const b = lookupInMro(o.cls, '__bool__');
      if (b && b.kind === 'function') {
        const r = rt.call(b, [o], null);
        if (r.cls !== rt.types.bool) {
          rt.decref(r);
          throw rt.typeError(`__bool__ should return bool, returned ${r.cls.name}`);
        }
        return truthyAndRelease(rt, r);
      }
      const l = lookupInMro(o.cls, '__len__');
      if (l && l.kind === 'function') {
        const r = rt.call(l, [o], null);
        return truthyAndRelease(rt, r);
      }
      return true;
    }
    default:
      return true;
  }
}
