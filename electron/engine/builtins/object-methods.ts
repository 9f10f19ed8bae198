// The methods every object inherits from `object`, and BaseException's, so that
// `super().__init__(...)`, `object.__setattr__(self, ...)` and `super().__new__(cls)` work.
import { setAttr, delAttr, getAttr, lookupInMro } from '../runtime/attributes';
import { newInstance } from '../runtime/classes';
import type { PyInstance, PyObj, PyType } from '../runtime/objects';
import { repr, str, exceptionStr } from '../runtime/repr';
import type { Runtime } from '../runtime/runtime';
import { builtinFunction, defineMethods } from '../runtime/types';
import { dictSetStr } from '../runtime/dict-ops';
import { asStr, noKwargs } from './args';
import { initWithMembers } from '../runtime/name-errors';

export function installObjectMethods(rt: Runtime): void {
  const T = rt.types;
  defineMethods(rt, T.object, {
    // object_init: surplus arguments are an error once the type overrides __init__, or
    // does not override __new__ either (only a class with its own __new__ may pass them)
    __init__: (args, kwargs, self) => {
      if (args.length === 0 && !(kwargs && kwargs.size > 0)) return rt.none();
      const type = self!.cls;
      const ownInit = lookupInMro(type, '__init__') !== lookupInMro(T.object, '__init__');
      const ownNew = lookupInMro(type, '__new__') !== lookupInMro(T.object, '__new__');
      if (ownInit) throw rt.typeError('object.__init__() takes exactly one argument (the instance to initialize)');
      if (!ownNew) throw rt.typeError(`${type.name}.__init__() takes exactly one argument (the instance to initialize)`);
      return rt.none();
    },
    __repr__: (_a, _k, self) => rt.str(defaultRepr(self!)),
    __str__: (_a, _k, self) => rt.str(str(rt, self!)),
    __eq__: (args, _k, self) => (args[0] === self ? rt.bool(true) : rt.incref(rt.NotImplemented)),
    __ne__: (args, _k, self) => (args[0] === self ? rt.bool(false) : rt.incref(rt.NotImplemented)),
    __hash__: (_a, _k, self) => rt.int(rt.hashOf(self!)),
    __setattr__: (args, _k, self) => {
      setAttr(rt, self!, asStr(rt, args[0]!, 'attribute name'), args[1]!);
      return rt.none();
    },
    __delattr__: (args, _k, self) => {
      delAttr(rt, self!, asStr(rt, args[0]!, 'attribute name'));
      return rt.none();
    },
    __getattribute__: (args, _k, self) => getAttr(rt, self!, asStr(rt, args[0]!, 'attribute name')),
  });
  // object.__new__ is a static method: the class comes as the first argument
  const objectNew = builtinFunction(rt, '__new__', (args) => {
    const cls = args[0];
    if (!cls || cls.kind !== 'type') throw rt.typeError('object.__new__(X): X is not a type object');
    return newInstance(rt, cls as PyType, args.slice(1));
  });
  dictSetStr(rt, T.object.dict, '__new__', objectNew);
  defineMethods(rt, T.BaseException, {
    __init__: (args, kwargs, self) => {
      const e = self as PyInstance;
      noKwargs(rt, e.cls.name, kwargs); // BaseException_init: _PyArg_NoKeywords(tp_name)
      if (e.exc) {
        const old = e.exc.args;
        e.exc.args = rt.tuple(args.map((a) => rt.incref(a)));
        rt.decref(old);
      }
      return rt.none();
    },
    __str__: (_a, _k, self) => rt.str(exceptionStr(rt, self as PyInstance)),
    __repr__: (_a, _k, self) => rt.str(repr(rt, self!)),
    with_traceback: (_a, _k, self) => rt.incref(self!),
  });
  defineMethods(rt, T.NameError, {
    __init__: (args, kwargs, self) => {
      initWithMembers(rt, self as PyInstance, args, kwargs, ['name'], 'NameError');
      return rt.none();
    },
  });
  defineMethods(rt, T.AttributeError, {
    __init__: (args, kwargs, self) => {
      initWithMembers(rt, self as PyInstance, args, kwargs, ['name', 'obj'], 'AttributeError');
      return rt.none();
    },
  });
}

function defaultRepr(o: PyObj): string {
  return `<${o.cls.builtin ? '' : '__main__.'}${o.cls.qualname} object at 0x${(0x7f0000000000 + o.id * 16).toString(16)}>`;
}
