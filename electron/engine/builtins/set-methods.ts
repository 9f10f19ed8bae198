// The methods of set and frozenset (CPython 3.11 setobject.c). Results keep CPython's table
// layout (values/set-table.ts through runtime/set-ops.ts), so printed orders match.
import type { KwArgs, PyObj, PySet } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { keyError } from '../runtime/sequences';
import {
  setAdd, setBinary, setDiscard, setFromIterable, setFromTable, setHas, setInplace, setIsDisjoint, setIsSubset, setMethodOp, setUpdate,
} from '../runtime/set-ops';
import { defineMethods } from '../runtime/types';
import type { BuiltinImpl } from '../runtime/objects';
import { arity, noKwargs } from './args';

function method(rt: Runtime, name: string, kwargs: KwArgs | null, args: readonly PyObj[], min: number, max: number): void {
  noKwargs(rt, name, kwargs);
  arity(rt, name, args, min, max);
}

/** `other` as a set: itself when it is one, else a temporary set built from the iterable. */
function withSet<T>(rt: Runtime, other: PyObj, f: (s: PySet) => T): T {
  if (other.kind === 'set') return f(other);
  const tmp = setFromIterable(rt, other, false);
  try {
    return f(tmp);
  } finally {
    rt.decref(tmp);
  }
}

/** Methods shared by set and frozenset (`type` is the name used in messages). */
function readMethods(rt: Runtime, type: 'set' | 'frozenset'): Record<string, BuiltinImpl> {
  const self = (o: PyObj | null): PySet => o as PySet;
  return {
    copy(args, kwargs, s) {
      method(rt, `${type}.copy`, kwargs, args, 0, 0);
      const set = self(s);
      if (set.frozen && set.cls === rt.types.frozenset) return rt.incref(set);
      return setFromTable(rt, set.store.table.copy(), set.frozen);
    },
    union(args, kwargs, s) {
      noKwargs(rt, `${type}.union`, kwargs);
      return setMethodOp(rt, 'union', self(s), args);
    },
    intersection(args, kwargs, s) {
      noKwargs(rt, `${type}.intersection`, kwargs);
      return setMethodOp(rt, 'intersection', self(s), args);
    },
    difference(args, kwargs, s) {
      noKwargs(rt, `${type}.difference`, kwargs);
      return setMethodOp(rt, 'difference', self(s), args);
    },
    symmetric_difference(args, kwargs, s) {
      method(rt, `${type}.symmetric_difference`, kwargs, args, 1, 1);
      return setBinary(rt, '^', self(s), args[0]!);
    },
    issubset(args, kwargs, s) {
      method(rt, `${type}.issubset`, kwargs, args, 1, 1);
      return rt.bool(withSet(rt, args[0]!, (other) => setIsSubset(rt, self(s), other)));
    },
    issuperset(args, kwargs, s) {
      method(rt, `${type}.issuperset`, kwargs, args, 1, 1);
      const other = args[0]!;
      if (other.kind === 'set') return rt.bool(setIsSubset(rt, other, self(s)));
      return rt.bool(withSet(rt, other, (o) => o.store.items().every((x) => setHas(rt, self(s), x))));
    },
    isdisjoint(args, kwargs, s) {
      method(rt, `${type}.isdisjoint`, kwargs, args, 1, 1);
      return rt.bool(setIsDisjoint(rt, self(s), args[0]!));
    },
  };
}

export function installSetMethods(rt: Runtime): void {
  const self = (o: PyObj | null): PySet => o as PySet;
  defineMethods(rt, rt.types.set, {
    ...readMethods(rt, 'set'),
    add(args, kwargs, s) {
      method(rt, 'set.add', kwargs, args, 1, 1);
      setAdd(rt, self(s), args[0]!);
      return rt.none();
    },
    discard(args, kwargs, s) {
      method(rt, 'set.discard', kwargs, args, 1, 1);
      setDiscard(rt, self(s), args[0]!);
      return rt.none();
    },
    remove(args, kwargs, s) {
      method(rt, 'set.remove', kwargs, args, 1, 1);
      if (!setDiscard(rt, self(s), args[0]!)) throw keyError(rt, args[0]!);
      return rt.none();
    },
    pop(args, kwargs, s) {
      method(rt, 'set.pop', kwargs, args, 0, 0);
      const v = self(s).store.pop();
      if (v === null) throw rt.error(rt.types.KeyError, 'pop from an empty set');
      rt.recorder?.touched(self(s));
      return v;
    },
    clear(args, kwargs, s) {
      method(rt, 'set.clear', kwargs, args, 0, 0);
      const items = self(s).store.takeAll();
      rt.recorder?.touched(self(s));
      rt.heap.decrefAll(items);
      return rt.none();
    },
    update(args, kwargs, s) {
      noKwargs(rt, 'set.update', kwargs);
      setUpdate(rt, self(s), args);
      return rt.none();
    },
    intersection_update(args, kwargs, s) {
      noKwargs(rt, 'set.intersection_update', kwargs);
      return setMethodOp(rt, 'intersection_update', self(s), args);
    },
    difference_update(args, kwargs, s) {
      noKwargs(rt, 'set.difference_update', kwargs);
      return setMethodOp(rt, 'difference_update', self(s), args);
    },
    symmetric_difference_update(args, kwargs, s) {
      method(rt, 'set.symmetric_difference_update', kwargs, args, 1, 1);
      const other = args[0]!;
      if (other.kind !== 'set' && other.kind !== 'dict') {
        withSet(rt, other, (o) => setInplace(rt, '^', self(s), o));
      } else {
        setInplace(rt, '^', self(s), other);
      }
      return rt.none();
    },
  });
  defineMethods(rt, rt.types.frozenset, readMethods(rt, 'frozenset'));
}
