// Argument checking for builtins, with CPython's messages.
import type { KwArgs, PyObj } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';

export function noKwargs(rt: Runtime, name: string, kwargs: KwArgs | null): void {
  if (kwargs && kwargs.size > 0) throw rt.typeError(`${name}() takes no keyword arguments`);
}

/** Checks a positional count: `len() takes exactly one argument (2 given)` and its kin. */
export function arity(rt: Runtime, name: string, args: readonly PyObj[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 1) throw rt.typeError(`${name}() takes exactly one argument (${n} given)`);
    if (min === 0) throw rt.typeError(`${name}() takes no arguments (${n} given)`);
    throw rt.typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw rt.typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw rt.typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

export function kwarg(kwargs: KwArgs | null, name: string): PyObj | undefined {
  return kwargs ? kwargs.get(name) : undefined;
}

export function onlyKwargs(rt: Runtime, fname: string, kwargs: KwArgs | null, allowed: readonly string[]): void {
  if (!kwargs) return;
  for (const k of kwargs.keys()) {
    if (!allowed.includes(k)) throw rt.typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
  }
}

export function asIndex(rt: Runtime, o: PyObj, what = 'integer'): bigint {
  if (o.kind === 'int') return o.value;
  throw rt.typeError(`'${o.cls.name}' object cannot be interpreted as an ${what}`);
}

export function asStr(rt: Runtime, o: PyObj, context: string): string {
  if (o.kind === 'str') return o.value;
  throw rt.typeError(`${context} must be str, not ${o.cls.name}`);
}
