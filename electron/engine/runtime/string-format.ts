// format(value, spec), f-string fields and `str % args`, wiring the pure formatting functions
// of values/format.ts to heap objects.
import { lookupInMro } from './attributes';
import type { PyObj } from './objects';
import { str } from './repr';
import type { Runtime } from './runtime';

export function formatValue(rt: Runtime, v: PyObj, spec: string): PyObj {
  const custom = lookupInMro(v.cls, '__format__');
  if (custom && custom.kind === 'function') {
    const s = rt.str(spec);
    try {
      return rt.call(custom, [v, s], null);
    } finally {
      rt.decref(s);
    }
  }
  if (spec === '') return rt.str(str(rt, v));
  throw rt.valueError(`format spec '${spec}' is not supported yet`);
}

export function percentFormat(rt: Runtime, format: string, args: PyObj): string {
  void args;
  throw rt.typeError(`'%' formatting of '${format}' is not supported yet`);
}
