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
  // PyObject_Format: an exact str with an empty spec is returned as is; other objects go
  // through PyObject_Str (an int's digits are always a new string)
  if (spec === '') return objectStr(rt, v);
  switch (v.kind) {
    case 'int':
      return rt.str(numeric(rt, () => formatInt(v.value, spec, v.cls.name)));
    case 'float':
      return rt.str(numeric(rt, () => formatFloat(v.value, spec)));
    case 'str': {
      // format_string_internal writes a str that needs no padding or cut whole into the empty
      // writer, which then returns it (_PyUnicodeWriter_WriteStr's readonly buffer)
      const out = numeric(rt, () => formatStr(v.value, spec));
      return out === v.value && v.cls === rt.types.str ? rt.incref(v) : rt.str(out);
    }
    default:
      throw rt.typeError(`unsupported format string passed to ${v.cls.name}.__format__`);
  }
}

/**
 * PyObject_Str: an exact str is its own str; an int's decimal digits are a new string even when
 * they are one character (long_to_decimal_string does not use the latin-1 singletons).
 */
export function objectStr(rt: Runtime, v: PyObj): PyObj {
  if (v.kind === 'str' && v.cls === rt.types.str) return rt.incref(v);
  const text = str(rt, v);
  if (v.kind === 'int' && v.cls === rt.types.int) return rt.freshStr(text);
  // bool_repr returns the interned 'True' / 'False'
  if (v.kind === 'int') return rt.intern(text);
  return rt.str(text);
}

/** PyObject_Repr: an int's repr is a new string, like its str. */
export function objectRepr(rt: Runtime, v: PyObj): PyObj {
  const text = repr(rt, v);
  if (v.kind === 'int' && v.cls === rt.types.int) return rt.freshStr(text);
  if (v.kind === 'int') return rt.intern(text);
  return rt.str(text);
}

/** A template that is one `%s` field and nothing else (an optional mapping key, `-`, width, precision). */
const SINGLE_STR_FIELD = /^%(?:\(([^)]*)\))?-?\d*(?:\.\d+)?s$/;

/**
 * `format % args` as an object. PyUnicode_Format turns off over-allocation for its last field,
 * so a template that is a lone `%s` whose exact str argument needs no padding or cut writes that
 * str into the empty writer as is, and the result is the argument itself.
 */
export function percentFormatObject(rt: Runtime, format: string, args: PyObj): PyObj {
  const out = percentFormat(rt, format, args);
  const m = SINGLE_STR_FIELD.exec(format);
  if (m) {
    let value: PyObj | null = null;
    if (m[1] !== undefined) {
      if (args.kind === 'dict') {
        const k = rt.str(m[1]);
        try {
          value = getItem(rt, args, k);
          rt.decref(value);
        } finally {
          rt.decref(k);
        }
      }
    } else value = args.kind === 'tuple' ? (args.items.length === 1 ? args.items[0]! : null) : args;
    if (value && value.kind === 'str' && value.cls === rt.types.str && value.value === out) return rt.incref(value);
  }
  return rt.str(out);
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
/**
 * str.format as an object. The formatter turns off over-allocation for its last field, so when
 * nothing but that field (after fields that wrote nothing) reaches the writer and the field is
 * an exact str written whole, the writer's readonly buffer is the result: the str itself.
 */
export function formatMethodObject(rt: Runtime, template: string, args: readonly PyObj[], kwargs: KwArgs | null): PyObj {
  const lone: { whole: PyObj | null } = { whole: null };
  let out: string;
  try {
    out = formatMethod(rt, template, args, kwargs, lone);
  } catch (e) {
    if (lone.whole) rt.decref(lone.whole);
    throw e;
  }
  const whole = lone.whole as PyObj | null;
  if (whole && (whole as PyObj & { value: string }).value === out) return whole;
  if (whole) rt.decref(whole);
  return rt.str(out);
}

export function formatMethod(rt: Runtime, template: string, args: readonly PyObj[], kwargs: KwArgs | null, lone?: { whole: PyObj | null }): string {
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
      let whole: PyObj | null = null;
      const piece = formatField(rt, template.slice(i + 1, j), args, kwargs, () => auto++, lone ? (w) => { whole = w; } : undefined);
      if (lone) {
        if (lone.whole) rt.decref(lone.whole);
        lone.whole = out === '' ? whole : null;
        if (whole && out !== '') rt.decref(whole);
      }
      out += piece;
      i = j + 1;
      if (lone && i < template.length && lone.whole) {
        rt.decref(lone.whole);
        lone.whole = null;
      }
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

function formatField(rt: Runtime, field: string, args: readonly PyObj[], kwargs: KwArgs | null, nextAuto: () => number, keep?: (whole: PyObj) => void): string {
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
    const converted = conversion === 'r' || conversion === 'a' ? objectRepr(rt, value) : conversion === 's' ? objectStr(rt, value) : rt.incref(value);
    try {
      const r = formatValue(rt, converted, spec);
      const s = (r as PyObj & { value: string }).value;
      if (keep && r.kind === 'str' && r.cls === rt.types.str && (r === value || r === converted)) keep(rt.incref(r));
      rt.decref(r);
      return s;
    } finally {
      rt.decref(converted);
    }
  } finally {
    rt.decref(value);
  }
}
