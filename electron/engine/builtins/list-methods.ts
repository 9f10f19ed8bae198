// The methods of list objects, with CPython 3.11's argument errors and reference discipline:
// pop() hands the list's reference to the caller, remove() releases the item at once, clear()
// releases items last to first.
import { typeName } from '../runtime/attributes';
import { eq } from '../runtime/compare';
import { listAppend, listClear, listExtend, listInsert, listResize, sortList } from '../runtime/list-ops';
import { sliceDelete } from '../runtime/list-slices';
import type { KwArgs, PyList, PyObj } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { asSsize, indexValue } from '../runtime/sequences';
import { repr } from '../runtime/repr';
import { defineMethods } from '../runtime/types';
import { arity, noKwargs, onlyKwargs } from './args';

export { sortList };

/** `PyObject_RichCompareBool(item, value, Py_EQ)` with the item held meanwhile, as list methods do. */
export function heldEquals(rt: Runtime, item: PyObj, value: PyObj): boolean {
  if (item === value) return true;
  rt.incref(item);
  try {
    return eq(rt, item, value);
  } finally {
    rt.decref(item);
  }
}

/** `_PyEval_SliceIndexNotNone`: the start/stop arguments of index(). */
export function searchBound(rt: Runtime, o: PyObj, length: number): number {
  const v = indexValue(rt, o);
  if (v === null) throw rt.typeError('slice indices must be integers or have an __index__ method');
  let i = v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : v < -BigInt(Number.MAX_SAFE_INTEGER) ? -Number.MAX_SAFE_INTEGER : Number(v);
  if (i < 0) {
    i += length;
    if (i < 0) i = 0;
  }
  return i;
}

function method(rt: Runtime, name: string, kwargs: KwArgs | null, args: readonly PyObj[], min: number, max: number): void {
  noKwargs(rt, name, kwargs);
  arity(rt, name, args, min, max);
}

export function installListMethods(rt: Runtime): void {
  const self = (o: PyObj | null): PyList => o as PyList;
  defineMethods(rt, rt.types.list, {
    append(args, kwargs, s) {
      method(rt, 'list.append', kwargs, args, 1, 1);
      listAppend(rt, self(s), args[0]!);
      return rt.none();
    },
    extend(args, kwargs, s) {
      method(rt, 'list.extend', kwargs, args, 1, 1);
      listExtend(rt, self(s), args[0]!);
      return rt.none();
    },
    insert(args, kwargs, s) {
      noKwargs(rt, 'list.insert', kwargs);
      arity(rt, 'insert', args, 2, 2);
      listInsert(rt, self(s), asSsize(rt, args[0]!), args[1]!);
      return rt.none();
    },
    pop(args, kwargs, s) {
      noKwargs(rt, 'list.pop', kwargs);
      arity(rt, 'pop', args, 0, 1);
      const list = self(s);
      let index = args[0] ? asSsize(rt, args[0]) : -1;
      const n = list.items.length;
      if (n === 0) throw rt.error(rt.types.IndexError, 'pop from empty list');
      if (index < 0) index += n;
      if (index < 0 || index >= n) throw rt.error(rt.types.IndexError, 'pop index out of range');
      const v = list.items[index]!;
      if (index === n - 1) {
        listResize(rt, list, n - 1);
        list.items.pop();
        rt.recorder?.touchedAt(list, n - 1, n - 1);
        return v;
      }
      rt.incref(v);
      sliceDelete(rt, list, index, index + 1);
      return v;
    },
    remove(args, kwargs, s) {
      method(rt, 'list.remove', kwargs, args, 1, 1);
      const list = self(s);
      for (let i = 0; i < list.items.length; i++) {
        if (heldEquals(rt, list.items[i]!, args[0]!)) {
          sliceDelete(rt, list, i, i + 1);
          return rt.none();
        }
      }
      throw rt.valueError('list.remove(x): x not in list');
    },
    index(args, kwargs, s) {
      noKwargs(rt, 'list.index', kwargs);
      arity(rt, 'index', args, 1, 3);
      const list = self(s);
      const start = args[1] ? searchBound(rt, args[1], list.items.length) : 0;
      const stop = args[2] ? searchBound(rt, args[2], list.items.length) : Number.MAX_SAFE_INTEGER;
      for (let i = start; i < stop && i < list.items.length; i++) {
        if (heldEquals(rt, list.items[i]!, args[0]!)) return rt.int(BigInt(i));
      }
      throw rt.valueError(`${repr(rt, args[0]!)} is not in list`);
    },
    count(args, kwargs, s) {
      method(rt, 'list.count', kwargs, args, 1, 1);
      const list = self(s);
      let n = 0;
      for (let i = 0; i < list.items.length; i++) if (heldEquals(rt, list.items[i]!, args[0]!)) n++;
      return rt.int(BigInt(n));
    },
    sort(args, kwargs, s) {
      if (args.length > 0) throw rt.typeError('sort() takes no positional arguments');
      onlyKwargs(rt, 'sort', kwargs, ['key', 'reverse']);
      const reverse = kwargs?.get('reverse') ?? null;
      if (reverse && reverse.kind !== 'int') {
        throw rt.typeError(`'${typeName(reverse)}' object cannot be interpreted as an integer`);
      }
      sortList(rt, self(s), kwargs?.get('key') ?? null, reverse);
      return rt.none();
    },
    reverse(args, kwargs, s) {
      method(rt, 'list.reverse', kwargs, args, 0, 0);
      self(s).items.reverse();
      rt.recorder?.touched(self(s));
      return rt.none();
    },
    copy(args, kwargs, s) {
      method(rt, 'list.copy', kwargs, args, 0, 0);
      const items = self(s).items;
      return rt.list(items.map((x) => rt.incref(x)), items.length);
    },
    clear(args, kwargs, s) {
      method(rt, 'list.clear', kwargs, args, 0, 0);
      listClear(rt, self(s));
      return rt.none();
    },
  });
}
