// What each kind of object holds, in the order CPython's C code releases it. Three readers:
// deallocation (tp_dealloc), the cycle collector's clearing (tp_clear) and its traversal
// (tp_traverse), and the trace's snapshots.
import type { IteratorState, PyInstance, PyObj } from './objects';
import type { Frame } from '../vm/frame';

/** Every reference `obj` owns, for traversal (order: CPython's tp_traverse where it matters). */
export function referencesOf(obj: PyObj): PyObj[] {
  switch (obj.kind) {
    case 'list':
    case 'tuple':
      return obj.items.slice();
    case 'dict': {
      const out: PyObj[] = [];
      for (const [k, v] of obj.store.entries()) out.push(k, v);
      return out;
    }
    case 'set':
      return obj.store.items();
    case 'cell':
      return obj.contents ? [obj.contents] : [];
    case 'function':
      return compact([obj.globals, obj.defaults, obj.kwdefaults, obj.dict, obj.closure]);
    case 'builtin':
      return compact([obj.self]);
    case 'method':
      return [obj.func, obj.self];
    case 'type':
      return [obj.dict, ...obj.bases];
    case 'instance': {
      const out: PyObj[] = [];
      if (obj.slots) for (const s of obj.slots) if (s) out.push(s);
      if (obj.dict) out.push(obj.dict);
      if (obj.exc) out.push(...compact([obj.exc.obj ?? null, obj.exc.name ?? null, obj.exc.args, obj.exc.traceback, obj.exc.cause, obj.exc.context]));
      if (!obj.cls.builtin) out.push(obj.cls);
      return out;
    }
    case 'module':
      return [obj.dict];
    case 'generator':
      return obj.frame ? frameReferences(obj.frame) : [];
    case 'weakref':
      return compact([obj.callback]);
    case 'iterator':
      return iteratorReferences(obj.iter);
    case 'dictview':
      return [obj.dict];
    case 'property':
      return compact([obj.fget, obj.fset]);
    case 'super':
      return [obj.type, obj.obj];
    case 'slice':
      return [obj.start, obj.stop, obj.step];
    case 'frame':
      return compact([...(obj.owned ?? []), obj.back]);
    case 'traceback':
      return compact([obj.next, obj.frame]);
    case 'int': case 'float': case 'str': case 'none': case 'ellipsis': case 'notimplemented': case 'range':
      return [];
    default:
      return assertNever(obj);
  }
}

/** The references a suspended or running frame holds: locals (cells included) then its stack. */
export function frameReferences(frame: Frame): PyObj[] {
  const out: PyObj[] = [];
  for (const v of frame.locals) if (v) out.push(v);
  for (let i = 0; i < frame.sp; i++) {
    const v = frame.stack[i]!;
    if (!isNullSlot(v)) out.push(v);
  }
  if (frame.func) out.push(frame.func);
  return out;
}

function iteratorReferences(it: IteratorState): PyObj[] {
  switch (it.type) {
    case 'seq': case 'reversed': return compact([it.seq]);
    case 'range': return [];
    case 'dict': return compact([it.dict, it.result]);
    case 'set': return compact([it.set]);
    case 'enumerate': return compact([it.it, it.result]);
    case 'zip': return it.its ? compact([...it.its, it.result]) : compact([it.result]);
    case 'map': return it.its ? compact([it.fn, ...it.its]) : compact([it.fn]);
    case 'filter': return compact([it.fn, it.it]);
    default: return assertNever(it);
  }
}

/**
 * Detaches and returns the references `obj` releases when it is deallocated, in the order
 * its tp_dealloc releases them (lists and tuples from the last item back, dicts entry by
 * entry key then value, an instance its slots then its dict then its class).
 */
export function takeReferencesForDealloc(obj: PyObj): PyObj[] {
  switch (obj.kind) {
    case 'list': {
      const items = obj.items;
      obj.items = [];
      return items.reverse();
    }
    case 'tuple': {
      const items = obj.items.splice(0, obj.items.length);
      return items.reverse();
    }
    case 'dict':
      return obj.store.takeAll().flat();
    case 'set':
      return obj.store.takeAll();
    case 'cell': {
      const c = obj.contents;
      obj.contents = null;
      return compact([c]);
    }
    case 'function': {
      const out = compact([obj.globals, obj.defaults, obj.kwdefaults, obj.dict, obj.closure]);
      obj.defaults = null; obj.kwdefaults = null; obj.dict = null; obj.closure = null;
      return out;
    }
    case 'instance': {
      const out = takeInstanceState(obj);
      if (!obj.cls.builtin) out.push(obj.cls);
      return out;
    }
    case 'generator': {
      // a suspended generator dies closed: 3.11 throws GeneratorExit into it, which pops its
      // evaluation stack (a for loop's iterator) from the top before the frame is cleared
      // (_PyFrame_Clear: locals, then the function)
      const f = obj.frame;
      obj.frame = null;
      if (!f) return [];
      const out = popStack(f);
      out.push(...takeFrameReferences(f));
      if (f.func) {
        out.push(f.func);
        (f as { func: unknown }).func = null;
      }
      return out;
    }
    case 'iterator': {
      const out = iteratorReferences(obj.iter);
      detachIterator(obj.iter);
      return out;
    }
    case 'weakref': {
      const target = obj.referent;
      if (target && target.weakrefs) {
        const i = target.weakrefs.indexOf(obj);
        if (i >= 0) target.weakrefs.splice(i, 1);
        if (target.weakrefs.length === 0) target.weakrefs = null;
      }
      obj.referent = null;
      return compact([obj.callback]);
    }
    case 'frame': {
      const out = compact([...(obj.owned ?? []), obj.back]);
      obj.owned = null;
      obj.back = null;
      if (obj.live) obj.live.frameObject = null;
      obj.live = null;
      return out;
    }
    case 'traceback': {
      const out = compact([obj.next, obj.frame]);
      obj.next = null;
      obj.frame = null;
      return out;
    }
    default:
      return referencesOf(obj);
  }
}

/**
 * Detaches and returns what the cycle collector's tp_clear releases; kinds without a
 * tp_clear in CPython (tuples, bound methods, generators, iterators) return nothing: their
 * cycles are broken through the other members.
 */
export function takeReferencesForClear(obj: PyObj): PyObj[] {
  switch (obj.kind) {
    case 'list': case 'dict': case 'set': case 'cell':
      return takeReferencesForDealloc(obj);
    case 'function': {
      // func_clear drops the globals too; the engine keeps that one reference until
      // func_dealloc, which would otherwise release it a second time
      const out = compact([obj.defaults, obj.kwdefaults, obj.dict, obj.closure]);
      obj.defaults = null; obj.kwdefaults = null; obj.dict = null; obj.closure = null;
      return out;
    }
    case 'instance':
      return takeInstanceState(obj);
    case 'type': {
      return obj.dict.store.takeAll().flat();
    }
    case 'frame': case 'traceback':
      return takeReferencesForDealloc(obj);
    case 'module':
      return obj.dict.store.takeAll().flat();
    default:
      return [];
  }
}

function takeInstanceState(obj: PyInstance): PyObj[] {
  const out: PyObj[] = [];
  if (obj.slots) {
    for (let i = 0; i < obj.slots.length; i++) {
      const v = obj.slots[i];
      if (v) out.push(v);
      obj.slots[i] = null;
    }
  }
  if (obj.exc) {
    // after a subclass's slots, AttributeError_clear / NameError_clear drop obj and name, then
    // BaseException_clear: dict, args, traceback, cause, context
    out.push(...compact([obj.exc.obj ?? null, obj.exc.name ?? null]));
  }
  if (obj.dict) {
    out.push(obj.dict);
    obj.dict = null;
  }
  if (obj.exc) {
    const e = obj.exc;
    out.push(...compact([e.args, e.traceback, e.cause, e.context]));
    e.obj = null; e.name = null; e.cause = null; e.context = null; e.traceback = null;
  }
  return out;
}

export function takeFrameReferences(frame: Frame): PyObj[] {
  const out: PyObj[] = [];
  for (let i = 0; i < frame.locals.length; i++) {
    const v = frame.locals[i];
    if (v) out.push(v);
    frame.locals[i] = null;
  }
  for (let i = 0; i < frame.sp; i++) {
    const v = frame.stack[i]!;
    if (!isNullSlot(v)) out.push(v);
  }
  frame.sp = 0;
  return out;
}

/** An exception leaving a frame pops its evaluation stack first, top down (exception_unwind). */
export function popStack(frame: Frame): PyObj[] {
  const out: PyObj[] = [];
  while (frame.sp > 0) {
    const v = frame.stack[--frame.sp]!;
    if (!isNullSlot(v)) out.push(v);
  }
  return out;
}

function detachIterator(it: IteratorState): void {
  switch (it.type) {
    case 'seq': case 'reversed': it.seq = null; break;
    case 'dict': it.dict = null; it.result = null; break;
    case 'set': it.set = null; break;
    case 'enumerate': it.it = null; it.result = null; break;
    case 'zip': it.its = null; it.result = null; break;
    case 'map': it.fn = null; it.its = null; break;
    case 'filter': it.fn = null; it.it = null; break;
    case 'range': break;
    default: assertNever(it);
  }
}

function compact(xs: (PyObj | null | undefined)[]): PyObj[] {
  const out: PyObj[] = [];
  for (const x of xs) if (x) out.push(x);
  return out;
}

/** The empty stack slot left by PUSH_NULL holds no reference. */
function isNullSlot(o: PyObj): boolean {
  return (o as { kind: string }).kind === 'null';
}

export function assertNever(x: never): never {
  throw new Error(`unexpected: ${JSON.stringify(x)}`);
}
