// format(value, spec), f-string fields and `str % args`, wiring the pure formatting functions
// of values/format.ts to heap objects.
import { getAttr, lookupInMro } from './attributes';
import type { KwArgs, PyObj } from './objects';
import { repr, str } from './repr';
import { getItem } from './sequences';
import { numeric } from './arith';
import { formatFloat, formatInt, formatStr } from '../values/format';
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
  switch (v.kind) {
    case 'int':
      return rt.str(numeric(rt, () => formatInt(v.value, spec, v.cls.name)));
    case 'float':
      return rt.str(numeric(rt, () => formatFloat(v.value, spec)));
    case 'str':
      return rt.str(numeric(rt, () => formatStr(v.value, spec)));
    default:
      throw rt.typeError(`unsupported format string passed to ${v.cls.name}.__format__`);
  }
}

const PERCENT = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;

/** `format % args` (printf-style), building each field through the format-spec functions. */
export function percentFormat(rt: Runtime, format: string, args: PyObj): string {
  const isMapping = args.kind === 'dict';
  const items = args.kind === 'tuple' ? args.items : [args];
  let next = 0;
  const take = (): PyObj => {
    if (isMapping) throw rt.typeError('format requires a mapping');
    const v = items[next++];
    if (!v) throw rt.typeError('not enough arguments for format string');
    return v;
  };
  let used = false;
  const out = format.replace(PERCENT, (_m, key: string | undefined, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    used = true;
    let w = width === '*' ? Number((take() as PyObj & { value: bigint }).value) : width ? Number(width) : null;
    const p = precision === '*' ? Number((take() as PyObj & { value: bigint }).value) : precision !== undefined ? Number(precision) : null;
    let value: PyObj;
    if (key !== undefined) {
      if (!isMapping) throw rt.typeError('format requires a mapping');
      const k = rt.str(key);
      try {
        value = getItem(rt, args, k);
      } finally {
        rt.decref(k);
      }
      rt.decref(value);
    } else value = take();
    let left = flags.includes('-');
    if (w !== null && w < 0) {
      left = true;
      w = -w;
    }
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const zero = flags.includes('0') && !left;
    const alt = flags.includes('#') ? '#' : '';
    const align = left ? '<' : zero ? '=' : '>';
    const widthText = w !== null ? String(w) : '';
    const text = (s: string) => formatStr(s, `${align === '=' ? '>' : align}${widthText}${p !== null ? '.' + p : ''}`);
    switch (conv) {
      case 's': return text(str(rt, value));
      case 'r': case 'a': return text(repr(rt, value));
      case 'c': {
        const ch = value.kind === 'int' ? String.fromCodePoint(Number(value.value)) : value.kind === 'str' ? value.value : null;
        if (ch === null) throw rt.typeError('%c requires int or char');
        return formatStr(ch, `${left ? '<' : '>'}${widthText}`);
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        let n: bigint;
        if (value.kind === 'int') n = value.value;
        else if (value.kind === 'float' && (conv === 'd' || conv === 'i' || conv === 'u')) n = BigInt(Math.trunc(value.value));
        else throw rt.typeError(`%${conv} format: ${conv === 'x' || conv === 'X' || conv === 'o' ? 'an integer' : 'a real number'} is required, not ${value.cls.name}`);
        const type = conv === 'i' || conv === 'u' ? 'd' : conv;
        const digits = p !== null ? formatInt(n < 0n ? -n : n, `0${p}${type}`) : null;
        if (digits !== null) return formatStr((n < 0n ? '-' : sign) + digits, `${left ? '<' : '>'}${widthText}`);
        return numeric(rt, () => formatInt(n, `${zero ? '0' : ''}${align}${sign}${alt}${widthText}${type}`));
      }
      default: {
        const x = value.kind === 'float' ? value.value : value.kind === 'int' ? Number(value.value) : null;
        if (x === null) throw rt.typeError(`must be real number, not ${value.cls.name}`);
        return numeric(rt, () => formatFloat(x, `${align}${sign}${alt}${zero ? '0' : ''}${widthText}.${p ?? 6}${conv}`));
      }
    }
  });
  if (!isMapping && next < items.length && (used || args.kind === 'tuple')) {
    throw rt.typeError('not all arguments converted during string formatting');
  }
  return out;
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
