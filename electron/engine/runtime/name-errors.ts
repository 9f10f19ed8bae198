// NameError and AttributeError carry what was looked up (NameError.name; AttributeError.name
// and .obj): C members of the exception that hold references, and that the traceback printer
// reads to offer "Did you mean" suggestions (suggestions.ts).
import { refuseMissingBuiltin } from './cpython-gaps';
import { PyException } from './errors';
import type { PyInstance, PyObj } from './objects';
import type { Runtime } from './runtime';

/**
 * `name 'x' is not defined`, as ceval.c format_exc_check_arg raises it: the NameError gets
 * its `name`. A builtin CPython has and the engine lacks is refused instead.
 */
export function nameError(rt: Runtime, name: string): PyException {
  refuseMissingBuiltin(name);
  const e = rt.error(rt.types.NameError, `name '${name}' is not defined`);
  e.exc.exc!.name = rt.str(name);
  return e;
}

/**
 * Objects/object.c set_attribute_error_context: an AttributeError leaving an attribute lookup
 * (from the engine or from a user's __getattr__ or property) learns the name and the object,
 * unless it already knows one of them.
 */
export function addAttributeErrorContext(rt: Runtime, e: unknown, obj: PyObj, name: string): void {
  if (!(e instanceof PyException)) return;
  const state = e.exc.exc;
  if (!state || !e.exc.cls.mro.includes(rt.types.AttributeError)) return;
  if (state.name || state.obj) return;
  state.name = rt.str(name);
  state.obj = rt.incref(obj);
}

/** `e.name` / `e.obj` of a NameError or AttributeError; undefined for other exceptions */
export function exceptionMember(rt: Runtime, e: PyInstance, member: string): PyObj | undefined {
  const mro = e.cls.mro;
  const attributeError = mro.includes(rt.types.AttributeError);
  if (member === 'name' && (attributeError || mro.includes(rt.types.NameError))) return rt.incref(e.exc!.name ?? rt.None);
  if (member === 'obj' && attributeError) return rt.incref(e.exc!.obj ?? rt.None);
  return undefined;
}

/**
 * NameError_init / AttributeError_init (Objects/exceptions.c): the keyword-only members
 * (`name`, and `obj` for AttributeError), then BaseException_init's args.
 */
export function initWithMembers(rt: Runtime, e: PyInstance, args: readonly PyObj[], kwargs: ReadonlyMap<string, PyObj> | null, members: readonly ('name' | 'obj')[], typeName: string): void {
  const given: Partial<Record<'name' | 'obj', PyObj>> = {};
  for (const [k, v] of kwargs ?? []) {
    if (!(members as readonly string[]).includes(k)) throw rt.typeError(`'${k}' is an invalid keyword argument for ${typeName}()`);
    given[k as 'name' | 'obj'] = v;
  }
  const state = e.exc!;
  for (const m of members) {
    const v = given[m];
    if (!v) continue;
    const old = state[m];
    state[m] = rt.incref(v);
    if (old) rt.decref(old);
  }
  const old = state.args;
  state.args = rt.tuple(args.map((a) => rt.incref(a)));
  rt.decref(old);
}

/** `e.name = v` / `e.obj = v` on a NameError or AttributeError: true when it was a member. */
export function setExceptionMember(rt: Runtime, e: PyInstance, member: string, value: PyObj): boolean {
  const mro = e.cls.mro;
  const attributeError = mro.includes(rt.types.AttributeError);
  const isMember = (member === 'name' && (attributeError || mro.includes(rt.types.NameError))) || (member === 'obj' && attributeError);
  if (!isMember) return false;
  const state = e.exc!;
  const old = state[member as 'name' | 'obj'];
  state[member as 'name' | 'obj'] = rt.incref(value);
  if (old) rt.decref(old);
  return true;
}
