// Raising and unwinding: where an exception goes (the frame's handler blocks, else out to the
// caller), the traceback entries that hold frame objects, and `except` matching.
import { PyException, Unsupported } from '../runtime/errors';
import { PyValueError } from '../values/py-error';
import type {  PyFrameObject, PyInstance, PyObj, PyTraceback } from '../runtime/objects';
import { popStack } from '../runtime/references';
import { Frame } from './frame';
import type {  Interpreter } from './interpreter';
import { isNull } from './null';

/**
 * The JavaScript stack ran out (engine code recursing through Python calls, such as a
 * `__repr__` calling repr of itself): it becomes the RecursionError CPython would raise
 * there, so the program can catch it. A value-layer error that no caller translated (str() of
 * an int past the digit limit inside print, say) becomes its Python exception. A refusal
 * learns its line and goes on; anything else is an engine fault and goes on.
 */
export function asPythonError(vm: Interpreter, e: unknown): PyException {
  const rt = vm.rt;
  if (e instanceof RangeError && e.message.includes('call stack')) {
    return rt.error(rt.types.RecursionError, 'maximum recursion depth exceeded while calling a Python object');
  }
  // the last line of defence for a size no builtin checked first: JavaScript refusing to build
  // a string, an array or a BigInt that large is the simulator's MemoryError, not a crash
  if (e instanceof RangeError && /Invalid string length|Invalid array length|Maximum BigInt size/.test(e.message)) {
    return rt.error(rt.types.MemoryError, `the simulator cannot build an object that large (${e.message})`);
  }
  if (e instanceof PyValueError) {
    if (e.pyType === 'UnsupportedError') throw new Unsupported(e.message);
    return rt.error(rt.types[e.pyType] ?? rt.types.ValueError, e.message);
  }
  if (e instanceof Unsupported && e.line === null) e.line = vm.frame?.line ?? null;
  throw e;
}


/** RAISE_VARARGS: builds the exception to throw. */
export function raise(vm: Interpreter, f: Frame, arg: number): PyException {
  const rt = vm.rt;
  if (arg === 0) {
    const cur = rt.handledException;
    if (!cur) return rt.error(rt.types.RuntimeError, 'No active exception to reraise');
    return new PyException(rt.incref(cur) as PyInstance, true);
  }
  const cause = arg === 2 ? f.stack[--f.sp]! : null;
  const v = f.stack[--f.sp]!;
  const exc = rt.instantiateException(v);
  if (cause) {
    const c: PyObj | null = cause === rt.None ? null : rt.instantiateException(cause);
    rt.decref(cause);
    const old = exc.exc!.cause;
    exc.exc!.cause = c;
    exc.exc!.suppressContext = true;
    if (old) rt.decref(old);
  }
  return new PyException(exc);
}


export function exceptionMatches(vm: Interpreter, exc: PyObj, type: PyObj): boolean {
  const rt = vm.rt;
  if (type.kind === 'tuple') return type.items.some((t) => vm.exceptionMatches(exc, t));
  if (type.kind !== 'type' || !type.isException) {
    throw rt.typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  return exc.cls.mro.includes(type);
}


/**
 * Finds the handler for `e`, unwinding frames of this loop; returns the frame to continue
 * in, or rethrows when the entry frame is left.
 */
export function unwind(vm: Interpreter, e: PyException, start: Frame | null = null): Frame {
  const rt = vm.rt;
  const exc = e.exc;
  let f = start ?? vm.frame!;
  if (exc.exc && rt.handledException && rt.handledException !== exc && !exc.exc.context) {
    exc.exc.context = rt.incref(rt.handledException);
  }
  let first = true;
  for (;;) {
    if (!(first && e.reraise)) vm.addTraceback(exc, f);
    first = false;
    rt.recorder?.raised?.(f, exc);
    const block = f.blocks.pop();
    if (block) {
      while (f.sp > block.level) {
        const v = f.stack[--f.sp]!;
        if (!isNull(v)) rt.decref(v);
      }
      f.stack[f.sp++] = exc;
      f.pc = block.handler;
      vm.frame = f;
      return f;
    }
    // no handler here: the stack is popped, top down, then the frame is done (exception_unwind)
    rt.heap.decrefAll(popStack(f));
    const wasEntry = f.isEntry;
    const back = f.back;
    vm.frame = back;
    if (f.generator) {
      rt.recorder?.framePopped(f);
      vm.finishGenerator(f.generator);
    } else {
      if (!wasEntry) vm.depthUnits -= 1;
      rt.recorder?.framePopped(f);
      vm.releaseFrame(f);
    }
    if (wasEntry) throw e;
    f = back!;
  }
}


/** PyTraceBack_Here: a traceback entry for frame `f`, holding its frame object. */
export function addTraceback(vm: Interpreter, exc: PyInstance, f: Frame): void {
  if (!exc.exc) return;
  const rt = vm.rt;
  const frameObj = rt.incref(vm.frameObject(f));
  frameObj.line = f.line;
  const tb = rt.make<PyTraceback>({ kind: 'traceback', frame: frameObj, next: exc.exc.traceback, line: f.line, cls: rt.types.traceback }, true, 64);
  exc.exc.traceback = tb;
  rt.recorder?.touched(exc);
}


/** The frame's frame object, made on first need (the frame holds one reference). */
export function frameObject(vm: Interpreter, f: Frame): PyFrameObject {
  if (f.frameObject) return f.frameObject;
  const rt = vm.rt;
  const name = f.code.kind === 'module' ? '<module>' : f.code.name;
  f.frameObject = rt.make<PyFrameObject>({
    kind: 'frame', live: f, owned: null, back: null, name, varnames: f.code.varnames, code: f.code, line: f.line, cls: rt.types.frame,
  }, true, 120);
  return f.frameObject;
}

