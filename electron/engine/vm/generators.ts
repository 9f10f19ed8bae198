// Generators: a generator keeps its suspended frame; resuming runs that frame until its next
// yield or its return (`yield from` drives a sub-iterator through SEND).
import { PyException } from '../runtime/errors';
import { iterNext } from '../runtime/iteration';
import type {  PyFunction, PyGenerator, PyInstance, PyObj } from '../runtime/objects';
import { Frame } from './frame';
import type { Completion, Interpreter } from './interpreter';

export function makeGenerator(vm: Interpreter, func: PyFunction, frame: Frame): PyGenerator {
  const gen = vm.rt.make<PyGenerator>({
    kind: 'generator', frame, running: false, name: func.name, qualname: func.qualname, cls: vm.rt.types.generator,
  }, true, 200);
  frame.generator = gen;
  return gen;
}


/**
 * Resumes a generator with `sent` (borrowed; null on first resume/next). Returns the yielded
 * value, or null when the generator finished (its return value is dropped).
 */
export function resumeGenerator(vm: Interpreter, gen: PyGenerator, sent: PyObj | null): PyObj | null {
  const r = vm.resume(gen, sent, null);
  if (r.yielded) return r.value;
  vm.rt.decref(r.value);
  return null;
}


/** Resumes and reports whether the generator yielded or returned (value: new reference). */
export function resume(vm: Interpreter, gen: PyGenerator, sent: PyObj | null, thrown: PyInstance | null): Completion {
  const rt = vm.rt;
  const frame = gen.frame;
  if (!frame) {
    if (thrown) throw new PyException(thrown);
    return { yielded: false, value: rt.none() };
  }
  if (gen.running) throw rt.valueError('generator already executing');
  if (frame.pc > 0 && !thrown) frame.stack[frame.sp++] = sent ? rt.incref(sent) : rt.none();
  gen.running = true;
  try {
    if (!thrown) return vm.execute(frame);
    if (frame.pc > 0) frame.stack[frame.sp++] = rt.none();
    frame.back = vm.frame;
    frame.isEntry = true;
    vm.frame = frame;
    vm.enterUnits(1);
    try {
      vm.frame = vm.unwind(new PyException(thrown), frame);
      return vm.loop();
    } finally {
      vm.depthUnits -= 1;
    }
  } finally {
    gen.running = false;
  }
}


/** A generator's frame is done (returned or raised): release what it held. */
export function finishGenerator(vm: Interpreter, gen: PyGenerator): void {
  const frame = gen.frame;
  if (!frame) return;
  gen.frame = null;
  frame.generator = null;
  vm.rt.recorder?.touched(gen);
  vm.releaseFrame(frame);
}


/** SEND for `yield from`: drive the subiterator one step. */
export function send(vm: Interpreter, f: Frame): Completion | null {
  const rt = vm.rt;
  const v = f.stack[--f.sp]!;
  const sub = f.stack[f.sp - 1]!;
  let r: PyObj | null;
  let returned: PyObj | null = null;
  try {
    if (sub.kind === 'generator') {
      const c = vm.resume(sub, v === rt.None ? null : v, null);
      if (c.yielded) r = c.value;
      else {
        r = null;
        returned = c.value;
      }
    } else {
      r = iterNext(rt, sub);
    }
  } finally {
    rt.decref(v);
  }
  if (r === null) {
    f.sp--;
    rt.decref(sub);
    {
      const pushed = returned ?? rt.none();
      f.stack[f.sp++] = pushed;
    }
    return null;
  }
  // yield the value out of this frame; resume re-runs SEND with what is sent in
  f.pc--;
  vm.suspend(f);
  return { yielded: true, value: r };
}

