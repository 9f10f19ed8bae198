// The iterator protocol. A running iterator holds a reference to what it walks (a list
// iterator holds its list), which is the hidden holder `for` loops show in refcounts.
import { lookupInMro, typeName } from './attributes';
import { PyException, Unsupported } from './errors';
import type { IteratorState, PyIterator, PyObj, PyTuple } from './objects';
import type { Runtime } from './runtime';

const ITERATOR_TYPES: Record<string, string> = {
  list: 'list_iterator', tuple: 'tuple_iterator', str: 'str_ascii_iterator',
};

export function newIterator(rt: Runtime, typeName: string, iter: IteratorState, gcCounted = true): PyIterator {
  return rt.make<PyIterator>({ kind: 'iterator', iter, cls: rt.types[typeName]! }, gcCounted, 48);
}

/** iter(o): a new reference to an iterator over `o`. */
export function getIter(rt: Runtime, o: PyObj): PyObj {
  switch (o.kind) {
    case 'list': case 'tuple': case 'str':
      if (o.cls.builtin || !lookupInMro(o.cls, '__iter__')) {
        rt.incref(o);
        return newIterator(rt, ITERATOR_TYPES[o.kind]!, { type: 'seq', seq: o, index: 0 });
      }
      break;
    case 'range': {
      const n = rangeLengthOf(o.start, o.stop, o.step);
      return newIterator(rt, 'range_iterator', { type: 'range', next: o.start, step: o.step, remaining: n }, false);
    }
    case 'dict':
      rt.incref(o);
      return newIterator(rt, 'dict_keyiterator', { type: 'dict', dict: o, which: 'keys', pos: 0, size: o.store.size, result: null });
    case 'dictview': {
      rt.incref(o.dict);
      // an items iterator keeps one result tuple to reuse (di_result)
      const result = o.which === 'items' ? rt.tuple([rt.none(), rt.none()]) : null;
      return newIterator(rt, `dict_${o.which.slice(0, -1)}iterator`, { type: 'dict', dict: o.dict, which: o.which, pos: 0, size: o.dict.store.size, result });
    }
    case 'set':
      rt.incref(o);
      return newIterator(rt, 'set_iterator', { type: 'set', set: o, pos: 0, size: o.store.size });
    case 'iterator': case 'generator':
      return rt.incref(o);
    case 'instance': {
      const m = lookupInMro(o.cls, '__iter__');
      if (m && m.kind === 'function') {
        const it = rt.call(m, [o], null);
        if (!lookupInMro(it.cls, '__next__') && it.kind !== 'iterator' && it.kind !== 'generator') {
          rt.decref(it);
          throw rt.typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
        }
        return it;
      }
      const g = lookupInMro(o.cls, '__getitem__');
      if (g && g.kind === 'function') throw new Unsupported('iterating an object through __getitem__ (the old sequence protocol)');
      break;
    }
  }
  throw rt.typeError(`'${typeName(o)}' object is not iterable`);
}

export function rangeLengthOf(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

/** next(it): a new reference, or null when the iterator is exhausted. */
export function iterNext(rt: Runtime, it: PyObj): PyObj | null {
  rt.chargeWork(1);
  if (it.kind === 'generator') return rt.resumeGenerator(it, null);
  if (it.kind === 'iterator') return builtinNext(rt, it);
  const m = lookupInMro(it.cls, '__next__');
  if (!m || m.kind !== 'function') throw rt.typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return rt.call(m, [it], null);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, rt.types.StopIteration)) {
      rt.decref(e.exc);
      return null;
    }
    throw e;
  }
}

function isInstance(o: PyObj, t: PyObj): boolean {
  return o.cls.mro.includes(t as never);
}

/** Drops what an exhausted iterator holds, as CPython's iterators do on exhaustion. */
function exhaust(rt: Runtime, held: PyObj | null): null {
  if (held) rt.decref(held);
  return null;
}

function builtinNext(rt: Runtime, itObj: PyIterator): PyObj | null {
  const it = itObj.iter;
  switch (it.type) {
    case 'seq': {
      const seq = it.seq;
      if (!seq) return null;
      if (seq.kind === 'str') {
        const cp = seq.value.codePointAt(it.index);
        if (cp === undefined) {
          it.seq = null;
          rt.recorder?.touched(itObj);
          return exhaust(rt, seq);
        }
        it.index += cp > 0xffff ? 2 : 1;
        return rt.str(String.fromCodePoint(cp));
      }
      const items = (seq as { items: PyObj[] }).items;
      if (it.index < items.length) return rt.incref(items[it.index++]!);
      it.seq = null;
      rt.recorder?.touched(itObj);
      return exhaust(rt, seq);
    }
    case 'reversed': {
      const seq = it.seq;
      if (!seq) return null;
      const items = (seq as { items: PyObj[] }).items;
      if (it.index >= 0 && it.index < items.length) return rt.incref(items[it.index--]!);
      it.seq = null;
      rt.recorder?.touched(itObj);
      return exhaust(rt, seq);
    }
    case 'range': {
      if (it.remaining <= 0n) return null;
      const v = it.next;
      it.next += it.step;
      it.remaining--;
      return rt.int(v);
    }
    case 'dict': {
      const d = it.dict;
      if (!d) return null;
      if (d.store.size !== it.size) {
        it.size = -1;
        throw rt.error(rt.types.RuntimeError, 'dictionary changed size during iteration');
      }
      const pos = d.store.nextPosition(it.pos);
      if (pos < 0) {
        it.dict = null;
        rt.recorder?.touched(itObj);
        return exhaust(rt, d);
      }
      it.pos = pos + 1;
      if (it.which === 'keys') return rt.incref(d.store.keyAt(pos));
      if (it.which === 'values') return rt.incref(d.store.valueAt(pos));
      return reuseResult(rt, it, [rt.incref(d.store.keyAt(pos)), rt.incref(d.store.valueAt(pos))]);
    }
    case 'set': {
      const s = it.set;
      if (!s) return null;
      if (s.store.size !== it.size) {
        it.size = -1;
        throw rt.error(rt.types.RuntimeError, 'Set changed size during iteration');
      }
      const pos = s.store.nextPosition(it.pos);
      if (pos < 0) {
        it.set = null;
        rt.recorder?.touched(itObj);
        return exhaust(rt, s);
      }
      it.pos = pos + 1;
      return rt.incref(s.store.itemAt(pos));
    }
    case 'enumerate': {
      if (!it.it) return null;
      const v = iterNext(rt, it.it);
      if (v === null) return null;
      const i = rt.int(it.count++);
      return reuseResult(rt, it, [i, v]);
    }
    case 'zip': {
      if (!it.its || it.its.length === 0) return null;
      const out: PyObj[] = [];
      for (const sub of it.its) {
        const v = iterNext(rt, sub);
        if (v === null) {
          rt.heap.decrefAll(out);
          return null;
        }
        out.push(v);
      }
      return reuseResult(rt, it, out);
    }
    case 'map': {
      if (!it.its || !it.fn) return null;
      const args: PyObj[] = [];
      for (const sub of it.its) {
        const v = iterNext(rt, sub);
        if (v === null) {
          rt.heap.decrefAll(args);
          return null;
        }
        args.push(v);
      }
      try {
        return rt.call(it.fn, args, null);
      } finally {
        rt.heap.decrefAll(args);
      }
    }
    case 'filter': {
      if (!it.it) return null;
      for (;;) {
        const v = iterNext(rt, it.it);
        if (v === null) return null;
        let keep: boolean;
        if (!it.fn || it.fn === rt.None) keep = rt.truthy(v);
        else {
          const r = rt.call(it.fn, [v], null);
          keep = rt.truthy(r);
          rt.decref(r);
        }
        if (keep) return v;
        rt.decref(v);
      }
    }
  }
}

/**
 * dict items, enumerate and zip iterators keep their last result tuple and refill it when
 * nobody else holds it (CPython's di_result / en_result / result), so the tuple's references
 * to the last items stay alive between steps, as they do in CPython.
 */
function reuseResult(rt: Runtime, it: { result: PyTuple | null }, items: PyObj[]): PyTuple {
  const r = it.result;
  if (r && r.rc === 1) {
    const old = r.items.splice(0, r.items.length, ...items);
    rt.incref(r);
    rt.recorder?.touched(r);
    rt.heap.decrefAll(old);
    rt.heap.track(r);
    return r;
  }
  return rt.tuple(items);
}

/** Collects every item of an iterable (new references), as `list(x)` would see them. */
export function iterateToArray(rt: Runtime, o: PyObj): PyObj[] {
  if ((o.kind === 'list' || o.kind === 'tuple') && o.cls.builtin) return o.items.map((x) => rt.incref(x));
  const it = getIter(rt, o);
  const out: PyObj[] = [];
  try {
    for (let v = iterNext(rt, it); v !== null; v = iterNext(rt, it)) {
      out.push(v);
      if (out.length > 50_000_000) throw rt.memoryError(out.length * 8);
    }
  } catch (e) {
    rt.heap.decrefAll(out);
    throw e;
  } finally {
    rt.decref(it);
  }
  return out;
}

export function tupleFromIterable(rt: Runtime, o: PyObj): PyTuple {
  if (o.kind === 'tuple' && o.cls === rt.types.tuple) return rt.incref(o);
  return rt.tuple(iterateToArray(rt, o));
}
