// A fresh interpreter: the builtin types and caches, the builtins module, sys/gc/copy/weakref,
// and the hooks that let runtime code call back into the run loop.
import { builtinFunctions } from './builtins/functions';
import { BUILTIN_CONVENTIONS, withConvention } from './builtins/conventions';
import { installConstructors } from './builtins/constructors';
import { installModules } from './builtins/modules';
import { installAllMethods } from './builtins/install-methods';
import { buildClass, construct } from './runtime/classes';
import { DictStore } from './runtime/dict-store';
import { dictSetStr } from './runtime/dict-ops';
import { clearWeakrefs, finalize } from './runtime/finalizers';
import { GcState, maybeCollect } from './runtime/gc';
import type { PyCell, PyDict, PyGenerator, PyObj } from './runtime/objects';
import { Runtime } from './runtime/runtime';
import { builtinFunction, createBuiltinTypes, EXCEPTION_NAMES } from './runtime/types';
import { Frame } from './vm/frame';
import { Interpreter } from './vm/interpreter';

export interface Session {
  readonly rt: Runtime;
  readonly interp: Interpreter;
  readonly gc: GcState;
}

export function createSession(): Session {
  const rt = new Runtime();
  const gc = new GcState();
  const interp = new Interpreter(rt);
  rt.heap.hooks = {
    finalize: (o) => finalize(rt, o),
    clearWeakrefs: (o) => clearWeakrefs(rt, o),
    maybeCollect: () => {
      if (rt.types) maybeCollect(rt, gc);
    },
  };
  createBuiltinTypes(rt);
  rt.initCaches();
  makeSingletons(rt);
  wireInterpreter(rt, interp);
  installAllMethods(rt);
  installConstructors(rt);
  rt.builtins = makeBuiltins(rt);
  rt.buildClass = builtinFunction(rt, '__build_class__', (args, kwargs) => buildClass(rt, args, kwargs));
  installModules(rt, gc);
  return { rt, interp, gc };
}

function makeSingletons(rt: Runtime): void {
  const T = rt.types;
  const single = <K extends 'none' | 'ellipsis' | 'notimplemented'>(kind: K, cls: typeof T.NoneType) =>
    rt.cache(rt.make({ kind, cls } as never, false, 16)) as PyObj;
  rt.None = single('none', T.NoneType);
  rt.Ellipsis = single('ellipsis', T.ellipsis);
  rt.NotImplemented = single('notimplemented', T.NotImplementedType);
  rt.True = rt.cache(rt.make({ kind: 'int', value: 1n, cls: T.bool }, false, 28));
  rt.False = rt.cache(rt.make({ kind: 'int', value: 0n, cls: T.bool }, false, 24));
}

function wireInterpreter(rt: Runtime, interp: Interpreter): void {
  rt.call = (c, a, k) => interp.callObject(c, a, k);
  rt.resumeGenerator = (g, s) => interp.resumeGenerator(g, s);
  rt.resumeFull = (g, s = null, t = null) => interp.resume(g, s, t);
  rt.construct = (t, a, k) => construct(rt, t, a, k);
  rt.currentFrame = () => interp.frame;
  rt.enterRecursion = (suffix) => interp.enterUnits(1, suffix);
  rt.leaveRecursion = () => interp.leaveUnits(1);
  rt.currentGlobals = () => interp.frame!.globals;
  rt.currentLocals = () => interp.frame!.namespace ?? interp.frame!.globals;
  rt.closeGenerator = (g) => closeGenerator(rt, interp, g);
  rt.finishGenerator = (g) => interp.finishGenerator(g);
  rt.runClassBody = (body, ns) => {
    const frame = new Frame(body.code, body.globals, ns, rt.incref(body));
    if (body.closure) {
      const base = body.code.varnames.length + body.code.cellvars.length;
      body.closure.items.forEach((c, i) => { frame.locals[base + i] = rt.incref(c); });
    }
    body.code.cellvars.forEach((_, i) => {
      frame.locals[body.code.varnames.length + i] = rt.make<PyCell>({ kind: 'cell', contents: null, cls: rt.types.cell }, true, 40);
    });
    const r = interp.execute(frame).value;
    if (r === rt.None) {
      rt.decref(r);
      return null;
    }
    return r;
  };
}

/** Closing a suspended generator that is being freed: GeneratorExit runs its finally blocks. */
function closeGenerator(rt: Runtime, interp: Interpreter, gen: PyGenerator): boolean {
  const frame = gen.frame;
  if (!frame || frame.pc === 0 || frame.blocks.length === 0) return false;
  gen.flags |= 4; // finalized
  // resurrected at refcount 1 when closed from deallocation, as PyObject_CallFinalizerFromDealloc does
  const fromDealloc = gen.rc === 0;
  if (fromDealloc) gen.rc = 1;
  try {
    const exc = rt.exception(rt.types.GeneratorExit, []);
    const r = interp.resume(gen, null, exc);
    rt.decref(r.value);
    if (r.yielded) rt.stderr += 'RuntimeError: generator ignored GeneratorExit\n';
  } catch (e) {
    const ex = e as { exc?: PyObj };
    if (ex.exc && ex.exc.cls === rt.types.GeneratorExit) rt.decref(ex.exc);
    else rt.reportIgnored(e, `<generator object ${gen.qualname}>`);
  }
  if (!fromDealloc) return false;
  gen.rc--;
  return gen.rc > 0;
}

function makeBuiltins(rt: Runtime): PyDict {
  const d = rt.cache(rt.make<PyDict>({ kind: 'dict', store: new DictStore(), cls: rt.types.dict }, false, 64));
  const set = (name: string, v: PyObj) => dictSetStr(rt, d, name, v);
  for (const [name, impl] of Object.entries(builtinFunctions(rt))) {
    const call = withConvention(rt, name, BUILTIN_CONVENTIONS[name], impl);
    set(name, builtinFunction(rt, name, (args, kwargs) => call(args, kwargs)));
  }
  const T = rt.types;
  for (const name of ['int', 'float', 'str', 'bool', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'object', 'type', 'slice', 'property', 'staticmethod', 'classmethod', 'super']) {
    set(name, rt.incref(T[name]!));
  }
  for (const name of EXCEPTION_NAMES) set(name, rt.incref(T[name]!));
  set('None', rt.incref(rt.None));
  set('True', rt.incref(rt.True));
  set('False', rt.incref(rt.False));
  set('Ellipsis', rt.incref(rt.Ellipsis));
  set('NotImplemented', rt.incref(rt.NotImplemented));
  return d;
}
