// Calls: CALL and CALL_FUNCTION_EX in the run loop (Python functions get a frame in the same
// loop), and calls made from engine code (builtins, classes, methods, generators' functions).
import type { CodeObject } from '../compiler/code';
import { CodeFlag } from '../compiler/code';
import { MakeFlag } from '../compiler/functions';
import { getAttr, lookupInMro } from '../runtime/attributes';
import { PyException } from '../runtime/errors';
import { iterNext } from '../runtime/iteration';
import type { PyDict, PyFrameObject, PyFunction, PyGenerator, PyInstance, PyObj, PyTraceback, PyTuple } from '../runtime/objects';
import { bindArguments } from './arguments';
import { Frame } from './frame';
import type { Completion, Interpreter } from './interpreter';
import { isNull } from './null';

/** CALL: returns a new frame to continue in for Python functions, else pushes the result. */
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
  // a bound method: call its function with self first, as CPython 3.11's CALL does
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
    // inline call: the arguments move into the new frame, which takes the function's reference
    return vm.pushFrame(f, callable, positional, kwNames ? kwNames.map((k, i) => [k, args[nargs - nkw + i]!] as [string, PyObj]) : null);
  }
  let result: PyObj;
  try {
    // a call into C (a builtin, a class) is one level of CPython's recursion check
    vm.enterUnits(1, ' while calling a Python object');
    try {
      result = vm.callObject(callable, positional, kwNames ? new Map(kwNames.map((k, i) => [k, args[nargs - nkw + i]!])) : null);
    } finally {
      vm.leaveUnits(1);
    }
  } finally {
    rt.heap.decrefAll(args);
    rt.decref(callable);
  }
  stack[f.sp++] = result;
  return null;
}


/** CALL_FUNCTION_EX: f(*args, **kwargs). */
export function callEx(vm: Interpreter, f: Frame, flags: number): Frame | null {
  const rt = vm.rt;
  const kwargs = flags & 1 ? (f.stack[--f.sp] as PyDict) : null;
  const argsObj = f.stack[--f.sp]!;
  const callable = f.stack[--f.sp]!;
  f.sp--; // NULL
  let args: PyObj[];
  try {
    args = argsObj.kind === 'tuple' ? argsObj.items.map((x) => rt.incref(x)) : rt.iterateToArray(argsObj);
  } catch (e) {
    rt.decref(argsObj);
    rt.decref(callable);
    if (kwargs) rt.decref(kwargs);
    throw e;
  }
  rt.decref(argsObj);
  const kw: [string, PyObj][] = [];
  if (kwargs) {
    for (const [k, v] of kwargs.store.entries()) kw.push([(k as PyObj & { value: string }).value, rt.incref(v)]);
    rt.decref(kwargs);
  }
  let target: PyObj = callable;
  if (callable.kind === 'method') {
    args.unshift(rt.incref(callable.self));
    target = rt.incref(callable.func);
    rt.decref(callable);
  }
  if (target.kind === 'function' && !(target.code.flags & CodeFlag.Generator)) {
    return vm.pushFrame(f, target, args, kw.length > 0 ? kw : null);
  }
  try {
    {
      const pushed = vm.callObject(target, args, kw.length > 0 ? new Map(kw) : null);
      f.stack[f.sp++] = pushed;
    }
  } finally {
    rt.heap.decrefAll(args);
    for (const [, v] of kw) rt.decref(v);
    rt.decref(target);
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


/** Calls any callable from engine code; arguments borrowed, result a new reference. */
export function callObject(vm: Interpreter, callable: PyObj, args: readonly PyObj[], kwargs: ReadonlyMap<string, PyObj> | null): PyObj {
  const rt = vm.rt;
  switch (callable.kind) {
    case 'builtin':
      if (callable.owner) {
        // an unbound method descriptor: list.append(lst, x)
        if (args.length === 0) throw rt.typeError(`unbound method ${callable.owner.name}.${callable.name}() needs an argument`);
        return callable.impl(args.slice(1), kwargs, args[0]!);
      }
      return callable.impl(args, kwargs, callable.self);
    case 'function':
      return vm.callFunction(callable, args, kwargs);
    case 'method':
      return vm.callObject(callable.func, [callable.self, ...args], kwargs);
    case 'type':
      return rt.construct(callable, args, kwargs);
    case 'weakref':
      if (args.length > 0 || (kwargs && kwargs.size > 0)) throw rt.typeError(`weakref() takes no arguments`);
      return rt.incref(callable.referent ?? rt.None);
    default: {
      const m = lookupInMro(callable.cls, '__call__');
      if (m && m.kind === 'function') return vm.callFunction(m, [callable, ...args], kwargs);
      throw rt.typeError(`'${callable.cls.name}' object is not callable`);
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
  if (func.code.flags & CodeFlag.Generator) return vm.makeGenerator(func, frame);
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

