// repr() and str() of every kind of object, with CPython's guard against printing a container
// inside itself (`[[...]]`, `{...}`).
import { floatRepr } from '../values/float-repr';
import { intToString } from '../values/number-parse';
import { strRepr } from '../values/str-repr';
import { lookupInMro } from './attributes';
import type { PyObj } from './objects';
import type { Runtime } from './runtime';

const inProgress = new Set<PyObj>();

function guarded(o: PyObj, open: string, close: string, body: () => string): string {
  if (inProgress.has(o)) return `${open}...${close}`;
  inProgress.add(o);
  try {
    return body();
  } finally {
    inProgress.delete(o);
  }
}

/** Calls a user-defined dunder returning a str; null when the class does not define one. */
function userString(rt: Runtime, o: PyObj, dunder: '__repr__' | '__str__'): string | null {
  const m = lookupInMro(o.cls, dunder);
  if (!m || m.kind !== 'function') return null;
  const r = rt.call(m, [o], null);
  try {
    if (r.kind !== 'str') throw rt.typeError(`${dunder} returned non-string (type ${r.cls.name})`);
    return r.value;
  } finally {
    rt.decref(r);
  }
}

/** repr(o); like PyObject_Repr it is one level of CPython's recursion check. */
export function repr(rt: Runtime, o: PyObj): string {
  if (o.kind === 'int' || o.kind === 'str' || o.kind === 'float' || o.kind === 'none') return reprOf(rt, o);
  rt.enterRecursion(' while getting the repr of an object');
  try {
    return reprOf(rt, o);
  } finally {
    rt.leaveRecursion();
  }
}

function reprOf(rt: Runtime, o: PyObj): string {
  switch (o.kind) {
    case 'int':
      if (o.cls === rt.types.bool) return o.value ? 'True' : 'False';
      if (o.cls !== rt.types.int) return userString(rt, o, '__repr__') ?? intToString(o.value);
      return intToString(o.value);
    case 'float':
      return floatRepr(o.value);
    case 'str':
      return strRepr(o.value);
    case 'none':
      return 'None';
    case 'ellipsis':
      return 'Ellipsis';
    case 'notimplemented':
      return 'NotImplemented';
    case 'list':
      if (o.cls !== rt.types.list) {
        const u = userString(rt, o, '__repr__');
        if (u !== null) return u;
      }
      return guarded(o, '[', ']', () => '[' + o.items.map((x) => repr(rt, x)).join(', ') + ']');
    case 'tuple':
      if (o.items.length === 1) return guarded(o, '(', ')', () => '(' + repr(rt, o.items[0]!) + ',)');
      return guarded(o, '(', ')', () => '(' + o.items.map((x) => repr(rt, x)).join(', ') + ')');
    case 'dict':
      if (o.cls !== rt.types.dict) {
        const u = userString(rt, o, '__repr__');
        if (u !== null) return u;
      }
      return guarded(o, '{', '}', () => '{' + o.store.entries().map(([k, v]) => `${repr(rt, k)}: ${repr(rt, v)}`).join(', ') + '}');
    case 'set': {
      const items = o.store.items();
      const name = o.frozen ? 'frozenset' : 'set';
      if (items.length === 0) return `${name}()`;
      return guarded(o, `${name}(`, ')', () => {
        const body = '{' + items.map((x) => repr(rt, x)).join(', ') + '}';
        return o.frozen ? `frozenset(${body})` : body;
      });
    }
    case 'range':
      return o.step === 1n ? `range(${o.start}, ${o.stop})` : `range(${o.start}, ${o.stop}, ${o.step})`;
    case 'slice':
      return `slice(${repr(rt, o.start)}, ${repr(rt, o.stop)}, ${repr(rt, o.step)})`;
    case 'function':
      return `<function ${o.qualname} at ${address(o)}>`;
    case 'builtin':
      if (o.owner) return `<method '${o.name}' of '${o.owner.name}' objects>`;
      if (o.self && o.self.kind !== 'module') return `<built-in method ${o.name} of ${o.self.cls.name} object at ${address(o.self)}>`;
      return `<built-in function ${o.name}>`;
    case 'method':
      return `<bound method ${o.func.kind === 'function' ? o.func.qualname : '?'} of ${repr(rt, o.self)}>`;
    case 'type':
      return o.builtin ? `<class '${o.name}'>` : `<class '__main__.${o.qualname}'>`;
    case 'module':
      return o.name === 'sys' || o.name === 'gc' ? `<module '${o.name}' (built-in)>` : `<module '${o.name}'>`;
    case 'cell':
      return `<cell at ${address(o)}: ${o.contents ? `${o.contents.cls.name} object at ${address(o.contents)}` : 'empty'}>`;
    case 'generator':
      return `<generator object ${o.qualname} at ${address(o)}>`;
    case 'weakref':
      return o.referent
        ? `<weakref at ${address(o)}; to '${o.referent.cls.name}' at ${address(o.referent)}>`
        : `<weakref at ${address(o)}; dead>`;
    case 'iterator':
      return `<${o.cls.name} object at ${address(o)}>`;
    case 'dictview': {
      const entries = o.dict.store.entries();
      const parts = o.which === 'keys' ? entries.map(([k]) => repr(rt, k))
        : o.which === 'values' ? entries.map(([, v]) => repr(rt, v))
        : entries.map(([k, v]) => `(${repr(rt, k)}, ${repr(rt, v)})`);
      return guarded(o, `dict_${o.which}([`, '])', () => `dict_${o.which}([${parts.join(', ')}])`);
    }
    case 'property':
      return `<${o.which} object at ${address(o)}>`;
    case 'super':
      return `<super: <class '${o.type.name}'>, <${o.obj.cls.name} object>>`;
    case 'frame':
      return `<frame at ${address(o)}, file 'program.py', line ${o.line}, code ${o.name}>`;
    case 'traceback':
      return `<traceback object at ${address(o)}>`;
    case 'instance': {
      const u = userString(rt, o, '__repr__');
      if (u !== null) return u;
      if (o.exc) return exceptionRepr(rt, o);
      return `<${o.cls.builtin ? '' : '__main__.'}${o.cls.qualname} object at ${address(o)}>`;
    }
  }
}

export function str(rt: Runtime, o: PyObj): string {
  switch (o.kind) {
    case 'str':
      return o.value;
    case 'instance': {
      const u = userString(rt, o, '__str__');
      if (u !== null) return u;
      if (o.exc && !lookupUserRepr(o)) return exceptionStr(rt, o);
      return repr(rt, o);
    }
    default:
      if (o.cls.builtin || o.kind === 'type') return repr(rt, o);
      return userString(rt, o, '__str__') ?? repr(rt, o);
  }
}

function lookupUserRepr(o: PyObj): boolean {
  const m = lookupInMro(o.cls, '__repr__');
  return m !== null && m.kind === 'function';
}

/** str(exception): its single argument, or the repr of its args tuple. */
export function exceptionStr(rt: Runtime, e: PyObj & { kind: 'instance' }): string {
  const args = e.exc!.args.items;
  if (args.length === 0) return '';
  if (e.cls === rt.types.KeyError && args.length === 1) return repr(rt, args[0]!);
  if (args.length === 1) return str(rt, args[0]!);
  return repr(rt, e.exc!.args);
}

function exceptionRepr(rt: Runtime, e: PyObj & { kind: 'instance' }): string {
  const args = e.exc!.args.items;
  const name = e.cls.name;
  if (args.length === 1) return `${name}(${repr(rt, args[0]!)})`;
  return `${name}${args.length === 0 ? '()' : repr(rt, e.exc!.args)}`;
}

/** A stable fake address for default reprs (real addresses are not reproducible anyway). */
function address(o: PyObj): string {
  return '0x' + (0x7f0000000000 + o.id * 16).toString(16);
}
