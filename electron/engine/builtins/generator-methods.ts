// Generator objects' methods: send, throw, close (and __next__/__iter__).
import { PyException } from '../runtime/errors';
import { instantiateException } from '../runtime/classes';
import type { PyGenerator, PyInstance, PyObj } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { defineMethods } from '../runtime/types';
import { arity } from './args';

/** Turns a finished resume into StopIteration(value), as the generator protocol does. */
function stopIteration(rt: Runtime, value: PyObj): PyException {
  const args = value === rt.None ? [] : [rt.incref(value)];
  rt.decref(value);
  return new PyException(rt.exception(rt.types.StopIteration, args));
}

export function installGeneratorMethods(rt: Runtime): void {
  defineMethods(rt, rt.types.generator, {
    send(args, _k, self) {
      arity(rt, 'send', args, 1, 1);
      const gen = self as PyGenerator;
      const v = args[0]!;
      if (gen.frame && gen.frame.pc === 0 && v !== rt.None) {
        throw rt.typeError("can't send non-None value to a just-started generator");
      }
      const r = rt.resumeFull(gen, v, null);
      if (r.yielded) return r.value;
      throw stopIteration(rt, r.value);
    },
    throw(args, _k, self) {
      arity(rt, 'throw', args, 1, 3);
      const gen = self as PyGenerator;
      let exc: PyInstance;
      const t = args[0]!;
      if (t.kind === 'type' && args[1] && args[1] !== rt.None) {
        exc = instantiateException(rt, rt.call(t, [args[1]], null));
      } else {
        exc = instantiateException(rt, rt.incref(t));
      }
      const r = rt.resumeFull(gen, null, exc);
      if (r.yielded) return r.value;
      throw stopIteration(rt, r.value);
    },
    close(_args, _k, self) {
      const gen = self as PyGenerator;
      if (!gen.frame) return rt.none();
      if (gen.frame.pc === 0) {
        rt.finishGenerator(gen);
        return rt.none();
      }
      try {
        const r = rt.resumeFull(gen, null, rt.exception(rt.types.GeneratorExit, []));
        rt.decref(r.value);
        if (r.yielded) throw rt.error(rt.types.RuntimeError, 'generator ignored GeneratorExit');
      } catch (e) {
        if (e instanceof PyException && (e.exc.cls === rt.types.GeneratorExit || e.exc.cls === rt.types.StopIteration)) {
          rt.decref(e.exc);
          return rt.none();
        }
        throw e;
      }
      return rt.none();
    },
    __next__(args, _k, self) {
      arity(rt, '__next__', args, 0, 0);
      const r = rt.resumeFull(self as PyGenerator, null, null);
      if (r.yielded) return r.value;
      throw stopIteration(rt, r.value);
    },
    __iter__: (_a, _k, self) => rt.incref(self!),
  });
}
