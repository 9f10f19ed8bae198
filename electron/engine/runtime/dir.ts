// dir() as CPython 3.11 answers it (object___dir__, type___dir__, module___dir__ in
// Objects/typeobject.c and moduleobject.c): the names of the instance dict and of every class
// dict along the MRO, sorted. Builtin types and modules list CPython's own names, taken from
// python3 (cpython-names.ts), so dir() and the "Did you mean" suggestions built on it see what
// CPython sees even where the engine lacks an attribute (using one of those is refused).
import { CPYTHON_MODULE_ATTRS, CPYTHON_TYPE_ATTRS } from './cpython-names';
import type { PyDict, PyObj, PyType } from './objects';

/** what `python3 FILE.py` has in its main module's globals before the first line runs */
export const MAIN_MODULE_START: readonly string[] = ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__', '__file__', '__cached__'];

function dictKeys(d: PyDict): string[] {
  return d.store.entries().flatMap(([k]) => (k.kind === 'str' ? [k.value] : []));
}

/**
 * The keys CPython's `C.__dict__` has for a class statement: what the body defined (the engine
 * also keeps `__qualname__` there, which type_new removes), plus what type_new adds: `__doc__`,
 * a member per own slot, and `__dict__`/`__weakref__` getters where this class introduces them.
 */
function userClassKeys(t: PyType): string[] {
  const keys = dictKeys(t.dict).filter((k) => k !== '__qualname__');
  const base = t.bases[0];
  if (t.slotNames) {
    const inherited = new Set(base?.slotNames ?? []);
    for (const s of t.slotNames) if (!inherited.has(s) && s !== '__dict__' && s !== '__weakref__') keys.push(s);
  }
  if (t.hasDict && !(base?.hasDict ?? false)) keys.push('__dict__');
  if (t.supportsWeakref && !(base?.supportsWeakref ?? false)) keys.push('__weakref__');
  keys.push('__doc__');
  return keys;
}

function classKeys(t: PyType): readonly string[] {
  return t.builtin ? CPYTHON_TYPE_ATTRS[t.name] ?? dictKeys(t.dict) : userClassKeys(t);
}

/** type___dir__: the merged class dicts of the MRO (the metatype's names are not included) */
function typeDir(t: PyType): Set<string> {
  const names = new Set<string>();
  for (const c of t.mro) for (const k of classKeys(c)) names.add(k);
  return names;
}

/** dir() without an argument: the current namespace's names (the main module's start with CPython's own) */
export function namespaceDir(locals: PyDict | readonly string[], isMainModule = false): string[] {
  const names = new Set(Array.isArray(locals) ? locals : dictKeys(locals as PyDict));
  if (isMainModule) for (const k of MAIN_MODULE_START) names.add(k);
  return [...names].sort(codePointOrder);
}

/** dir(o), sorted as CPython's builtin dir() returns it */
export function cpythonDir(o: PyObj): string[] {
  let names: Set<string>;
  if (o.kind === 'module') {
    const known = CPYTHON_MODULE_ATTRS[o.name];
    names = new Set(known ?? dictKeys(o.dict));
  } else if (o.kind === 'type') {
    names = typeDir(o);
  } else {
    names = typeDir(o.cls);
    if (o.kind === 'instance' && o.dict) for (const k of dictKeys(o.dict)) names.add(k);
    if ((o.kind === 'function') && o.dict) for (const k of dictKeys(o.dict)) names.add(k);
  }
  return [...names].sort(codePointOrder);
}

/** PyUnicode ordering: by code point, not by UTF-16 unit or locale */
function codePointOrder(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
