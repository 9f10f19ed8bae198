// Names CPython 3.11 has and the engine lacks. Looking one up must not turn into a Python
// NameError or AttributeError (a program could catch it and go on with an answer CPython
// never gives): the engine refuses it instead, as it refuses a construct outside its subset.
import { CPYTHON_BUILTINS, CPYTHON_MODULE_ATTRS, CPYTHON_STARTUP_INTERNED, CPYTHON_TYPE_ATTRS } from './cpython-names';
import { Unsupported } from './errors';
import { Flag, type PyObj, type PyType } from './objects';

const BUILTIN_NAMES: ReadonlySet<string> = new Set(CPYTHON_BUILTINS);

/** Attributes CPython lists on a type whose getter itself raises AttributeError. */
const RAISING_GETTERS: ReadonlySet<string> = new Set(['__abstractmethods__']);

/** A global name lookup failed: throws when CPython would have found a builtin there. */
export function refuseMissingBuiltin(name: string): void {
  if (BUILTIN_NAMES.has(name)) throw new Unsupported(`the builtin '${name}' (the simulator does not provide it)`);
}

function builtinTypeHas(type: PyType, name: string): PyType | null {
  for (const t of type.mro) {
    if (t.builtin && CPYTHON_TYPE_ATTRS[t.name]?.includes(name)) return t;
  }
  return null;
}

/** An attribute lookup found nothing: throws when CPython's object would have it. */
export function refuseMissingAttribute(obj: PyObj, name: string): void {
  if (RAISING_GETTERS.has(name)) return;
  if (obj.kind === 'module') {
    if (CPYTHON_MODULE_ATTRS[obj.name]?.includes(name)) {
      throw new Unsupported(`'${obj.name}.${name}' (the simulator's ${obj.name} module does not provide it)`);
    }
  }
  // a class's attributes come from its MRO, then from its metatype (type)
  const owner = obj.kind === 'type' ? builtinTypeHas(obj, name) ?? builtinTypeHas(obj.cls, name) : builtinTypeHas(obj.cls, name);
  if (owner) throw new Unsupported(`'${owner.name}.${name}' (the simulator does not provide it)`);
}

/**
 * sys.getrefcount of an object the whole interpreter shares counts references no program can
 * see: CPython 3.11 statically allocates small ints, one-character and start-up identifier
 * strings and the empty tuple with a count near 10^9, and None, True, builtin types, functions
 * and modules hold thousands of references from the interpreter itself. The engine's
 * start-up objects (ids below `startupEnd`) and strings CPython interned before the program
 * began are refused instead of answered with a small plausible number.
 */
export function refuseInterpreterWideCount(o: PyObj, startupEnd: number): void {
  const startup = o.id >= STARTUP_FIRST_ID && o.id < startupEnd;
  const cpythonInterned = o.kind === 'str' && (o.flags & Flag.Interned) !== 0 && CPYTHON_STARTUP_INTERNED.has(o.value);
  if (!startup && !cpythonInterned) return;
  throw new Unsupported(`sys.getrefcount of ${describeShared(o)}: CPython counts the whole interpreter's references to it, which the simulator cannot reproduce`);
}

/** Heap.nextId before startProgramIds: the interpreter's own objects are numbered from here */
const STARTUP_FIRST_ID = 1_000_000_000;

function describeShared(o: PyObj): string {
  switch (o.kind) {
    case 'int': return o.cls.name === 'bool' ? String(o.value === 1n ? 'True' : 'False') : `the cached int ${o.value}`;
    case 'str': return `the interned string ${JSON.stringify(o.value)}`;
    case 'none': return 'None';
    case 'type': return `the builtin type '${o.name}'`;
    case 'module': return `the module '${o.name}'`;
    case 'builtin': return `the builtin '${o.name}'`;
    default: return `a shared ${o.cls.name} object`;
  }
}
