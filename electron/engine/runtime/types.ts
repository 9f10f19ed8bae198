// The builtin type objects (int, list, Exception, ...) and the exception hierarchy.
import { DictStore } from './dict-store';
import { Flag, type BuiltinImpl, type PyBuiltin, type PyDict, type PyObj, type PyType } from './objects';
import type { Runtime } from './runtime';

const PLAIN_TYPES = [
  'object', 'type', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'list', 'tuple', 'dict', 'set',
  'frozenset', 'NoneType', 'ellipsis', 'NotImplementedType', 'range', 'slice', 'cell',
  'function', 'builtin_function_or_method', 'method_descriptor', 'method', 'module',
  'generator', 'weakref', 'property', 'staticmethod', 'classmethod', 'super',
  'list_iterator', 'list_reverseiterator', 'tuple_iterator', 'str_ascii_iterator', 'range_iterator',
  'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'set_iterator', 'enumerate', 'zip',
  'reversed', 'map', 'filter', 'dict_keys', 'dict_values', 'dict_items', 'code', 'frame', 'traceback',
] as const;

/** [name, base] in definition order; every base is defined before its subclasses. */
const EXCEPTIONS: readonly (readonly [string, string])[] = [
  ['BaseException', 'object'],
  ['Exception', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['FloatingPointError', 'ArithmeticError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['TypeError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['AttributeError', 'Exception'],
  ['StopIteration', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['RecursionError', 'RuntimeError'],
  ['NotImplementedError', 'RuntimeError'],
  ['AssertionError', 'Exception'],
  ['MemoryError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['ReferenceError', 'Exception'],
  ['OSError', 'Exception'],
  ['EOFError', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['Warning', 'Exception'],
  ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
];

const WEAKREFABLE = new Set(['type', 'function', 'set', 'frozenset', 'generator', 'method', 'module', 'property']);

type PlainTypeName = (typeof PLAIN_TYPES)[number];
export type BuiltinTypes = Record<PlainTypeName, PyType> & Record<string, PyType>;

export const EXCEPTION_NAMES: readonly string[] = EXCEPTIONS.map((e) => e[0]);

function newTypeDict(rt: Runtime): PyDict {
  const d = rt.make<PyDict>({ kind: 'dict', store: new DictStore(), cls: undefined as unknown as PyType }, false, 64);
  return rt.cache(d);
}

/** tp_name where it is not the engine's key: messages and repr use it, `__name__` its last part */
const TP_NAMES: Readonly<Record<string, string>> = { weakref: 'weakref.ReferenceType' };

export function createBuiltinTypes(rt: Runtime): BuiltinTypes {
  const types = {} as BuiltinTypes;
  const make = (name: string, base: PyType | null, instanceKind: PyType['instanceKind']): PyType => {
    const tpName = TP_NAMES[name] ?? name;
    const t = rt.make<PyType>({
      kind: 'type',
      cls: undefined as unknown as PyType,
      name: tpName,
      qualname: tpName.slice(tpName.lastIndexOf('.') + 1),
      bases: base ? [base] : [],
      mro: [],
      dict: newTypeDict(rt),
      builtin: true,
      slotNames: null,
      hasDict: false,
      supportsWeakref: WEAKREFABLE.has(name),
      instanceKind,
      isException: false,
    }, false, 900);
    t.mro = [t, ...(base ? base.mro : [])];
    rt.cache(t);
    types[name] = t;
    return t;
  };
  const object = make('object', null, 'instance');
  rt.types = types;
  for (const name of PLAIN_TYPES) {
    if (name === 'object') continue;
    const base = name === 'bool' ? types.int : object;
    make(name, base, kindFor(name));
  }
  for (const [name, base] of EXCEPTIONS) {
    const t = make(name, types[base]!, 'instance');
    t.isException = true;
    t.hasDict = true;
  }
  // now that `type` and `dict` exist, give every type object and type dict its class
  for (const t of Object.values(types)) {
    t.cls = types.type;
    t.dict.cls = types.dict;
  }
  return types;
}

function kindFor(name: PlainTypeName): PyType['instanceKind'] {
  switch (name) {
    case 'int': case 'bool': return 'int';
    case 'float': return 'float';
    case 'str': return 'str';
    case 'list': return 'list';
    case 'tuple': return 'tuple';
    case 'dict': return 'dict';
    case 'set': case 'frozenset': return 'set';
    case 'NoneType': return 'none';
    case 'range': return 'range';
    case 'slice': return 'slice';
    case 'function': return 'function';
    case 'type': return 'type';
    case 'module': return 'module';
    case 'generator': return 'generator';
    case 'weakref': return 'weakref';
    case 'cell': return 'cell';
    case 'super': return 'super';
    default: return 'instance';
  }
}

/** Registers builtin methods on a builtin type (as method descriptors in its dict). */
export function defineMethods(rt: Runtime, type: PyType, methods: Record<string, BuiltinImpl>): void {
  for (const [name, impl] of Object.entries(methods)) {
    const fn = rt.cache(rt.make<PyBuiltin>({ kind: 'builtin', cls: rt.types.method_descriptor, name, impl, self: null, owner: type }, false, 72));
    const key = rt.intern(name);
    type.dict.store.set(key, 's' + name, null, fn);
  }
}

/** A builtin function (not bound to any object). */
export function builtinFunction(rt: Runtime, name: string, impl: BuiltinImpl): PyBuiltin {
  return rt.cache(rt.make<PyBuiltin>({ kind: 'builtin', cls: rt.types.builtin_function_or_method, name, impl, self: null, owner: null }, false, 72));
}

export function isCached(o: PyObj): boolean {
  return (o.flags & Flag.Cached) !== 0;
}
