// copy.copy and copy.deepcopy: new containers for the top level only, or all the way down
// (with a memo so shared and cyclic structure is copied once, as Python's copy module does).
import { getAttrOrNull, lookupInMro, materializeDict } from '../runtime/attributes';
import { dictSet } from '../runtime/dict-ops';
import { newInstance } from '../runtime/classes';
import type { PyInstance, PyObj } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { setAdd } from '../runtime/set-ops';

function isAtomic(o: PyObj): boolean {
  switch (o.kind) {
    case 'int': case 'float': case 'str': case 'none': case 'ellipsis': case 'notimplemented':
    case 'range': case 'function': case 'builtin': case 'type': case 'weakref': case 'property':
      return true;
    default:
      return false;
  }
}

export function copyShallow(rt: Runtime, o: PyObj): PyObj {
  if (isAtomic(o)) return rt.incref(o);
  const custom = lookupInMro(o.cls, '__copy__');
  if (custom && custom.kind === 'function') return rt.call(custom, [o], null);
  switch (o.kind) {
    case 'list':
      return rt.list(o.items.map((x) => rt.incref(x)));
    case 'tuple':
      return rt.incref(o);
    case 'dict': {
      const d = rt.dict();
      for (const [k, v] of o.store.entries()) dictSet(rt, d, k, v);
      return d;
    }
    case 'set': {
      if (o.frozen) return rt.incref(o);
      const s = rt.set(false);
      for (const x of o.store.items()) setAdd(rt, s, x);
      return s;
    }
    case 'instance': {
      const c = newInstance(rt, o.cls, o.exc ? o.exc.args.items : []);
      copyState(rt, o, c, (x) => rt.incref(x));
      return c;
    }
    default:
      throw rt.typeError(`cannot copy '${o.cls.name}' object`);
  }
}

/**
 * What copy's _reconstruct does with object.__reduce_ex__(4)'s state: reading the original's
 * `__dict__` (object_getstate_default) and the copy's (`y.__dict__.update(state)`) makes both
 * managed dicts real dict objects, which the collector then sees.
 */
function copyState(rt: Runtime, from: PyInstance, to: PyInstance, copyValue: (x: PyObj) => PyObj): void {
  if (from.cls.hasDict && !from.exc) {
    materializeDict(rt, from);
    materializeDict(rt, to);
  }
  if (from.slots && to.slots) from.slots.forEach((v, i) => { to.slots![i] = v ? copyValue(v) : null; });
  if (from.dict) {
    for (const [k, v] of from.dict.store.entries()) {
      const cv = copyValue(v);
      rt.setAttrDirect(to, (k as PyObj & { value: string }).value, cv);
    }
  }
}

export function copyDeep(rt: Runtime, root: PyObj): PyObj {
  const memo = new Map<PyObj, PyObj>();
  const keep: PyObj[] = [];
  const deep = (o: PyObj): PyObj => {
    if (isAtomic(o)) return rt.incref(o);
    const seen = memo.get(o);
    if (seen) return rt.incref(seen);
    const custom = lookupInMro(o.cls, '__deepcopy__');
    if (custom && custom.kind === 'function') {
      const m = rt.dict();
      try {
        return remember(o, rt.call(custom, [o, m], null));
      } finally {
        rt.decref(m);
      }
    }
    switch (o.kind) {
      case 'list': {
        const l = remember(o, rt.list([]));
        for (const x of o.items) {
          const c = deep(x);
          rt.listPush(l as PyObj & { kind: 'list' }, c);
        }
        return l;
      }
      case 'tuple': {
        const items = o.items.map(deep);
        const again = memo.get(o);
        if (again) {
          rt.heap.decrefAll(items);
          return rt.incref(again);
        }
        if (items.every((x, i) => x === o.items[i])) {
          rt.heap.decrefAll(items);
          return remember(o, rt.incref(o));
        }
        return remember(o, rt.tuple(items));
      }
      case 'dict': {
        const d = remember(o, rt.dict());
        for (const [k, v] of o.store.entries()) {
          const ck = deep(k);
          const cv = deep(v);
          dictSet(rt, d as PyObj & { kind: 'dict' }, ck, cv);
          rt.decref(ck);
          rt.decref(cv);
        }
        return d;
      }
      case 'set': {
        if (o.frozen) return remember(o, rt.incref(o));
        const s = remember(o, rt.set(false));
        for (const x of o.store.items()) {
          const c = deep(x);
          setAdd(rt, s as PyObj & { kind: 'set' }, c);
          rt.decref(c);
        }
        return s;
      }
      case 'instance': {
        const c = newInstance(rt, o.cls, o.exc ? o.exc.args.items : []);
        remember(o, c);
        copyState(rt, o, c, deep);
        return c;
      }
      default:
        throw rt.typeError(`cannot pickle '${o.cls.name}' object`);
    }
  };
  // the memo holds references to originals and copies until the top call returns, as in Python
  const remember = (orig: PyObj, copy: PyObj): PyObj => {
    memo.set(orig, copy);
    keep.push(rt.incref(copy), rt.incref(orig));
    return copy;
  };
  try {
    return deep(root);
  } finally {
    rt.heap.decrefAll(keep);
    void getAttrOrNull;
  }
}
