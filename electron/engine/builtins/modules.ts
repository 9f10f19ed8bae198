// The importable modules of the subset: sys, gc, copy, weakref.
import { DictStore } from '../runtime/dict-store';
import { dictSetStr } from '../runtime/dict-ops';
import { collect, isTracked, type GcState } from '../runtime/gc';
import type { BuiltinImpl, PyDict, PyModule, PyObj, PyWeakref } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { builtinFunction } from '../runtime/types';
import { sizeOf } from '../runtime/sizeof';
import { copyShallow, copyDeep } from './copying';
import { arity, asIndex } from './args';
import { refuseInterpreterWideCount } from '../runtime/cpython-gaps';

export function makeModule(rt: Runtime, name: string, members: Record<string, PyObj>): PyModule {
  const dict = rt.make<PyDict>({ kind: 'dict', store: new DictStore(), cls: rt.types.dict }, true, 64);
  const m = rt.cache(rt.make<PyModule>({ kind: 'module', name, dict, cls: rt.types.module }, true, 72));
  dictSetStr(rt, dict, '__name__', rt.str(name));
  for (const [k, v] of Object.entries(members)) dictSetStr(rt, dict, k, v);
  return m;
}

function fns(rt: Runtime, impls: Record<string, BuiltinImpl>): Record<string, PyObj> {
  const out: Record<string, PyObj> = {};
  for (const [k, impl] of Object.entries(impls)) out[k] = builtinFunction(rt, k, impl);
  return out;
}

export function installModules(rt: Runtime, gc: GcState): void {
  // everything made before the program's own objects is the interpreter's (sys.getrefcount)
  let startupEnd = Infinity;
  const sys = makeModule(rt, 'sys', {
    ...fns(rt, {
      getrefcount(args) {
        arity(rt, 'getrefcount', args, 1, 1);
        refuseInterpreterWideCount(args[0]!, startupEnd);
        return rt.int(BigInt(args[0]!.rc));
      },
      getsizeof(args) {
        arity(rt, 'getsizeof', args, 1, 2);
        return rt.int(BigInt(sizeOf(rt, args[0]!)));
      },
      intern(args) {
        arity(rt, 'intern', args, 1, 1);
        const s = args[0]!;
        if (s.kind !== 'str') throw rt.typeError(`intern() argument must be str, not ${s.cls.name}`);
        const existing = rt.interned.get(s.value);
        if (existing) return rt.incref(existing);
        rt.interned.set(s.value, s);
        s.flags |= 32 /* Flag.Interned */;
        // the interned table holds its own reference, as CPython's does (3.11: two, minus one)
        return rt.incref(s);
      },
      getrecursionlimit() {
        return rt.int(BigInt(rt.recursionLimit));
      },
      setrecursionlimit(args) {
        arity(rt, 'setrecursionlimit', args, 1, 1);
        const n = asIndex(rt, args[0]!);
        if (n < 1n) throw rt.valueError('recursion limit must be greater or equal than 1');
        // the simulator keeps Python frames off the JavaScript stack, but engine-driven calls
        // (__repr__, __del__) are not; cap what it accepts to stay safe
        rt.recursionLimit = Number(n > 20000n ? 20000n : n);
        return rt.none();
      },
      exit() {
        throw rt.error(rt.types.SystemExit, null);
      },
    }),
    maxsize: rt.int(2n ** 63n - 1n),
    byteorder: rt.str('little'),
    version_info: rt.tuple([rt.int(3n), rt.int(11n), rt.int(7n), rt.str('final'), rt.int(0n)]),
  });
  const gcModule = makeModule(rt, 'gc', {
    ...fns(rt, {
      collect(args) {
        arity(rt, 'collect', args, 0, 1);
        const g = args[0] ? Number(asIndex(rt, args[0])) : 2;
        if (g < 0 || g > 2) throw rt.valueError('invalid generation');
        if (gc.collecting) return rt.int(0n);
        gc.collecting = true;
        try {
          const found = collect(rt, gc, g);
          rt.onGcCollect?.(found);
          return rt.int(BigInt(found));
        } finally {
          gc.collecting = false;
        }
      },
      enable() { gc.enabled = true; return rt.none(); },
      disable() { gc.enabled = false; return rt.none(); },
      isenabled() { return rt.bool(gc.enabled); },
      get_threshold() { return rt.tuple(gc.thresholds.map((t) => rt.int(BigInt(t)))); },
      set_threshold(args) {
        arity(rt, 'set_threshold', args, 1, 3);
        args.forEach((a, i) => { gc.thresholds[i] = Number(asIndex(rt, a)); });
        return rt.none();
      },
      get_count() { return rt.tuple(rt.heap.counts.map((c) => rt.int(BigInt(c)))); },
      is_tracked(args) {
        arity(rt, 'is_tracked', args, 1, 1);
        return rt.bool(isTracked(args[0]!));
      },
    }),
    garbage: rt.list([]),
  });
  const weakrefModule = makeModule(rt, 'weakref', {
    ref: rt.incref(rt.types.weakref),
    ReferenceType: rt.incref(rt.types.weakref),
    ...fns(rt, {
      getweakrefcount(args) {
        arity(rt, 'getweakrefcount', args, 1, 1);
        return rt.int(BigInt(args[0]!.weakrefs?.length ?? 0));
      },
    }),
  });
  rt.typeCalls.set(rt.types.weakref, (args) => {
    arity(rt, 'ref', args, 1, 2);
    const target = args[0]!;
    if (!supportsWeakref(rt, target)) throw rt.typeError(`cannot create weak reference to '${target.cls.name}' object`);
    const callback = args[1] && args[1] !== rt.None ? rt.incref(args[1]) : null;
    if (!callback && target.weakrefs) {
      // CPython shares one callback-less weakref per object
      const shared = target.weakrefs.find((w) => !w.callback);
      if (shared) return rt.incref(shared);
    }
    const w = rt.make<PyWeakref>({ kind: 'weakref', referent: target, callback, cls: rt.types.weakref }, true, 80);
    (target.weakrefs ??= []).push(w);
    return w;
  });
  const copyModule = makeModule(rt, 'copy', fns(rt, {
    copy(args) {
      arity(rt, 'copy', args, 1, 1);
      return copyShallow(rt, args[0]!);
    },
    deepcopy(args) {
      arity(rt, 'deepcopy', args, 1, 2);
      return copyDeep(rt, args[0]!);
    },
  }));
  for (const m of [sys, gcModule, weakrefModule, copyModule]) rt.modules.set(m.name, m);
  startupEnd = rt.heap.idCounter;
}

function supportsWeakref(rt: Runtime, o: PyObj): boolean {
  if (o.kind === 'instance') return o.cls.supportsWeakref;
  return o.cls.supportsWeakref || o.kind === 'type' || o.kind === 'function';
  void rt;
}
