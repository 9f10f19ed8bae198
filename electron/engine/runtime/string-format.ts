// format(value, spec), f-string fields and `str % args`, wiring the pure formatting functions
// of values/format.ts to heap objects.
import { getAttr, lookupInMro } from './attributes';
import type { KwArgs, PyObj } from './objects';
import { repr, str } from './repr';
import { getItem } from './sequences';
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

/** str.format(*args, **kwargs): replacement fields `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[i]}`, `!r`/`!s`/`!a`, `:spec`. */
export function formatMethod(rt: Runtime, template: string, args: readonly PyObj[], kwargs: KwArgs | null): string {
  let out = '';
  let auto = 0;
  let i = 0;
  while (i < template.length) {
    const c = template[i]!;
    if (c === '{') {
      if (template[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      let depth = 1;
      let j = i + 1;
      while (j < template.length && depth > 0) {
        if (template[j] === '{') depth++;
        else if (template[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (j >= template.length) throw rt.valueError("expected '}' before end of string");
      out += formatField(rt, template.slice(i + 1, j), args, kwargs, () => auto++);
      i = j + 1;
      continue;
    }
    if (c === '}') {
      if (template[i + 1] !== '}') throw rt.valueError("Single '}' encountered in format string");
      out += '}';
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function formatField(rt: Runtime, field: string, args: readonly PyObj[], kwargs: KwArgs | null, nextAuto: () => number): string {
  const colon = field.search(/[:]/);
  const bang = field.search(/!/);
  const nameEnd = Math.min(...[colon, bang, field.length].filter((x) => x >= 0));
  const name = field.slice(0, nameEnd);
  const conversion = bang >= 0 && (colon < 0 || bang < colon) ? field[bang + 1] : null;
  let spec = colon >= 0 ? field.slice(colon + 1) : '';
  if (spec.includes('{')) spec = formatMethod(rt, spec, args, kwargs);
  const [head, ...path] = name.split(/(?=[.[])/);
  let value: PyObj;
  if (head === '' || head === undefined) {
    const k = nextAuto();
    if (k >= args.length) throw rt.error(rt.types.IndexError, `Replacement index ${k} out of range for positional args tuple`);
    value = rt.incref(args[k]!);
  } else if (/^\d+$/.test(head)) {
    const k = Number(head);
    if (k >= args.length) throw rt.error(rt.types.IndexError, `Replacement index ${k} out of range for positional args tuple`);
    value = rt.incref(args[k]!);
  } else {
    const v = kwargs?.get(head);
    if (!v) throw rt.keyError(rt.str(head));
    value = rt.incref(v);
  }
  try {
    for (const part of path) {
      let next: PyObj;
      if (part.startsWith('.')) next = getAttr(rt, value, part.slice(1));
      else {
        const key = part.slice(1, -1);
        const k = /^\d+$/.test(key) ? rt.int(BigInt(key)) : rt.str(key);
        try {
          next = getItem(rt, value, k);
        } finally {
          rt.decref(k);
        }
      }
      rt.decref(value);
      value = next;
    }
    const converted = conversion === 'r' || conversion === 'a' ? rt.str(repr(rt, value)) : conversion === 's' ? rt.str(str(rt, value)) : rt.incref(value);
    try {
      const r = formatValue(rt, converted, spec);
      const s = (r as PyObj & { value: string }).value;
      rt.decref(r);
      return s;
    } finally {
      rt.decref(converted);
    }
  } finally {
    rt.decref(value);
  }
}
