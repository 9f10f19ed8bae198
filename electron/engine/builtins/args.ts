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

/**
 * How a CPython builtin takes its arguments, which decides the words of its arity errors.
 * `qualname` is what _PyObject_FunctionStr shows ("str.join", "len"), `name` the bare name
 * Argument Clinic and PyArg_ParseTuple print ("join").
 */
export type Convention =
  /** METH_O (cfunction_vectorcall_O, method_vectorcall_O) */
  | { readonly kind: 'O' }
  /** METH_NOARGS */
  | { readonly kind: 'noargs' }
  /** METH_FASTCALL with _PyArg_CheckPositional(name, nargs, min, max) */
  | { readonly kind: 'positional'; readonly min: number; readonly max: number }
  /** METH_VARARGS with PyArg_ParseTuple(args, "O|OO:name") */
  | { readonly kind: 'tuple'; readonly min: number; readonly max: number }
  /** a slot wrapper (`'abc'.__len__`): typeobject.c check_num_args */
  | { readonly kind: 'wrapper'; readonly count: number }
  /** Argument Clinic with keywords (_PyArg_UnpackKeywords): parameter names, how many required */
  | { readonly kind: 'keywords'; readonly params: readonly string[]; readonly required: number; readonly posonly?: number };

const plural = (n: number, word = 'argument') => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Checks a call against its convention with CPython's messages; for 'keywords' returns the
 * arguments by parameter position (undefined where not given), else the positional ones.
 */
export function checkCall(rt: Runtime, qualname: string, conv: Convention, args: readonly PyObj[], kwargs: KwArgs | null): (PyObj | undefined)[] {
  const name = qualname.slice(qualname.lastIndexOf('.') + 1);
  const n = args.length;
  if (conv.kind === 'keywords') return unpackKeywords(rt, name, conv, args, kwargs);
  if (kwargs && kwargs.size > 0) throw rt.typeError(`${conv.kind === 'wrapper' ? `wrapper ${name}` : qualname}() takes no keyword arguments`);
  switch (conv.kind) {
    case 'wrapper':
      if (n !== conv.count) throw rt.typeError(`expected ${plural(conv.count)}, got ${n}`);
      break;
    case 'O':
      if (n !== 1) throw rt.typeError(`${qualname}() takes exactly one argument (${n} given)`);
      break;
    case 'noargs':
      if (n !== 0) throw rt.typeError(`${qualname}() takes no arguments (${n} given)`);
      break;
    case 'positional':
      if (n < conv.min) throw rt.typeError(`${name} expected ${conv.min === conv.max ? '' : 'at least '}${plural(conv.min)}, got ${n}`);
      if (n > conv.max) throw rt.typeError(`${name} expected ${conv.min === conv.max ? '' : 'at most '}${plural(conv.max)}, got ${n}`);
      break;
    case 'tuple':
      if (n < conv.min || n > conv.max) {
        const bound = n < conv.min ? conv.min : conv.max;
        const how = conv.min === conv.max ? 'exactly' : n < conv.min ? 'at least' : 'at most';
        throw rt.typeError(`${name}() takes ${how} ${plural(bound)} (${n} given)`);
      }
      break;
  }
  return [...args];
}

/** Python/getargs.c _PyArg_UnpackKeywords (positional-or-keyword parameters only) */
function unpackKeywords(rt: Runtime, name: string, conv: Convention & { kind: 'keywords' }, args: readonly PyObj[], kwargs: KwArgs | null): (PyObj | undefined)[] {
  const { params, required } = conv;
  const posonly = conv.posonly ?? 0;
  const given = args.length + (kwargs?.size ?? 0);
  if (given > params.length) {
    throw rt.typeError(`${name}() takes at most ${params.length} ${args.length === 0 ? 'keyword ' : ''}argument${params.length === 1 ? '' : 's'} (${given} given)`);
  }
  const requiredPosonly = Math.min(posonly, required);
  if (args.length < requiredPosonly) {
    const how = requiredPosonly < params.length ? 'at least' : 'exactly';
    throw rt.typeError(`${name}() takes ${how} ${plural(requiredPosonly, 'positional argument')} (${args.length} given)`);
  }
  // the parameters past the positional arguments come from keywords; a required one missing
  // is reported before any keyword left over (error_unexpected_keyword_arg)
  const byName = (p: string, i: number) => (i >= args.length && i >= posonly ? kwargs?.get(p) : undefined);
  const out: (PyObj | undefined)[] = params.map((p, i) => args[i] ?? byName(p, i));
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw rt.typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  for (const k of kwargs?.keys() ?? []) {
    const i = params.indexOf(k);
    if (i < posonly) throw rt.typeError(`'${k}' is an invalid keyword argument for ${name}()`);
    if (i < args.length) throw rt.typeError(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
  }
  return out;
}
