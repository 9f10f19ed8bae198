// The methods of tuple objects: index and count.
import { eq } from '../runtime/compare';
import type { PyObj, PyTuple } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';
import { defineMethods } from '../runtime/types';
import { arity, noKwargs } from './args';
import { searchBound } from './list-methods';

export function installTupleMethods(rt: Runtime): void {
  const self = (o: PyObj | null): PyTuple => o as PyTuple;
  defineMethods(rt, rt.types.tuple, {
    index(args, kwargs, s) {
      noKwargs(rt, 'tuple.index', kwargs);
      arity(rt, 'index', args, 1, 3);
      const items = self(s).items;
      const start = args[1] ? searchBound(rt, args[1], items.length) : 0;
      const stop = args[2] ? searchBound(rt, args[2], items.length) : Number.MAX_SAFE_INTEGER;
      for (let i = start; i < stop && i < items.length; i++) {
        if (items[i] === args[0] || eq(rt, items[i]!, args[0]!)) return rt.int(BigInt(i));
      }
      throw rt.valueError('tuple.index(x): x not in tuple');
    },
    count(args, kwargs, s) {
      noKwargs(rt, 'tuple.count', kwargs);
      arity(rt, 'tuple.count', args, 1, 1);
      let n = 0;
      for (const x of self(s).items) if (x === args[0] || eq(rt, x, args[0]!)) n++;
      return rt.int(BigInt(n));
    },
  });
}
