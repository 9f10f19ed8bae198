// How each CPython builtin function and type takes its arguments (Python/bltinmodule.c and the
// types' tp_new/clinic code): checked before the engine's implementation runs, so wrong-arity
// and keyword errors carry CPython's exact words. The sweep that compares them with python3
// lives in tests/programs/messages/.
import type { KwArgs, PyObj } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { checkCall, type Convention } from './args';

type Call = (args: readonly PyObj[], kwargs: KwArgs | null) => PyObj;

const O: Convention = { kind: 'O' };
const positional = (min: number, max: number): Convention => ({ kind: 'positional', min, max });

/** builtins whose arity is checked here; the rest check their own (sorted's key=, print's sep=, ...) */
export const BUILTIN_CONVENTIONS: Readonly<Record<string, Convention>> = {
  abs: O, all: O, any: O, ascii: O, bin: O, callable: O, chr: O, hex: O, id: O, len: O, oct: O, ord: O, repr: O, hash: O,
  isinstance: positional(2, 2), issubclass: positional(2, 2), hasattr: positional(2, 2), getattr: positional(2, 3),
  setattr: positional(3, 3), delattr: positional(2, 2), divmod: positional(2, 2), next: positional(1, 2),
  iter: positional(1, 2), format: positional(1, 2),
  pow: { kind: 'keywords', params: ['base', 'exp', 'mod'], required: 2 },
  round: { kind: 'keywords', params: ['number', 'ndigits'], required: 1 },
  sum: { kind: 'keywords', params: ['iterable', 'start'], required: 1, posonly: 1 },
};

/** builtin types called with the wrong arguments (their tp_new / tp_init checks) */
export const TYPE_CONVENTIONS: Readonly<Record<string, Convention>> = {
  int: { kind: 'keywords', params: ['x', 'base'], required: 0, posonly: 1 },
  bool: positional(0, 1), slice: positional(1, 3), reversed: positional(1, 1),
  staticmethod: positional(1, 1), classmethod: positional(1, 1), filter: positional(2, 2),
  float: positional(0, 1), list: positional(0, 1), tuple: positional(0, 1), set: positional(0, 1), frozenset: positional(0, 1),
};

/** `call`, first checking its arguments as the CPython callable `name` would */
export function withConvention(rt: Runtime, name: string, conv: Convention | undefined, call: Call): Call {
  if (!conv) return call;
  return (args, kwargs) => {
    checkCall(rt, name, conv, args, kwargs);
    return call(args, kwargs);
  };
}
