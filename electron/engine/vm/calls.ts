// Calls: CALL and CALL_FUNCTION_EX in the run loop (Python functions get a frame in the same
// loop), and calls made from engine code (builtins, classes, methods, generators' functions).
import { CodeFlag } from '../compiler/code';
import { MakeFlag } from '../compiler/functions';
import {  lookupInMro } from '../runtime/attributes';
import type { KwArgs, PyBuiltin, PyDict, PyFunction, PyObj, PyTuple } from '../runtime/objects';
import { bindArguments } from './arguments';
import { builtinConvention, CallScratch, callPrepend, fastCallDict, hasVectorcall, keywordsOf, withArgumentTuple } from '../runtime/call-protocol';
import { typeCall } from '../runtime/classes';
import { Frame } from './frame';
import type {  Interpreter } from './interpreter';
import { isNull } from './null';

/**
 * CALL (3.11's PRECALL + CALL): a bound method is split into function and self first; a Python
 * function then gets its frame in this loop, taking over the arguments' stack references
 * (_PyEvalFramePushAndInit); anything else is a vectorcall that borrows them from the stack,
 * which keeps them until the call returns.
 */
export function call(vm: Interpreter, f: Frame, argc: number): Frame | null {
  const rt = vm.rt;
  const stack = f.stack;
  const kwNames = f.kwNames;
  f.kwNames = null;
  const base = f.sp - argc - 2;
  let callable = stack[base]!;
  let nargs = argc;
  let argStart = base + 2;
  if (!isNull(callable)) {
    argStart = base + 1;
    nargs++;
  } else {
    callable = stack[base + 1]!;
  }
  if (callable.kind === 'method' && isNull(stack[base]!)) {
    const m = callable;
    stack[base] = rt.incref(m.func);
    stack[base + 1] = rt.incref(m.self);
    rt.decref(m);
    callable = m.func;
    argStart = base + 1;
    nargs++;
  }
  const args = stack.slice(argStart, argStart + nargs);
  const nkw = kwNames ? kwNames.length : 0;
  const positional = args.slice(0, nargs - nkw);
  f.sp = base;
  if (callable.kind === 'function' && !(callable.code.flags & CodeFlag.Generator)) {
    return vm.pushFrame(f, callable, positional, kwNames ? kwNames.map((k, i) => [k, args[nargs - nkw + i]!] as [string, PyObj]) : null);
  }
  let result: PyObj;
  try {
    result = vm.callObject(callable, positional, kwNames ? new Map(kwNames.map((k, i) => [k, args[nargs - nkw + i]!])) : null);
  } finally {
    rt.heap.decrefAll(args);
    rt.decref(callable);
  }
  stack[f.sp++] = result;
  return null;
}


/**
 * CALL_FUNCTION_EX: f(*args, **kwargs). The positional arguments become a tuple (a list is
 * copied by PySequence_Tuple; a tuple is used as it is), and the tuple and the keywords dict
 * stay alive until the call returns (do_call_core, then Py_DECREF of func, callargs, kwargs).
 */
export function callEx(vm: Interpreter, f: Frame, flags: number): Frame | null {
  const rt = vm.rt;
  const kwargs = flags & 1 ? (f.stack[--f.sp] as PyDict) : null;
  let callargs = f.stack[--f.sp]!;
  const callable = f.stack[--f.sp]!;
  f.sp--; // NULL
  const releaseAll = () => {
    rt.decref(callable);
    rt.decref(callargs);
    if (kwargs) rt.decref(kwargs);
  };
  if (callargs.kind !== 'tuple') {
    try {
      const tuple = rt.tuple(rt.iterateToArray(callargs));
      rt.decref(callargs);
      callargs = tuple;
    } catch (e) {
      releaseAll();
      throw e;
    }
  }
  const tuple = callargs as PyTuple;
  const target = callable.kind === 'method' ? callable.func : callable;
  if (target.kind === 'function' && !(target.code.flags & CodeFlag.Generator)) {
    // PyObject_Call -> method_vectorcall (self prepended, borrowed) -> _PyFunction_Vectorcall
    const vector = callable.kind === 'method' ? [callable.self, ...tuple.items] : [...tuple.items];
    // a keywords dict is unpacked into a new array first, which holds every argument until
    // the call returns; _PyEval_Vector then gives the frame its own references
    const kw = keywordsOf(kwargs);
    const unpacked = kw ? CallScratch.unpacked(rt, vector, kw) : null;
    const held = [callable, tuple, ...(kwargs ? [kwargs] : [])];
    let frame: Frame;
    try {
      frame = vm.pushFrame(f, rt.incref(target), vector.map((o) => rt.incref(o)), kw ? [...kw].map(([k, v]) => [k, rt.incref(v)]) : null);
    } catch (e) {
      unpacked?.release();
      rt.heap.decrefAll(held);
      throw e;
    }
    frame.callHeld = { scratch: unpacked, refs: held };
    return frame;
  }
  try {
    f.stack[f.sp++] = callWithTuple(vm, callable, tuple, kwargs);
  } finally {
    releaseAll();
  }
  return null;
}


/** Starts a Python function's frame inside this loop; takes the function and argument references. */
export function pushFrame(vm: Interpreter, caller: Frame, func: PyFunction, args: PyObj[], kw: [string, PyObj][] | null): Frame {
  const frame = new Frame(func.code, func.globals, null, func);
  try {
    bindArguments(vm.rt, func, frame, args, kw);
    vm.enterUnits(1);
  } catch (e) {
    vm.releaseFrame(frame);
    throw e;
  }
  frame.back = caller;
  vm.frame = frame;
  vm.rt.recorder?.framePushed(frame);
  return frame;
}


/**
 * PyObject_Call(callable, tuple, kwdict). A vectorcall borrows the tuple's items (a non-empty
 * dict is unpacked first, holding every argument); otherwise tp_call gets the tuple itself, as
 * one level of the recursion limit.
 */
export function callWithTuple(vm: Interpreter, callable: PyObj, tuple: PyTuple, kwdict: PyDict | null): PyObj {
  const rt = vm.rt;
  const kwargs = keywordsOf(kwdict);
  if (hasVectorcall(callable)) return fastCallDict(rt, callable, tuple.items, kwargs);
  vm.enterUnits(1, ' while calling a Python object');
  try {
    return tpCall(vm, callable, tuple.items, kwargs, tuple);
  } finally {
    vm.leaveUnits(1);
  }
}


/**
 * A callable's tp_call, given its argument tuple's items (and the tuple when it is a real
 * object): type_call, slot_tp_call (__call__), cfunction_call (METH_VARARGS), weakref_call.
 */
function tpCall(vm: Interpreter, callable: PyObj, args: readonly PyObj[], kwargs: KwArgs | null, tuple: PyTuple | null): PyObj {
  const rt = vm.rt;
  switch (callable.kind) {
    case 'type':
      return typeCall(rt, callable, args, kwargs, tuple);
    case 'builtin':
      return callBuiltin(vm, callable, args, kwargs);
    case 'weakref':
      if (args.length > 0 || (kwargs && kwargs.size > 0)) throw rt.typeError(`weakref() takes no arguments`);
      return rt.incref(callable.referent ?? rt.None);
    default: {
      const m = lookupInMro(callable.cls, '__call__');
      if (m && m.kind === 'function') return callPrepend(rt, m, callable, args, kwargs);
      throw rt.typeError(`'${callable.cls.name}' object is not callable`);
    }
  }
}


/** A builtin's body: a method descriptor takes its first argument as self. */
function callBuiltin(vm: Interpreter, b: PyBuiltin, args: readonly PyObj[], kwargs: KwArgs | null): PyObj {
  if (b.owner) {
    // an unbound method descriptor: list.append(lst, x). descrobject.c: a dunder is a slot
    // wrapper (wrapperdescr_call), the rest method descriptors (method_check_args,
    // descr_check); each words a missing or wrong self its own way
    const wrapper = b.name.startsWith('__') && b.name.endsWith('__');
    const owner = b.owner.name;
    if (args.length === 0) {
      throw vm.rt.typeError(wrapper ? `descriptor '${b.name}' of '${owner}' object needs an argument` : `unbound method ${owner}.${b.name}() needs an argument`);
    }
    if (!args[0]!.cls.mro.includes(b.owner)) {
      const got = args[0]!.cls.name;
      throw vm.rt.typeError(wrapper ? `descriptor '${b.name}' requires a '${owner}' object but received a '${got}'` : `descriptor '${b.name}' for '${owner}' objects doesn't apply to a '${got}' object`);
    }
    return b.impl(args.slice(1), kwargs, args[0]!);
  }
  return b.impl(args, kwargs, b.self);
}


/**
 * Calls any callable from engine code (PyObject_Vectorcall); arguments borrowed, result a new
 * reference. A builtin is one level of the recursion limit (cfunction_enter_call); a callable
 * without a vectorcall gets an argument tuple (_PyObject_MakeTpCall).
 */
export function callObject(vm: Interpreter, callable: PyObj, args: readonly PyObj[], kwargs: ReadonlyMap<string, PyObj> | null): PyObj {
  const rt = vm.rt;
  switch (callable.kind) {
    case 'builtin': {
      const convention = builtinConvention(callable);
      vm.enterUnits(1, ' while calling a Python object');
      try {
        if (convention === 'vector') return callBuiltin(vm, callable, args, kwargs);
        // a method descriptor's tuple leaves self out (method_vectorcall_VARARGS_KEYWORDS);
        // print's Argument Clinic `*args` is a tuple of the positional arguments only
        const rest = callable.owner ? args.slice(1) : args;
        return withArgumentTuple(rt, rest, convention === 'tuple' ? kwargs : null, () => callBuiltin(vm, callable, args, kwargs));
      } finally {
        vm.leaveUnits(1);
      }
    }
    case 'function':
      return vm.callFunction(callable, args, kwargs);
    case 'method':
      // method_vectorcall: self prepended, borrowed
      return vm.callObject(callable.func, [callable.self, ...args], kwargs);
    case 'type':
      return rt.construct(callable, args, kwargs);
    default:
      vm.enterUnits(1, ' while calling a Python object');
      try {
        return withArgumentTuple(rt, args, kwargs, () => tpCall(vm, callable, args, kwargs, null));
      } finally {
        vm.leaveUnits(1);
      }
  }
}


/** Runs a Python function to completion from engine code (or makes its generator). */
export function callFunction(vm: Interpreter, func: PyFunction, args: readonly PyObj[], kwargs: ReadonlyMap<string, PyObj> | null): PyObj {
  const rt = vm.rt;
  const frame = new Frame(func.code, func.globals, null, rt.incref(func));
  for (const a of args) rt.incref(a);
  const kw: [string, PyObj][] | null = kwargs ? [...kwargs].map(([k, v]) => [k, rt.incref(v)]) : null;
  try {
    bindArguments(rt, func, frame, [...args], kw);
  } catch (e) {
    vm.releaseFrame(frame);
    throw e;
  }
  if (func.code.flags & CodeFlag.Generator) {
    // 3.11 pushes the generator's frame to run RETURN_GENERATOR: one level, for a moment
    try {
      vm.enterUnits(1);
    } catch (e) {
      vm.releaseFrame(frame);
      throw e;
    }
    vm.leaveUnits(1);
    return vm.makeGenerator(func, frame);
  }
  return vm.execute(frame).value;
}


export function makeFunction(vm: Interpreter, f: Frame, arg: number): PyFunction {
  const rt = vm.rt;
  const code = f.code.codes[arg >> 4]!;
  const flags = arg & 15;
  const closure = flags & MakeFlag.Closure ? (f.stack[--f.sp] as PyTuple) : null;
  const kwdefaults = flags & MakeFlag.KwDefaults ? (f.stack[--f.sp] as PyDict) : null;
  const defaults = flags & MakeFlag.Defaults ? (f.stack[--f.sp] as PyTuple) : null;
  return rt.make<PyFunction>({
    kind: 'function',
    code,
    globals: rt.incref(f.globals),
    defaults,
    kwdefaults,
    closure,
    name: code.name,
    qualname: code.qualname,
    dict: null,
    cls: rt.types.function,
  }, true, 160);
}

